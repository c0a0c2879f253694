# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A workshop open in one copy of wtfc is refused by another with "open on HOST since TIME"
("already open in another wtfc window on this computer") and a read-only choice; a lock left
by a crash is taken over; the lock goes with the file, and is taken again when its folder
comes back without it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model.operations.details import edit_details
from wtfc.model.recovery import this_host
from wtfc.ui import file_controller
from wtfc.ui.file_lock import FileLock


def _lock_of(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _click_when_shown(button_name: str, seen: list[str]) -> None:
    """Answer the next modal message by clicking a button (a modal left open hangs the run)."""
    tries = [300]  # 3 s, then stop looking (never poll on into other tests)

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        seen.extend(b.objectName() for b in box.findChildren(QPushButton) if b.objectName())
        box.findChild(QPushButton, button_name).click()
    QTimer.singleShot(0, answer)


def test_a_file_open_elsewhere_is_refused_and_opens_read_only(make_window, workshop_file):
    first, second = make_window(autosave=False), make_window(autosave=False)
    assert first.files.open_path(workshop_file)
    assert _lock_of(workshop_file).exists()
    seen: list[str] = []
    _click_when_shown("open_read_only", seen)
    assert second.files.open_path(workshop_file)
    assert seen[0].startswith("'spring.wtfc' is already open in another wtfc window on this "
                              "computer (since ")  # not the laptop's network name
    assert this_host() not in seen[0]
    assert "take_over" not in seen  # the same computer: wtfc can tell when it is truly open
    assert second.undo.read_only and "read-only" in second.windowTitle()
    assert not second.undo.push(edit_details(second.doc, title="Mine"))


def test_cancel_keeps_the_workshop_that_was_open(make_window, workshop_file, monkeypatch):
    first, second = make_window(autosave=False), make_window(autosave=False)
    first.files.open_path(workshop_file)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: self.reject())  # Escape: Cancel
    assert not second.files.open_path(workshop_file)
    assert second.files.path is None and second.doc.workshop.title == ""  # still the new one


def test_the_lock_goes_when_the_file_is_closed_or_another_opened(make_window, workshop_file,
                                                                 tmp_path):
    window = make_window(autosave=False)
    window.files.open_path(workshop_file)
    window.files.new()
    assert not _lock_of(workshop_file).exists()
    window.files.open_path(workshop_file)
    other = tmp_path / "other.wtfc"
    other.write_bytes(workshop_file.read_bytes())
    window.files.open_path(other)
    assert not _lock_of(workshop_file).exists() and _lock_of(other).exists()
    window.close()
    assert not _lock_of(other).exists()


def test_a_lock_left_by_a_crash_is_taken_over(make_window, workshop_file):
    subprocess.run([sys.executable, "-c",
                    "import os, sys; from PySide6.QtCore import QLockFile; "
                    "lock = QLockFile(sys.argv[1]); lock.tryLock(0); os.kill(os.getpid(), 9)",
                    str(_lock_of(workshop_file))], check=False)
    assert _lock_of(workshop_file).exists()
    window = make_window(autosave=False)
    assert window.files.open_path(workshop_file)  # no question asked
    assert not window.undo.read_only


def test_a_lock_from_another_computer_can_be_taken_over_by_hand(make_window, workshop_file):
    _lock_of(workshop_file).write_text("4242\nwtfc\nLAPTOP-23\n")
    window = make_window(autosave=False)
    seen: list[str] = []
    _click_when_shown("take_over", seen)
    assert window.files.open_path(workshop_file)
    assert seen[0].startswith("'spring.wtfc' is open on LAPTOP-23 since ")
    assert not window.undo.read_only
    assert str(os.getpid()) in _lock_of(workshop_file).read_text()


def test_save_as_over_a_file_open_elsewhere_is_refused(make_window, workshop_file,
                                                       monkeypatch):
    first, second = make_window(autosave=False), make_window(autosave=False)
    first.files.open_path(workshop_file)
    before = workshop_file.read_bytes()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not second.files.save_to(workshop_file)
    assert "already open in another wtfc window" in shown[0] and "Save As" in shown[0]
    assert workshop_file.read_bytes() == before


def test_a_folder_that_cannot_hold_a_lock_uses_the_recovery_folder(tmp_path, workshop_file):
    lock = FileLock(tmp_path / "recovery")
    beside, fallback = lock.lock_paths(workshop_file)
    os.chmod(workshop_file.parent, 0o555)
    try:
        if os.access(workshop_file.parent, os.W_OK):  # root ignores folder permissions
            lock.lock_paths = lambda path: [Path("/proc/no-such/x.lock"), fallback]
        assert lock.acquire(workshop_file) is None
    finally:
        os.chmod(workshop_file.parent, 0o755)
    assert fallback.exists() and not beside.exists()
    other = FileLock(tmp_path / "recovery")
    other.lock_paths = lock.lock_paths
    assert other.acquire(workshop_file) is not None  # a second copy is still refused
    lock.release()


def test_half_written_copies_left_by_a_crash_are_cleared_on_open(make_window, workshop_file):
    leftover = workshop_file.with_name(".spring.wtfc.k3j4l5m6.tmp")
    leftover.write_bytes(b'{"schema_version": 1, "ti')
    unrelated = workshop_file.with_name(".other.wtfc.a1.tmp")
    unrelated.write_bytes(b"x")
    window = make_window(autosave=False)
    assert window.files.open_path(workshop_file)
    assert not leftover.exists() and unrelated.exists()


