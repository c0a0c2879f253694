# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A shared council PC, two people signed in, one workshop folder: when the other person has
the workshop open, their window listens for them only (``window_call.call_name``), so "Show
that window" could never work and the box then blamed that window for being busy. The box now
says another person has it open, and offers only Open read-only and Cancel (review R5-R2a of
session 31). The machine under test runs as one user: the lock file's owner is made another
by faking this process's user id."""

from __future__ import annotations

import errno
import os
import sys

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from PySide6.QtWidgets import QMessageBox, QPushButton
from test_show_that_window import _answer
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX owners")

ANOTHER = 4242  # not the owner of the lock file the first window makes


def _held_by_another_user(make_window, workshop_file, monkeypatch, *, their_process: bool):
    first = make_window(autosave=False)
    assert first.files.open_path(workshop_file)
    monkeypatch.setattr(os, "getuid", lambda: ANOTHER)  # this copy is someone else's now
    real_kill = os.kill

    def kill(pid: int, signal: int) -> None:  # asks whether it may signal the holder
        if signal == 0 and their_process:
            raise PermissionError(errno.EPERM, "Operation not permitted")
        real_kill(pid, signal)

    monkeypatch.setattr(os, "kill", kill)
    return first


def test_another_persons_window_is_named_and_not_offered_to_show(make_window, workshop_file,
                                                                monkeypatch):
    first = _held_by_another_user(make_window, workshop_file, monkeypatch, their_process=True)
    second = make_window(autosave=False)
    seen: list[QMessageBox] = []
    _answer("open_read_only", seen=seen)
    assert second.files.open_path(workshop_file)
    [box] = seen
    assert "another person signed in on this computer" in box.text()
    assert "another wtfc window" not in box.text()
    assert box.findChild(QPushButton, "show_window") is None
    assert box.findChild(QPushButton, "take_over") is None  # their copy is running: Qt knows
    assert box.defaultButton().objectName() == "open_read_only"
    assert second.undo.read_only and first.files.lock.guarding


def test_a_share_showing_every_file_as_one_owners_still_offers_show(make_window, workshop_file,
                                                                   monkeypatch):
    """The lock file says another owner, but the holder's process is this user's own (a share
    mounted for one user id shows every file as theirs): that window can still be asked."""
    _held_by_another_user(make_window, workshop_file, monkeypatch, their_process=False)
    second = make_window(autosave=False)
    seen: list[QMessageBox] = []
    _answer("open_read_only", seen=seen)
    assert second.files.open_path(workshop_file)
    assert seen[0].findChild(QPushButton, "show_window") is not None
    assert "another wtfc window on this computer" in seen[0].text()
