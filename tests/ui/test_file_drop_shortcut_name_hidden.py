# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A shortcut (.lnk) that wtfc cannot follow, named after a watched person, says its name at
the window's foot with the name hidden, as any other dropped file's name is (ca15d863): the
foot may be on the projector. Guards file_drop.dropped_action's
``shortcut_words(shown_dropped(...))``, which no test fails without (review 33 R1a S2).
Put in tests/ui/."""

from __future__ import annotations

from settled import settle
from test_file_drop import drag_onto, files_of, foot, local
from test_file_drop_guards import names_box_open
from window_fixtures import isolated_settings, shown_window, workshop_file  # noqa: F401

from wtfc.ui.file_drop import shortcut_words


def test_a_shortcut_named_after_a_watched_person_is_said_with_the_name_hidden(shown_window,
                                                                               tmp_path):
    window = shown_window
    page = names_box_open(window)
    page.names_box.setPlainText("Zebulon Quarrie\nHope Green")
    settle()
    shortcut = tmp_path / "Zebulon Quarrie case notes.docx.lnk"
    shortcut.write_bytes(b"L\0\0\0")  # not followed off Windows
    assert drag_onto(window.navigator, files_of(local(shortcut)))
    settle()
    assert foot(window) == shortcut_words("[name] case notes.docx")
    assert "Zebulon" not in foot(window) and "Quarrie" not in foot(window)
