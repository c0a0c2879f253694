# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Autosave: a recovery copy soon after edits stop and regularly while they go on, never over
the facilitator's file; gone after a save or a clean exit; kept when a save fails."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtWidgets import QMessageBox
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model import recovery
from wtfc.model.operations.cards import add_card
from wtfc.model.operations.details import edit_details
from wtfc.model.workshop import Kind
from wtfc.ui.autosave import crashed_sessions


def _snapshot_file(window):
    return window.files.autosaver.session / recovery.SNAPSHOT_NAME


def _snapshot(window):
    window.files.autosaver.wait()
    return recovery.read_snapshot(window.files.autosaver.session)


def test_a_recovery_copy_follows_soon_after_an_edit(make_window, workshop_file, qtbot):
    window = make_window()
    window.files.open_path(workshop_file)
    before = workshop_file.read_bytes()
    window.undo.push(add_card(window.doc, kind=Kind.FUTURE, text="A garden"))
    qtbot.waitUntil(lambda: _snapshot_file(window).exists(), timeout=2000)
    snap = _snapshot(window)
    assert "A garden" in {c.text for c in snap.workshop.cards}
    assert snap.header.original_path == str(workshop_file)
    assert snap.header.title == "Spring workshop"
    assert workshop_file.read_bytes() == before  # never over the facilitator's own file


def test_edits_that_never_pause_are_still_kept_regularly(make_window, qtbot):
    window = make_window(delay_ms=100, max_ms=150)
    autosaver = window.files.autosaver
    for n in range(12):  # an edit every 40 ms: the 100 ms pause never comes
        window.undo.push(add_card(window.doc, kind=Kind.WORKING, text=f"Card {n}"))
        qtbot.wait(40)
    assert autosaver.snapshots_written >= 2
    assert len(_snapshot(window).workshop.cards) >= 4


def test_no_copy_without_unsaved_changes_and_a_save_removes_it(make_window, workshop_file,
                                                                qtbot):
    window = make_window()
    window.files.open_path(workshop_file)
    qtbot.wait(80)
    assert not _snapshot_file(window).exists()
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    qtbot.waitUntil(lambda: _snapshot_file(window).exists(), timeout=2000)
    assert window.files.save()
    window.files.autosaver.wait()
    assert not _snapshot_file(window).exists()


def test_undoing_back_to_the_saved_state_removes_the_copy(make_window, workshop_file, qtbot):
    window = make_window()
    window.files.open_path(workshop_file)
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    qtbot.waitUntil(lambda: _snapshot_file(window).exists(), timeout=2000)
    window.undo_action.trigger()
    window.files.autosaver.wait()
    assert not _snapshot_file(window).exists()


def test_a_clean_exit_removes_the_session(make_window, recovery_folder):
    window = make_window()
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    window.files.autosaver.snapshot_now()
    session = window.files.autosaver.session
    assert session.exists()
    assert window.close()
    assert not session.exists()


def test_a_running_session_is_never_offered(make_window, recovery_folder):
    window = make_window()
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    assert window.files.autosaver.snapshot_now()
    window.files.autosaver.wait()
    assert crashed_sessions(recovery_folder) == []  # its lock is held: it is alive


def test_a_failed_save_keeps_the_work_and_says_where(make_window, workshop_file, monkeypatch):
    window = make_window()
    window.files.open_path(workshop_file)
    before = workshop_file.read_bytes()
    window.undo.push(add_card(window.doc, kind=Kind.FUTURE, text="A garden"))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))

    real_replace = os.replace

    def disk_full(src, dst):
        if str(dst) == str(workshop_file):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_replace(src, dst)  # the recovery folder is on another disk
    monkeypatch.setattr(os, "replace", disk_full)
    assert not window.files.save()
    assert "The disk is full" in shown[0] and "Save As" in shown[0]
    assert "recovery copy" in shown[0]
    assert workshop_file.read_bytes() == before
    assert window.isWindowModified()
    assert "A garden" in {c.text for c in _snapshot(window).workshop.cards}


def test_an_autosave_that_cannot_write_says_so_in_the_status_bar(make_window, monkeypatch):
    window = make_window()
    autosaver = window.files.autosaver
    _disk_full_for_recovery(monkeypatch, autosaver)
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    autosaver.snapshot_now()
    autosaver.wait()
    assert autosaver.last_error
    assert "wtfc could not keep a recovery copy of your work" in window.statusBar().currentMessage()


def test_a_recovery_folder_that_cannot_be_made_does_not_stop_wtfc(qtbot, recovery_folder,
                                                                  tmp_path):
    """Disk full or a locked-down profile: wtfc still starts, and says autosave is off."""
    from wtfc.ui.autosave import Autosaver
    from wtfc.ui.main_window import MainWindow

    blocked = tmp_path / "not-a-folder"
    blocked.write_bytes(b"")  # the recovery folder's place is taken by a file
    window = MainWindow()
    qtbot.addWidget(window)
    window.files.autosaver = autosaver = Autosaver(window, blocked / "recovery", delay_ms=10)
    window.show()
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    assert not autosaver.snapshot_now()
    assert "wtfc could not keep a recovery copy of your work" in window.statusBar().currentMessage()
    assert window.close()


def _disk_full_for_recovery(monkeypatch, autosaver):
    real_replace = os.replace
    full = [True]

    def replace(src, dst):
        if full[0] and str(dst).startswith(str(autosaver.recovery_dir)):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_replace(src, dst)
    monkeypatch.setattr(os, "replace", replace)
    return full


def test_a_failed_autosave_is_reported_at_once_and_tried_again(make_window, qtbot,
                                                               monkeypatch):
    window = make_window(delay_ms=10, max_ms=50)
    autosaver = window.files.autosaver
    full = _disk_full_for_recovery(monkeypatch, autosaver)
    window.undo.push(edit_details(window.doc, venue="Town hall"))  # then no more edits
    qtbot.waitUntil(lambda: "the disk is full" in window.statusBar().currentMessage(),
                    timeout=3000)
    assert "Save" in window.statusBar().currentMessage()
    full[0] = False  # space freed: the copy follows without another edit
    qtbot.waitUntil(lambda: _snapshot_file(window).exists(), timeout=3000)
    assert _snapshot(window).workshop.venue == "Town hall"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=3000)


def test_a_session_folder_removed_by_a_clean_up_tool_is_made_again_with_its_lock(
        make_window, recovery_folder):
    window = make_window()
    autosaver = window.files.autosaver
    recovery.remove_session(autosaver.session)  # a disk clean-up emptied the app-data folder
    window.undo.push(edit_details(window.doc, venue="Town hall"))
    assert autosaver.snapshot_now()
    autosaver.wait()
    assert autosaver.last_error == ""
    assert _snapshot(window).workshop.venue == "Town hall"
    assert crashed_sessions(recovery_folder) == []  # locked again: not offered as crashed


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_the_recovery_copy_is_private_to_this_user(make_window, recovery_folder, qtbot):
    """Other accounts on a shared laptop cannot open the folder or read the copy."""
    old = os.umask(0o022)
    try:
        window = make_window()
        window.undo.push(edit_details(window.doc, venue="Town hall"))
        qtbot.waitUntil(lambda: _snapshot_file(window).exists(), timeout=2000)
        window.files.autosaver.wait()
    finally:
        os.umask(old)
    assert recovery_folder.stat().st_mode & 0o777 == 0o700
    assert window.files.autosaver.session.stat().st_mode & 0o777 == 0o700
    assert _snapshot_file(window).stat().st_mode & 0o777 == 0o600
