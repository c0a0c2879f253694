# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
""""Open anyway (that copy is closed)" while that copy is in fact still running opens the
workshop read-only and says so, and a Save refused by another copy's lock says only that,
never "changed elsewhere" first (two boxes that contradicted each other)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox
from test_file_lock import _click_when_shown
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model.operations.details import edit_details
from wtfc.ui import changed_elsewhere
from wtfc.ui.file_lock import FileLock, Holder

LAPTOP_A = Holder("LAPTOP-A", 4242, dt.datetime.now())


def test_taking_over_a_copy_still_running_opens_read_only_and_says_why(
        make_window, workshop_file, monkeypatch):
    workshop_file.with_name(workshop_file.name + ".lock").write_text("4242\nwtfc\nLAPTOP-A\n")
    monkeypatch.setattr(FileLock, "take_over", lambda self, path: LAPTOP_A)
    said: list[str] = []
    monkeypatch.setattr("wtfc.ui.open_checks.said_on_opening",
                        lambda window, loaded, reason, read_only: said.append(reason))
    window = make_window(autosave=False)
    seen: list[str] = []
    _click_when_shown("take_over", seen)
    assert window.files.open_path(workshop_file)
    assert seen and "LAPTOP-A" in seen[0]
    assert window.undo.read_only
    assert said[0].startswith("LAPTOP-A still has 'spring.wtfc' open, so wtfc could not take "
                              "it over. It is open read-only here: use Save As")


def test_a_save_refused_by_another_copy_never_asks_about_changes_first(
        make_window, workshop_file, monkeypatch):
    window = make_window(autosave=False)
    assert window.files.open_path(workshop_file)
    window.undo.push(edit_details(window.doc, title="Ours"))  # unsaved: Save has work to do
    before = workshop_file.read_bytes()
    asked: list[str] = []
    monkeypatch.setattr(changed_elsewhere, "fine_to_write_over",
                        lambda *a: asked.append("changed elsewhere") or True)
    monkeypatch.setattr(FileLock, "acquire", lambda self, path: LAPTOP_A)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not window.files.save_to(workshop_file)
    assert asked == []
    assert len(shown) == 1 and "LAPTOP-A" in shown[0] and "Save As" in shown[0]
    assert workshop_file.read_bytes() == before
