# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The window's title shows a file's name without what would turn or split it: a U+202E in
"Spring[U+202E]gpj.wtfc" turned the rest of the title around, the workshop's title too; a line break
split it. A right-to-left name is set apart, so the title's own words after it keep their
order."""

from __future__ import annotations

import shutil
import sys

import pytest
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.demo import demo_path

DEMO_TITLE = " — Older people's services"


@pytest.mark.parametrize(("name", "shown"), [
    ("Spring\u202egpj.wtfc", "Spring\\u202egpj.wtfc"),
    ("two\nlines.wtfc", "two lines.wtfc"),
    ("\u05d0\u05d1\u05d9\u05d1.wtfc", "\u2068\u05d0\u05d1\u05d9\u05d1.wtfc\u2069"),  # Hebrew
])
def test_the_title_shows_the_name_and_then_its_own_words_in_order(make_window, tmp_path,
                                                                   name, shown):
    if "\n" in name and sys.platform == "win32":
        pytest.skip("Windows names hold no line break")
    path = tmp_path / name
    shutil.copyfile(demo_path(), path)
    window = make_window(autosave=False)
    assert window.files.open_path(path)
    title = window.windowTitle()
    assert "\u202e" not in title and "\n" not in title
    assert title.startswith(f"{shown}[*]{DEMO_TITLE}")  # Qt shows "[*]" as "*" when changed
    assert title.endswith(" — wtfc")


def test_a_bidi_control_in_the_workshop_title_stays_inside_it(make_window):
    window = make_window(autosave=False)
    window.doc.workshop.title = "Spring \u202eevents"  # as a hand-edited file may hold
    window._update_title()
    assert window.windowTitle() == "Untitled[*] — \u2068Spring \u202eevents\u2069 — wtfc"


def test_the_boxes_about_a_file_open_elsewhere_name_it_as_the_title_does(make_window, tmp_path,
                                                                         monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from wtfc.ui import file_controller

    path = tmp_path / "Spring\u202egpj.wtfc"
    shutil.copyfile(demo_path(), path)
    first, second = make_window(autosave=False), make_window(autosave=False)
    assert first.files.open_path(path)
    asked: list[str] = []
    monkeypatch.setattr(file_controller, "ask_about_locked_file",
                        lambda _window, holder, name: asked.append(holder.describe(name)) or "")
    assert not second.files.open_path(path)  # Cancel
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    assert not second.files.save_to(path)  # a Save As onto it
    assert len(asked) == len(said) == 1
    for words in asked + said:
        assert words.startswith("'Spring\\u202egpj.wtfc' is already open in another wtfc window")
