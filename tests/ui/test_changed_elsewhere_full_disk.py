# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The file changed elsewhere and the disk full: the colleague's version cannot be kept, so the
Save stops, and says what would help (free some space, or Save As somewhere else: another name
on the same full disk fails too) and that a recovery copy is kept, as every failed Save does."""

from __future__ import annotations

import errno
import os

from PySide6.QtWidgets import QMessageBox
from test_changed_elsewhere import OURS, Boxes, _add, _cards, _ctrl_s, _synced_in, boxes, spring  # noqa
from window_fixtures import make_window, recovery_folder  # noqa: F401

SB = QMessageBox.StandardButton


def test_a_full_disk_says_free_some_space_not_another_name(make_window, boxes, spring,
                                                           monkeypatch):
    window = make_window()
    window.files.open_path(spring, confirmed=True)
    _add(window, "Jane's card")
    _synced_in(spring, OURS, "B's card")
    real_replace = os.replace

    def full(src, dst):  # no room beside the file for the colleague's version
        if "changed elsewhere" in os.fspath(dst):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_replace(src, dst)
    monkeypatch.setattr(os, "replace", full)
    boxes.answers = [SB.Save]
    _ctrl_s(window)
    title, said = boxes.said[-1]
    assert title == "The workshop was not saved"
    assert said.startswith("wtfc could not keep the other version of 'spring.wtfc' first, so "
                           "it did not save over it. The disk is full")
    assert "free some space or use Save As to save it somewhere else" in said
    assert "under another name" not in said
    assert "Your workshop is safe in wtfc" in said and "A recovery copy of your work" in said
    assert _cards(spring) == [OURS, "B's card"] and not window.undo.stack.isClean()
