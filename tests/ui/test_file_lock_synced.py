# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Locks in a synced or shared folder. "Open anyway (that copy is closed)" while the other copy
is in fact still running takes nothing, and says who still has the file, so the window can open
it read-only. A lock file a sync client replaced with another laptop's is theirs from then on:
Save says who has the file, and closing never deletes their lock (which left their open
workshop unguarded)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from PySide6.QtWidgets import QMessageBox
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model.operations.details import edit_details
from wtfc.ui.file_lock import FileLock

# A copy of wtfc on "LAPTOP-A" still running: it holds the lock file open and locked (as on a
# Windows share), and the file names that laptop.
HOLD = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
with open(sys.argv[1], "r+") as f:
    f.truncate()
    f.write("4242\\nwtfc.exe\\nLAPTOP-A\\n")
print("held", flush=True)
sys.stdin.read()
"""


def _lock_of(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def test_taking_over_a_lock_still_held_says_who_has_it_and_takes_nothing(tmp_path,
                                                                        workshop_file):
    other = subprocess.Popen([sys.executable, "-c", HOLD, str(_lock_of(workshop_file))],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout is not None and other.stdout.readline() == "held\n"
        lock = FileLock(tmp_path / "recovery")
        holder = lock.take_over(workshop_file)
        assert holder is not None and holder.hostname == "LAPTOP-A"
        assert holder.describe("spring.wtfc").startswith("'spring.wtfc' is open on LAPTOP-A ")
        assert lock.path is None  # nothing taken: the window opens it read-only
        assert "LAPTOP-A" in _lock_of(workshop_file).read_text()
    finally:
        other.communicate("")  # that copy closes, and its lock goes with it
    assert lock.take_over(workshop_file) is None  # now it is truly closed: ours
    assert lock.path == workshop_file
    assert str(os.getpid()) in _lock_of(workshop_file).read_text()
    lock.release()


def test_taking_over_a_lock_left_on_another_computer_takes_it(tmp_path, workshop_file):
    _lock_of(workshop_file).write_text("4242\nwtfc.exe\nLAPTOP-A\n")  # nobody holds it here
    lock = FileLock(tmp_path / "recovery")
    assert lock.take_over(workshop_file) is None
    assert str(os.getpid()) in _lock_of(workshop_file).read_text()
    lock.release()
    assert not _lock_of(workshop_file).exists()


def _synced_in(lock_path: Path, host: str) -> None:
    """What a sync client does: the other laptop's lock file written aside, then put in place."""
    aside = lock_path.with_name(".sync-lock")
    aside.write_text(f"4242\nwtfc.exe\n{host}\n")
    os.replace(aside, lock_path)


def test_a_lock_replaced_by_another_laptops_is_theirs_and_never_deleted(tmp_path,
                                                                       workshop_file):
    lock = FileLock(tmp_path / "recovery")
    assert lock.acquire(workshop_file) is None
    _synced_in(_lock_of(workshop_file), "LAPTOP-B")
    holder = lock.acquire(workshop_file)  # as at Save
    assert holder is not None and holder.hostname == "LAPTOP-B"
    lock.release()
    assert _lock_of(workshop_file).read_text() == "4242\nwtfc.exe\nLAPTOP-B\n"


def test_save_and_close_after_the_lock_was_replaced_by_sync(make_window, workshop_file,
                                                            monkeypatch):
    """/tmp/r3/c8_synced_lock.py: A's Save went through and A's close deleted B's lock."""
    window = make_window(autosave=False)
    assert window.files.open_path(workshop_file)
    before = workshop_file.read_bytes()
    _synced_in(_lock_of(workshop_file), "LAPTOP-B")
    window.undo.push(edit_details(window.doc, title="A's change"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not window.files.save()
    assert shown[0].startswith("'spring.wtfc' is open on LAPTOP-B since ")
    assert "Use Save As" in shown[0]
    assert workshop_file.read_bytes() == before
    window.close()  # its changes discarded (window_fixtures answers so)
    assert _lock_of(workshop_file).read_text() == "4242\nwtfc.exe\nLAPTOP-B\n"


def test_a_lock_still_naming_this_copy_is_kept_and_removed_on_close(tmp_path, workshop_file):
    """A sync client that writes the same lock back (its own copy of ours) changes nothing."""
    lock = FileLock(tmp_path / "recovery")
    assert lock.acquire(workshop_file) is None
    ours = _lock_of(workshop_file).read_bytes()
    aside = workshop_file.with_name(".sync-lock")
    aside.write_bytes(ours)
    os.replace(aside, _lock_of(workshop_file))
    assert lock.acquire(workshop_file) is None and lock.path == workshop_file
    lock.release()
    assert not _lock_of(workshop_file).exists()
