# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A workshop whose file name is not text (a USB stick written in Latin-1: "caf\\xe9.wtfc")
opens like any other, named with "�" for the byte; and whatever goes wrong once the new file's
lock is taken, the workshop still on screen keeps its own (it was left unlocked, so a second
window could open it read-write and save over it, and the new file's lock stayed behind)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.demo import demo_path
from wtfc.ui import file_controller
from wtfc.ui.file_lock import FileLock


def _demo_copy(path: Path) -> Path:
    shutil.copyfile(demo_path(), path)
    return path


def _locks(folder: Path) -> list[bytes]:
    return sorted(name for name in os.listdir(os.fsencode(folder)) if name.endswith(b".lock"))


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux keeps any bytes as a name")
def test_a_latin1_name_opens_and_is_locked(make_window, tmp_path):
    earlier = _demo_copy(tmp_path / "A.wtfc")
    latin = _demo_copy(tmp_path / os.fsdecode(b"caf\xe9.wtfc"))
    window = make_window(autosave=False)
    assert window.files.open_path(earlier)
    assert window.files.open_path(latin)  # raised: its name as UTF-8, for the temporaries
    assert window.files.path == latin and len(window.doc.workshop.cards) == 96
    assert window.windowTitle().startswith("caf\ufffd.wtfc[*] — ")  # not "caf.wtfc"
    assert window.files.lock.guarding and len(_locks(tmp_path)) == 1  # A's lock let go
    assert _locks(tmp_path) == [b"caf\\xe9.wtfc.lock"]  # its own: not "caf\ufffd", any such name's
    with FileLock(tmp_path / "probe") as other:  # a second window is told it is open
        assert other.acquire(latin) is not None
        assert other.left_here(latin)  # found by its own name, as after a crash
    window.files.lock.release()
    assert _locks(tmp_path) == []  # gone with the window's lock


def test_a_failure_after_the_lock_leaves_the_open_workshop_locked(make_window, tmp_path,
                                                                  monkeypatch):
    earlier = _demo_copy(tmp_path / "A.wtfc")
    later = _demo_copy(tmp_path / "B.wtfc")
    window = make_window(autosave=False)
    assert window.files.open_path(earlier)

    def unforeseen(path: Path, *, writer_gone: bool) -> None:
        raise RuntimeError("not foreseen")
    monkeypatch.setattr(file_controller, "tidy_after_crash", unforeseen)
    with pytest.raises(RuntimeError):
        window.files.open_path(later)
    assert window.files.path == earlier and window.windowTitle().startswith("A.wtfc")
    assert _locks(tmp_path) == [b"A.wtfc.lock"]  # B's lock given back, A's taken again
    with FileLock(tmp_path / "probe") as other:
        assert other.acquire(earlier) is not None  # still guarded from a second window
        assert other.acquire(later) is None
