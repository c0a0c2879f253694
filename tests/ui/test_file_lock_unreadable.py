# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A lock file that names no holder (empty after the stick came out as it was made, garbage, a
link to another file) no longer makes a workshop "already open in another wtfc window on this
computer" for good: nobody holds it, so it is taken over. A lock really held still refuses,
whatever is written in it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QMessageBox
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401


def _lock_of(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@pytest.mark.parametrize("contents", [b"", b"garbage\n", b"\x00\xff\xfe\n\n\n"])
def test_a_lock_naming_no_holder_is_taken_over_without_a_question(
        make_window, workshop_file, monkeypatch, contents):
    _lock_of(workshop_file).write_bytes(contents)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or 0)
    window = make_window(autosave=False)
    assert window.files.open_path(workshop_file)
    assert asked == [] and not window.undo.read_only
    assert str(os.getpid()) in _lock_of(workshop_file).read_text()  # ours now, a real lock
    other = make_window(autosave=False)
    other.files.open_path(workshop_file)
    assert asked and asked[0].startswith("'spring.wtfc' is already open in another wtfc window")


def test_a_lock_that_links_to_another_file_is_taken_over_and_that_file_kept(
        make_window, workshop_file, monkeypatch, tmp_path):
    if os.name == "nt":
        return  # symlinks need rights a facilitator's Windows account lacks
    victim = tmp_path / "notes.txt"
    victim.write_text("my notes\n")
    _lock_of(workshop_file).symlink_to(victim)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or 0)
    window = make_window(autosave=False)
    assert window.files.open_path(workshop_file)
    assert asked == [] and not window.undo.read_only
    assert victim.read_text() == "my notes\n"  # never written through the link
    assert not _lock_of(workshop_file).is_symlink()


def test_a_lock_held_by_a_running_copy_still_refuses_when_its_text_is_unreadable(
        make_window, workshop_file, monkeypatch):
    lock_path = _lock_of(workshop_file)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from PySide6.QtCore import QLockFile; "
         "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0); "
         "print(lock.tryLock(0), flush=True); time.sleep(60)", str(lock_path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
        os.truncate(lock_path, 0)  # its holder line gone, the file still open and locked
        asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or 0)
        window = make_window(autosave=False)
        window.files.open_path(workshop_file)  # the box is answered "Cancel" (0)
        assert asked and asked[0].startswith("'spring.wtfc' is already open in another wtfc")
        assert lock_path.exists() and lock_path.read_bytes() == b""  # the holder's, untouched
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_held_in_this_copy_still_refuses_when_its_text_is_unreadable(workshop_file):
    lock_path = _lock_of(workshop_file)
    held = QLockFile(str(lock_path))
    assert held.tryLock(0)
    lock_path.write_bytes(b"")
    from wtfc.ui.file_lock import take_lock

    second = QLockFile(str(lock_path))
    second.setStaleLockTime(0)
    assert not take_lock(second)
    assert lock_path.exists()
    held.unlock()
