# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The workshop's folder renamed (or moved on the same drive) while it is open, as Linux and
macOS allow: the lock file went with it. Closing removed it by its old name, so it stayed in
the renamed folder for good, and another computer opening the workshop there was told it is
open. It is removed where it now is; a Save meanwhile says the folder moved."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from PySide6.QtWidgets import QMessageBox
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.operations.details import edit_details
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Workshop

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Windows refuses to rename the folder")


@pytest.fixture
def spring(tmp_path) -> Path:
    folder = tmp_path / "Spring 2026"
    folder.mkdir()
    path = folder / "spring.wtfc"
    save_workshop(Workshop(title="Spring"), path)
    return path


def _lock_of(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _renamed(path: Path) -> Path:
    moved = path.parent.with_name("Spring 2026 (done)")
    os.rename(path.parent, moved)
    return moved / path.name


def test_closing_removes_the_lock_from_the_renamed_folder(make_window, spring):
    window = make_window(autosave=False)
    assert window.files.open_path(spring)
    moved = _renamed(spring)
    assert _lock_of(moved).exists()
    window.close()
    assert not _lock_of(moved).exists()
    assert sorted(p.name for p in moved.parent.iterdir()) == ["spring.wtfc"]


def test_a_save_says_the_folder_moved_and_leaves_no_lock_behind(make_window, spring,
                                                                 monkeypatch):
    window = make_window(autosave=False)
    assert window.files.open_path(spring)
    moved = _renamed(spring)
    window.undo.push(edit_details(window.doc, title="Changed"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not window.files.save()
    assert "Spring 2026' cannot be found" in shown[0]
    assert "the folder moved or renamed" in shown[0]
    assert load_workshop(moved).workshop.title == "Spring"  # untouched where it is now
    assert not _lock_of(moved).exists()  # a second computer may open it there
    window.close()
    assert not _lock_of(moved).exists()


def test_a_lock_another_laptop_put_there_is_never_removed(make_window, spring):
    """A sync client replaced it (a new file) after the rename: it is theirs, as ever."""
    window = make_window(autosave=False)
    assert window.files.open_path(spring)
    moved = _renamed(spring)
    theirs = moved.with_name("theirs.lock")
    theirs.write_text("4242\nwtfc\nother-laptop\n")
    shutil.copyfile(theirs, moved.with_name("spring.wtfc.lock.new"))
    os.replace(moved.with_name("spring.wtfc.lock.new"), _lock_of(moved))
    window.close()
    assert _lock_of(moved).read_text() == "4242\nwtfc\nother-laptop\n"


def test_locks_dropped_without_release_leave_no_folder_open(tmp_path, recovery_folder):
    """Each lock held its folder open for good unless released (50 dropped: 50 left open)."""
    from lock_fds import open_under

    from wtfc.ui.file_lock import FileLock

    paths = [tmp_path / f"w{i}.wtfc" for i in range(50)]
    for path in paths:
        save_workshop(Workshop(title="Spring"), path)
        lock = FileLock(recovery_folder)
        assert lock.acquire(path) is None
        assert open_under(tmp_path) == [str(tmp_path)]  # held while the lock is
        del lock  # dropped: its lock file goes, and the folder is let go
    assert open_under(tmp_path) == []  # (with the fixture's gc, after: none of them either)
    assert not list(tmp_path.glob("*.lock"))
    with FileLock(recovery_folder) as lock:  # released after: a probe's way
        assert lock.acquire(paths[0]) is None and _lock_of(paths[0]).exists()
    assert open_under(tmp_path) == [] and not _lock_of(paths[0]).exists()
