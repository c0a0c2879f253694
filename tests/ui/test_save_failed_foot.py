# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A Save that fails soon after one that got through leaves no "Saved." at the window's foot."""

from __future__ import annotations

import errno
import os

from PySide6.QtWidgets import QMessageBox
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model.operations.details import edit_details


def test_a_failed_save_takes_the_last_saves_words_from_the_foot(make_window, workshop_file,
                                                                monkeypatch):
    window = make_window()
    assert window.files.open_path(workshop_file, confirmed=True)
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    assert window.files.save()
    assert window.statusBar().currentMessage().startswith("Saved.")
    window.undo.push(edit_details(window.doc, venue="Library"))
    real_replace = os.replace

    def full(src, dst):  # the disk filled: the workshop's file cannot be replaced
        if os.fspath(dst) == os.fspath(workshop_file):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_replace(src, dst)
    monkeypatch.setattr(os, "replace", full)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, title, text, *a: warned.append(
        (title, text, window.statusBar().currentMessage())))
    assert not window.files.save()
    [(title, text, foot_while_warned)] = warned
    assert title == "The workshop was not saved" and "The disk is full" in text
    assert "Saved" not in foot_while_warned
    assert "Saved" not in window.statusBar().currentMessage()
    assert window.isWindowModified()
