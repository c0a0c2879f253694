# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A Save that goes wrong: a crash (a power cut) while the file is being replaced, pressed soon
after editing and before the autosave, leaves those edits in a recovery copy, offered when
wtfc starts again; a disk so full that the recovery copy fails too is not called safe."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time

from PySide6.QtWidgets import QMessageBox
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from tests.child_env import child_env
from wtfc.model import recovery, storage
from wtfc.model.operations.cards import add_card
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind
from wtfc.ui.autosave import crashed_sessions
from wtfc.ui.recovery_dialog import Choice, RecoveryDialog, offer_recovery

# Given to the real app as WTFC_TEST_SCRIPT: three cards, Save at once, and the process dies
# once the new copy is written and on disk, before it replaces the file.
POWER_CUT = """
import os
from pathlib import Path
from PySide6.QtCore import QTimer
from wtfc.model import storage
from wtfc.model.operations.cards import add_card
from wtfc.model.workshop import Kind

def run(window):
    real = os.replace
    def power_cut(src, dst, *args, **kwargs):
        if Path(dst).name == "spring.wtfc":
            os._exit(9)
        return real(src, dst, *args, **kwargs)
    def edit_and_save():
        for n in range(3):
            window.undo.push(add_card(window.doc, kind=Kind.NOT_WORKING, text=f"Late card {n}"))
        storage.os.replace = power_cut
        window.files.save()
        os._exit(1)  # the save went through: the test fails on the exit code
    QTimer.singleShot(0, edit_and_save)
"""


def test_a_crash_mid_save_soon_after_editing_is_offered_at_the_next_start(
        make_window, recovery_folder, workshop_file, tmp_path):
    script = tmp_path / "power_cut.py"
    script.write_text(POWER_CUT)
    before = workshop_file.read_bytes()
    env = child_env(QT_QPA_PLATFORM="offscreen", WTFC_TEST_SCRIPT=str(script),
                    WTFC_RECOVERY_DIR=str(recovery_folder), XDG_CONFIG_HOME=str(tmp_path / "cfg"),
                    # never on its own
                    WTFC_AUTOSAVE_DELAY_MS="60000", WTFC_AUTOSAVE_MAX_MS="60000")
    done = subprocess.run([sys.executable, "-m", "wtfc", str(workshop_file)], env=env,
                          timeout=120, capture_output=True, check=False)
    assert done.returncode == 9
    assert workshop_file.read_bytes() == before  # the file was not replaced
    assert list(workshop_file.parent.glob(".wtfc-*.tmp"))  # the new copy, written whole

    [crashed] = crashed_sessions(recovery_folder)
    dialog = RecoveryDialog(crashed)
    said = dialog.text.text()
    dialog.deleteLater()
    crashed.keep()
    assert "spring.wtfc" in said and "3 more cards" in said
    window = make_window()
    for temporary in workshop_file.parent.glob(".wtfc-*.tmp"):  # only one 10 minutes old goes:
        os.utime(temporary, (time.time() - 3600,) * 2)  # a younger may be another name's save
    window.hide()  # wtfc starts on the file again: its window is not up yet, so the copy is
    window.files.open_path(workshop_file, confirmed=True)  # offered after, as at a start
    assert not list(workshop_file.parent.glob(".wtfc-*.tmp"))  # tidied: its work is safe
    assert offer_recovery(window, ask=lambda _dialog: Choice.RESTORE)
    late = [c.text for c in window.doc.workshop.cards if c.text.startswith("Late card")]
    assert late == ["Late card 0", "Late card 1", "Late card 2"]
    assert window.isWindowModified() and window.files.path == workshop_file


def _full(monkeypatch, *, recovery_too: bool, window) -> None:
    real = os.fsync
    recovery_folder = str(window.files.autosaver.recovery_dir)

    def fsync(fd):
        where = os.readlink(f"/proc/self/fd/{fd}") if os.path.exists("/proc/self/fd") else ""
        if recovery_too or not where.startswith(recovery_folder):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd)
    monkeypatch.setattr(storage.os, "fsync", fsync)


def _failed_save(make_window, workshop_file, monkeypatch, *, recovery_too: bool) -> str:
    window = make_window()
    window.files.open_path(workshop_file)
    window.undo.push(add_card(window.doc, kind=Kind.FUTURE, text="A garden"))
    _full(monkeypatch, recovery_too=recovery_too, window=window)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    before = workshop_file.read_bytes()
    assert not window.files.save()
    assert workshop_file.read_bytes() == before and window.isWindowModified()
    return shown[0]


def test_a_full_disk_that_took_the_recovery_copy_too_is_not_called_safe(
        make_window, workshop_file, monkeypatch):
    said = _failed_save(make_window, workshop_file, monkeypatch, recovery_too=True)
    assert said == ("The disk is full, so 'spring.wtfc' could not be saved. The previous copy "
                    "is untouched. Your workshop is still open in wtfc, but it is not saved "
                    "anywhere yet: free some space or use Save As to save it somewhere else.")


def test_with_a_recovery_copy_kept_the_work_is_safe_and_it_says_why(
        make_window, workshop_file, monkeypatch):
    said = _failed_save(make_window, workshop_file, monkeypatch, recovery_too=False)
    assert said.startswith("The disk is full, so 'spring.wtfc' could not be saved. The "
                           "previous copy is untouched. Your workshop is safe in wtfc: free "
                           "some space")
    assert said.endswith("A recovery copy of your work is kept by wtfc: if wtfc or the computer "
                         "stops, it is offered the next time wtfc starts.")


def test_a_save_keeps_a_recovery_copy_before_it_replaces_the_file(
        make_window, workshop_file, monkeypatch):
    window = make_window(delay_ms=60_000, max_ms=60_000)  # the autosave has not run yet
    window.files.open_path(workshop_file)
    window.undo.push(add_card(window.doc, kind=Kind.FUTURE, text="A garden"))
    seen = []
    real = storage.save_workshop

    def save_workshop(workshop, path, **kwargs):
        snapshot = recovery.read_snapshot(window.files.autosaver.session)
        seen.append({c.text for c in snapshot.workshop.cards} if snapshot else set())
        return real(workshop, path, **kwargs)
    monkeypatch.setattr("wtfc.ui.file_controller.save_workshop", save_workshop)
    assert window.files.save()
    assert "A garden" in seen[0]
    assert "A garden" in {c.text for c in load_workshop(workshop_file).workshop.cards}
    window.files.autosaver.wait()
    assert not (window.files.autosaver.session / recovery.SNAPSHOT_NAME).exists()  # saved
