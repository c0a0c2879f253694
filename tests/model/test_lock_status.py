"""The command line's view of a workshop open in wtfc: a live lock names the computer; a lock
left by a copy that stopped is not "open"."""

from __future__ import annotations

import subprocess
import sys

from wtfc.model.lock_status import open_in_wtfc
from wtfc.model.recovery import this_host


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_no_lock_means_not_open(tmp_path):
    assert open_in_wtfc(tmp_path / "spring.wtfc") is None


def test_a_lock_of_another_computer_says_where(tmp_path):
    (tmp_path / "spring.wtfc.lock").write_text("4242\nwtfc\nLAPTOP-23\n")
    said = open_in_wtfc(tmp_path / "spring.wtfc")
    assert said is not None and "open in wtfc on LAPTOP-23" in said
    # what to do after a crash, without the lock file's name
    assert "open it in wtfc once and this goes away" in said and ".lock" not in said


def test_a_stopped_copys_lock_on_this_computer_is_not_open_whatever_the_case(tmp_path):
    """Windows may write the computer's name in capitals where Python reads it in small."""
    for host in (this_host(), this_host().upper(), this_host().lower()):
        (tmp_path / "spring.wtfc.lock").write_text(f"{_dead_pid()}\nwtfc\n{host}\n")
        assert open_in_wtfc(tmp_path / "spring.wtfc") is None
