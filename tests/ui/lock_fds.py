"""``no_folder_left_open``: imported by the lock tests, it fails a test that leaves a folder
under its ``tmp_path`` held open once its locks are released or dropped (``_Beside`` holds the
lock's folder open while it is held, to remove the lock file should the folder be renamed).
Linux's ``/proc/self/fd`` lists them; elsewhere nothing is checked."""

from __future__ import annotations

import gc
import os
import stat
from pathlib import Path

import pytest

_FDS = Path("/proc/self/fd")


def open_under(folder: Path) -> list[str]:
    """The folders this process holds open under ``folder`` (itself included). Not files: a
    lock file a sync client replaced stays open in its forgotten QLockFile, by design."""
    found = []
    for fd in os.listdir(_FDS):
        try:
            target = os.readlink(_FDS / fd)
            is_folder = stat.S_ISDIR(os.stat(_FDS / fd).st_mode)
        except OSError:  # the listing's own descriptor, closed since
            continue
        if is_folder and (target == str(folder) or target.startswith(f"{folder}{os.sep}")):
            found.append(target)
    return found


@pytest.fixture(autouse=True)
def no_folder_left_open(tmp_path):
    yield
    if _FDS.is_dir():
        left = open_under(tmp_path)
        if left:  # locks dropped unreleased: their folders go once collected (a collection
            gc.collect()  # costs ~0.2 s late in a run, so only where one is still open)
            left = open_under(tmp_path)
        assert left == [], f"still open: {left}"
