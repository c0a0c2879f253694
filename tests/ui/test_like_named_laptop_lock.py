# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A colleague's laptop made from the same image (same host name: "ubuntu") holding a workshop
on a team folder: "Workshop already open" said "already open in another wtfc window on this
computer" and offered Show that window, which no window here could answer; the read-only
window said it was saved "in the other wtfc window". The machine id Qt writes in the lock now
makes it the other computer's everywhere (F43, session 31). The lock is rewritten in place with
another machine id, as the colleague's laptop writes it."""

from __future__ import annotations

import sys

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from PySide6.QtWidgets import QMessageBox, QPushButton
from test_read_only_watch_stopped import holder  # noqa: F401
from test_show_that_window import _answer
from test_stopped_holder_like_named import OTHER_MACHINE, _lock, _rewrite
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model.recovery import SnapshotHeader
from wtfc.ui.file_lock import FileLock
from wtfc.ui.lock_machine import is_this_computer
from wtfc.ui.read_only_watch import _where_held
from wtfc.ui.recovery_siblings import held_here_since

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="offscreen activation")


def _asked(make_window, workshop_file, *, like_named: bool) -> QMessageBox:
    """The box a second window shows for a workshop the first has open."""
    first = make_window(autosave=False)
    assert first.files.open_path(workshop_file)
    if like_named:
        _rewrite(_lock(workshop_file), machine=OTHER_MACHINE)
    second = make_window(autosave=False)
    seen: list[QMessageBox] = []
    _answer("open_read_only", seen=seen)
    assert second.files.open_path(workshop_file)
    assert second.undo.read_only and first.files.lock.guarding
    [box] = seen
    return box


def test_a_like_named_laptops_lock_names_another_computer_and_offers_no_show(
        make_window, workshop_file):
    box = _asked(make_window, workshop_file, like_named=True)
    host = _lock(workshop_file).read_text().split("\n")[2]
    assert is_this_computer(host)  # the same name as this computer's
    assert f"open in wtfc on '{host}' (another computer with this computer's name)" in box.text()
    assert "this computer (" not in box.text() and "another wtfc window" not in box.text()
    assert box.findChild(QPushButton, "show_window") is None
    assert box.findChild(QPushButton, "take_over") is not None  # as any other computer's lock
    assert box.defaultButton().objectName() == "open_read_only"


def test_this_computers_own_lock_is_still_another_window_here(make_window, workshop_file):
    box = _asked(make_window, workshop_file, like_named=False)
    assert "already open in another wtfc window on this computer" in box.text()
    assert box.findChild(QPushButton, "show_window") is not None
    assert box.findChild(QPushButton, "take_over") is None


def test_the_read_only_window_and_recovery_call_it_another_computer(workshop_file, holder,
                                                                    recovery_folder):
    """The read-only notice's "saved …" words, "left here" before opening, and the recovery
    text's "taken over on this computer" all read the same lock."""
    lock, stopped = _lock(workshop_file), SnapshotHeader(str(workshop_file), "Spring", pid=1)
    assert _where_held([lock]) == "in the other wtfc window"
    assert FileLock(recovery_folder).left_here(workshop_file)
    assert held_here_since(stopped)
    _rewrite(lock, machine=OTHER_MACHINE)
    host = lock.read_text().split("\n")[2]
    assert _where_held([lock]) == f"on '{host}' (another computer with this computer's name)"
    assert not FileLock(recovery_folder).left_here(workshop_file)
    assert not held_here_since(stopped)
