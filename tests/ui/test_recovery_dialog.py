# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""At start-up, work left by a copy of wtfc that crashed is offered: which workshop, when, how
much is newer than the saved file; Restore, Save elsewhere…, Discard or Decide later."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model import recovery
from wtfc.model.recovery import SnapshotHeader, SnapshotSerializer
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Theme
from wtfc.ui.autosave import crashed_sessions
from wtfc.ui.recovery_dialog import Choice, RecoveryDialog, offer_recovery


def _crashed_copy(folder, workshop_file, *, name="dead1", stale_lock=False):
    """A session as a crashed copy leaves it: 3 more cards and 1 more theme than the file."""
    saved = load_workshop(workshop_file).workshop
    cards = [*saved.cards, *(Card(id=f"n{n}", kind=Kind.NOT_WORKING, text=f"Late card {n}")
                             for n in range(3))]
    newer = saved.model_copy(update={"cards": cards, "themes": [
        Theme(id="t1", kind=Kind.NOT_WORKING, name="I wait too long", card_ids=["n0"])]})
    session = folder / name
    session.mkdir(parents=True)
    header = SnapshotHeader(original_path=str(workshop_file), title=newer.title, pid=1,
                            hostname=recovery.this_host(), instance_id=name)
    recovery.write_snapshot(SnapshotSerializer().snapshot_bytes(newer, header), session)
    if stale_lock:  # a process that took the lock and was killed
        subprocess.run([sys.executable, "-c",
                        "import os, sys; from PySide6.QtCore import QLockFile; "
                        "lock = QLockFile(sys.argv[1]); lock.tryLock(0); os.kill(os.getpid(), 9)",
                        str(session / recovery.LOCK_NAME)], check=False)
        assert (session / recovery.LOCK_NAME).exists()
    return session, newer


def _answer(choice: Choice):
    def ask(dialog: RecoveryDialog) -> Choice:
        ask.texts.append(dialog.text.text())
        return choice
    ask.texts = []
    return ask


def test_the_dialog_says_which_workshop_when_and_how_much_is_newer(
        make_window, recovery_folder, workshop_file, qtbot, tmp_path):
    _crashed_copy(recovery_folder, workshop_file)
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert "Spring workshop" in text and "spring.wtfc" in text
    assert "Recovery copy: " in text and "Saved file: " in text
    assert "3 more cards, 1 more theme" in text
    assert dialog.buttons[Choice.RESTORE].isEnabled()
    dialog.show()
    dialog.grab().save(str(tmp_path / "recovery_dialog.png"))
    crashed.keep()


def test_restore_opens_the_work_unsaved_under_its_own_name(
        make_window, recovery_folder, workshop_file):
    session, newer = _crashed_copy(recovery_folder, workshop_file, stale_lock=True)
    window = make_window()
    ask = _answer(Choice.RESTORE)
    assert offer_recovery(window, ask=ask)
    assert window.doc.workshop == newer
    assert window.files.path == workshop_file
    assert window.isWindowModified() and "spring.wtfc" in window.windowTitle()
    assert not session.exists()
    own = window.files.autosaver.session / recovery.SNAPSHOT_NAME
    assert recovery.read_snapshot(own.parent).workshop == newer  # kept safe by this copy now
    assert load_workshop(workshop_file).workshop != newer  # the file waits for Save


def test_discard_through_the_real_dialog(make_window, recovery_folder, workshop_file,
                                         qtbot):
    session, _ = _crashed_copy(recovery_folder, workshop_file)
    window = make_window()

    def click_discard() -> None:  # runs inside the dialog's exec() (offer_recovery came first)
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        dialog.findChild(QPushButton, "discard").click()
    QTimer.singleShot(0, click_discard)
    assert not offer_recovery(window)  # exec() runs; the timer clicks Discard
    assert not session.exists()
    assert window.doc.workshop.title == "Untitled workshop"


def test_save_elsewhere_writes_a_new_file_and_keeps_the_current_workshop(
        make_window, recovery_folder, workshop_file, monkeypatch, tmp_path):
    session, newer = _crashed_copy(recovery_folder, workshop_file)
    window = make_window()
    target = tmp_path / "rescued"
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: offered.append(a[2]) or (str(target), ""))
    assert not offer_recovery(window, ask=_answer(Choice.SAVE_ELSEWHERE))
    assert offered[0].endswith("spring (recovered).wtfc")
    assert load_workshop(tmp_path / "rescued.wtfc").workshop == newer
    assert not session.exists()


def test_decide_later_keeps_it_for_next_time(make_window, recovery_folder,
                                             workshop_file):
    session, _ = _crashed_copy(recovery_folder, workshop_file)
    window = make_window()
    assert not offer_recovery(window, ask=_answer(Choice.LATER))
    assert session.exists()
    assert len(crashed_sessions(recovery_folder)) == 1  # its lock was let go again


def test_only_one_is_restored_when_several_crashed(make_window, recovery_folder,
                                                   workshop_file):
    _crashed_copy(recovery_folder, workshop_file, name="dead1")
    _crashed_copy(recovery_folder, workshop_file, name="dead2")
    window = make_window()
    seen = []

    def ask(dialog: RecoveryDialog) -> Choice:
        seen.append(dialog.buttons[Choice.RESTORE].isEnabled())
        return Choice.RESTORE if len(seen) == 1 else Choice.LATER
    assert offer_recovery(window, ask=ask)
    assert seen == [True, False]


def test_a_damaged_copy_can_only_be_discarded_or_kept(make_window, recovery_folder,
                                                      qtbot):
    session = recovery_folder / "dead"
    session.mkdir(parents=True)
    (session / recovery.SNAPSHOT_NAME).write_bytes(b"garbage")
    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    qtbot.addWidget(dialog)
    assert "cannot be read" in dialog.text.text()
    assert not dialog.buttons[Choice.RESTORE].isEnabled()
    assert not dialog.buttons[Choice.SAVE_ELSEWHERE].isEnabled()
    crashed.discard()
    assert not session.exists()


def test_a_session_of_a_copy_still_running_elsewhere_is_not_offered(recovery_folder,
                                                                    workshop_file):
    session, _ = _crashed_copy(recovery_folder, workshop_file)
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, time; from PySide6.QtCore import QLockFile; "
                               "lock = QLockFile(sys.argv[1]); lock.tryLock(0); print('locked', "
                               "flush=True); time.sleep(30)", str(session / recovery.LOCK_NAME)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert crashed_sessions(recovery_folder) == []
    finally:
        holder.kill()
        holder.wait()
    assert len(crashed_sessions(recovery_folder)) == 1  # once it is gone, it is offered
    assert os.path.exists(session)
