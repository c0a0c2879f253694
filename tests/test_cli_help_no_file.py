"""`wtfc` with no FILE opens a new, empty workshop, and --help says so (review 36 R4-2): it said
"open the app on FILE (or a copy of the demo)", which reads as "no FILE: the demo"."""

from __future__ import annotations

import pytest

from wtfc.app import main


def test_help_says_no_file_opens_a_new_workshop_not_the_demo(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "with no FILE, on a new, empty workshop" in out
    assert "(or a copy of the demo)" not in out
    assert "'demo' or --demo for a copy of the demo" in out


def test_no_file_opens_a_new_empty_workshop_on_prepare(qtbot):
    """What the help now says, as a desktop shortcut with nothing after it starts the app."""
    from wtfc.ui.application import open_window

    window = open_window()
    qtbot.addWidget(window)
    assert window.doc.workshop.cards == []
    assert window.doc.workshop.stage == "prepare"
    assert "Untitled workshop" in window.windowTitle()
