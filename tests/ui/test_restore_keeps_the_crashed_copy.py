# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Restore after a crash lets the crashed copy go only once this session's own copy is on disk
(or the work is saved): with the recovery folder refusing new copies (a full disk, a
locked-down profile) the restored work would otherwise be in memory alone."""

from __future__ import annotations

import errno

from test_recovery_dialog import _crashed_copy
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model import recovery
from wtfc.model.storage import save_workshop
from wtfc.ui import autosave
from wtfc.ui.autosave import crashed_sessions
from wtfc.ui.recovery_dialog import Choice, offer_recovery


def _refusing(monkeypatch):
    """The recovery folder takes no new session until ``room[0]`` is set."""
    room = [False]
    make = recovery.make_session_folder

    def full(session):
        if not room[0]:
            raise OSError(errno.ENOSPC, "No space left on device")
        make(session)
    monkeypatch.setattr(autosave.recovery, "make_session_folder", full)
    return room


def _restore(window):
    """Restore the one copy offered; the crashed session it came from."""
    offered = []

    def ask(dialog):
        offered.append(dialog.crashed)
        return Choice.RESTORE
    assert offer_recovery(window, ask=ask)
    return offered[0]


def test_a_restore_whose_new_copy_fails_keeps_the_crashed_copy_for_the_next_start(
        make_window, recovery_folder, workshop_file, monkeypatch):
    session, newer = _crashed_copy(recovery_folder, workshop_file, stale_lock=True)
    _refusing(monkeypatch)
    window = make_window()
    crashed = _restore(window)
    assert window.doc.workshop == newer
    assert window.statusBar().currentMessage().startswith(autosave.FAILED)
    assert (session / recovery.SNAPSHOT_NAME).exists()  # still safe on disk
    assert crashed_sessions(recovery_folder) == []  # not offered while this window has it
    crashed.lock.unlock()  # this window is killed: its locks are left to go stale
    [again] = crashed_sessions(recovery_folder)
    assert again.folder == session and again.snapshot.workshop == newer
    again.keep()


def test_the_crashed_copy_goes_once_a_copy_of_this_session_is_written(
        make_window, recovery_folder, workshop_file, monkeypatch, qtbot):
    session, newer = _crashed_copy(recovery_folder, workshop_file, stale_lock=True)
    room = _refusing(monkeypatch)
    window = make_window()
    _restore(window)
    room[0] = True
    window.files.autosaver.snapshot_now()
    window.files.autosaver.wait()
    assert not session.exists()
    [own] = recovery.session_folders(recovery_folder)
    assert recovery.read_snapshot(own).workshop == newer
    assert not window.statusBar().currentMessage().startswith(autosave.FAILED)


def test_the_crashed_copy_goes_once_a_save_gets_through(
        make_window, recovery_folder, workshop_file, monkeypatch):
    session, newer = _crashed_copy(recovery_folder, workshop_file, stale_lock=True)
    _refusing(monkeypatch)
    window = make_window()
    _restore(window)
    assert window.files.save()
    window.files.autosaver.wait()
    assert not session.exists()
    assert window.doc.workshop == newer


def test_a_restore_with_room_removes_the_crashed_copy_at_once(
        make_window, recovery_folder, workshop_file):
    session, newer = _crashed_copy(recovery_folder, workshop_file, stale_lock=True)
    window = make_window()
    _restore(window)
    assert not session.exists()
    [own] = recovery.session_folders(recovery_folder)
    assert recovery.read_snapshot(own).workshop == newer


def test_a_kept_copy_the_file_holds_by_the_next_start_goes_unasked(
        make_window, recovery_folder, workshop_file, monkeypatch):
    """Killed after a Save got through but before the copy was let go: nothing is offered."""
    session, _ = _crashed_copy(recovery_folder, workshop_file, stale_lock=True)
    room = _refusing(monkeypatch)
    window = make_window()
    crashed = _restore(window)
    save_workshop(window.doc.workshop, workshop_file)  # the Save, without the let-go after it
    crashed.lock.unlock()  # killed
    room[0] = True
    later = make_window()
    asked = []
    assert not offer_recovery(later, ask=lambda dialog: asked.append(dialog) or Choice.LATER)
    assert asked == [] and not session.exists()
