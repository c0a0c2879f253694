# ruff: noqa: F811
"""A crashed copy's process id given since to this very copy (Windows reuses ids soon): its lock
is still read as left by a copy that is gone, so the crashed save's hidden whole copy (names and
all) is cleared at once, as when the id is anyone else's."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from window_fixtures import make_window, recovery_folder  # noqa: F401

from wtfc.model.storage import save_workshop
from wtfc.model.temporary_files import temporary_beside
from wtfc.model.workshop import Card, Kind, Workshop

MAKE_LOCK = ("import os,sys; from PySide6.QtCore import QLockFile; l=QLockFile(sys.argv[1]); "
             "l.setStaleLockTime(0); assert l.tryLock(0); os._exit(0)")


@pytest.mark.parametrize("whose", ["a dead pid", "this copy's pid"])
def test_crashed_save_temporary(make_window, tmp_path, whose):
    x = tmp_path / "spring.wtfc"
    save_workshop(Workshop(title="Spring", cards=[Card(id="c1", kind=Kind.WORKING, text="x")]), x)
    lock = tmp_path / "spring.wtfc.lock"
    subprocess.run([sys.executable, "-c", MAKE_LOCK, str(lock)], check=True)  # killed holder
    if whose == "this copy's pid":
        lines = lock.read_bytes().split(b"\n")
        lines[0] = str(os.getpid()).encode()
        lock.write_bytes(b"\n".join(lines))
    fd, _tmp = temporary_beside(x)  # the crashed save's hidden whole copy
    os.write(fd, x.read_bytes())
    os.close(fd)
    w = make_window()
    w.files.open_path(x)
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".wtfc-"))
    print(whose, "read-only:", w.undo.read_only, "left:", left)
    assert not left
