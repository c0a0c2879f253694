# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""R1b (session 32): cff4935e's guard that a stopped holder is offered only when opening can
then take its lock over (stopped_holder._gone: os.access on the lock file and its folder).
On a shared council PC the other person's wtfc was killed; its lock file is theirs and this
user may not remove it. Without the guard the read-only window says "nobody has it open now",
offers "Open it to work on it", and Open only asks "Workshop already open" again. No test of
session 31 covers it: test_read_only_watch_stopped passes with the guard removed.
Goes in tests/ui/ (beside test_read_only_watch_stopped.py, whose helpers it uses)."""

from __future__ import annotations

import os
import sys

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from settled import until
from test_read_only_watch import _answer_read_only, _notice
from test_read_only_watch_stopped import _looks, holder  # noqa: F401
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.ui import read_only_watch

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a process killed with SIGKILL")


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch):
    monkeypatch.setattr(read_only_watch, "CHECK_MS", 20)


def test_a_stopped_holders_lock_this_user_may_not_remove_is_not_offered(
        qtbot, make_window, workshop_file, holder, monkeypatch):
    window = make_window(autosave=False)
    looks = _looks(monkeypatch)  # (counted from the open: the watch keeps its _seen)
    _answer_read_only()
    assert window.files.open_path(workshop_file)  # read-only: that copy runs
    assert window.undo.read_only
    until(qtbot, lambda: len(looks) >= 3)
    lock = workshop_file.with_name(f"{workshop_file.name}.lock")
    real = os.access

    def access(path, mode, *args, **kwargs):  # the lock file is the other person's
        if os.fspath(path) == os.fspath(lock) and mode & os.W_OK:
            return False
        return real(path, mode, *args, **kwargs)
    monkeypatch.setattr(os, "access", access)  # (as root, chmod would not stop os.access)

    holder.kill()  # its lock stays, naming a process that is gone
    holder.wait()
    seen = len(looks)
    until(qtbot, lambda: len(looks) >= seen + 5)  # looks enough to have judged the lock
    assert "stopped" not in _notice(window)  # opening could not take it over: not offered
    assert window.undo.read_only