def _stale_lock_naming_this_process(lock_path: Path) -> None:
    """What a crashed copy of wtfc leaves when the system later gives its process id to this
    one: a lock file naming our own pid and program that nobody holds."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(lock_path))
    assert lock.tryLock(0)
    contents = lock_path.read_bytes()
    lock.unlock()
    lock_path.write_bytes(contents)
    assert str(os.getpid()).encode() in contents


def test_a_crashed_lock_whose_process_id_came_back_is_taken_over(make_window, workshop_file,
                                                                 monkeypatch):
    _stale_lock_naming_this_process(_lock_of(workshop_file))
    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: asked.append(self.text()) or 0)
    window = make_window(autosave=False)
    assert window.files.open_path(workshop_file)
    assert asked == []  # not "open on this computer": nobody has it open
    assert not window.undo.read_only
    other = make_window(autosave=False)  # and the lock it took is a real one
    other.files.open_path(workshop_file)
    assert asked and asked[0].startswith("'spring.wtfc' is already open in another wtfc window")


def test_a_file_whose_name_is_not_valid_text_can_be_locked(tmp_path, workshop_file):
    if os.name == "nt":
        return  # Windows names are always text
    odd = workshop_file.with_name(os.fsdecode(b"Caf\xe9 d\xc3\xa9j\xc3\xa0.wtfc"))  # Latin-1 USB
    odd.write_bytes(workshop_file.read_bytes())
    lock = FileLock(tmp_path / "recovery")
    assert lock.acquire(odd) is None
    assert FileLock(tmp_path / "recovery").acquire(odd) is not None
    lock.release()


def test_a_save_as_that_fails_leaves_the_lock_on_the_file_still_open(make_window, workshop_file,
                                                                     tmp_path, monkeypatch):
    """A name too long for the disk raised a bare OSError after the lock had moved to it, so
    the workshop still open was unguarded; any other failure must not leave it so either."""
    window = make_window(autosave=False)
    window.files.open_path(workshop_file)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not window.files.save_to(tmp_path / ("e" * 262 + ".wtfc"))
    assert "is too long for a file here" in shown[0] and "choose a shorter name" in shown[0]
    assert "previous copy" not in shown[0]
    assert window.files.lock.path == workshop_file and _lock_of(workshop_file).exists()

    def fail(*_args, **_kwargs):
        raise RuntimeError("a failure nobody foresaw")
    monkeypatch.setattr(file_controller, "save_workshop", fail)
    with pytest.raises(RuntimeError):
        window.files.save_to(tmp_path / "elsewhere.wtfc")
    assert window.files.lock.path == workshop_file and _lock_of(workshop_file).exists()
    assert window.files.path == workshop_file


def _second_copy_opens(make_window, path: Path, monkeypatch) -> list[str]:
    """What a second wtfc asks when it opens ``path`` (answered Cancel)."""
    asked: list[str] = []
    monkeypatch.setattr(file_controller, "ask_about_locked_file",
                        lambda _parent, holder, name: asked.append(holder.describe(name)) or "")
    make_window(autosave=False).files.open_path(path, confirmed=True)
    return asked


def _save_it_there_again(monkeypatch) -> None:
    """The folder came back without the file: Save asks before making it again (the file was
    perhaps deleted on purpose, tests/ui/test_changed_elsewhere.py); here it is wanted."""
    from PySide6.QtWidgets import QPushButton

    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: box.findChild(QPushButton, "save_again").click() or 0)


def test_a_folder_that_came_back_without_the_lock_gets_it_again_at_the_next_save(
        make_window, tmp_path, monkeypatch):
    """A network share that reconnects, a stick copied back: Save wrote the file with no lock
    beside it, so a second copy opened it read-write without a word."""
    folder = tmp_path / "USB" / "Workshops"
    folder.mkdir(parents=True)
    path = folder / "day.wtfc"
    window = make_window(autosave=False)
    assert window.files.save_to(path)
    shutil.rmtree(tmp_path / "USB")
    folder.mkdir(parents=True)
    window.undo.push(edit_details(window.doc, title="After the stick came back"))
    _save_it_there_again(monkeypatch)
    assert window.files.save()
    assert _lock_of(path).exists()
    asked = _second_copy_opens(make_window, path, monkeypatch)
    assert asked and asked[0].startswith(
        "'day.wtfc' is already open in another wtfc window on this computer (since ")


def test_a_save_while_the_folder_is_gone_then_one_when_it_is_back_leaves_the_lock_beside(
        make_window, tmp_path, monkeypatch):
    folder = tmp_path / "USB" / "Workshops"
    folder.mkdir(parents=True)
    path = folder / "day.wtfc"
    window = make_window(autosave=False)
    assert window.files.save_to(path)
    shutil.rmtree(tmp_path / "USB")
    window.undo.push(edit_details(window.doc, title="Said while the stick was out"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not window.files.save()
    assert "cannot be found" in shown[0]
    folder.mkdir(parents=True)
    _save_it_there_again(monkeypatch)
    assert window.files.save()
    assert _lock_of(path).exists()  # back beside the file, not only in the recovery folder
    assert _second_copy_opens(make_window, path, monkeypatch)
    window.close()
    assert not _lock_of(path).exists() and not list((tmp_path / "recovery").rglob("*.lock"))
