# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Laptops made from one image share a host name ("MacBook-Air", "ubuntu"): a colleague's
lock on a team folder named this computer, its process id meant nothing here, and the
read-only window said "nobody has it open now" while the colleague typed; opening then took
the lock over where the share does not carry file locks between computers. The machine id Qt
writes in the lock, and the lock itself (tried without waiting), now say who has it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from PySide6.QtCore import QLockFile
from test_read_only_watch_stopped import (  # noqa: F401
    HOLD,
    _read_only_and_quiet,
    holder,
    quick_checks,
)
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.ui.file_lock import take_lock
from wtfc.ui.stopped_holder import holder_stopped

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks and signals")

OTHER_MACHINE, OTHER_BOOT = "0" * 32, "1" * 36


def _pid_not_running() -> int:
    """A process id the system has no process for now (one that just ended)."""
    ended = subprocess.Popen([sys.executable, "-c", ""])
    ended.wait()
    return ended.pid


def _rewrite(lock: Path, *, pid: int | None = None, machine: str | None = None,
             boot: str | None = None) -> None:
    """The lock file's lines changed in place (same file: a holder keeps its lock on it)."""
    lines = lock.read_text().split("\n")  # pid, program, host, machine id, boot id, ""
    for number, value in ((0, pid), (3, machine), (4, boot)):
        if value is not None:
            lines[number] = str(value)
    with open(lock, "r+") as same:
        same.write("\n".join(lines))
        same.truncate()


def _lock(workshop_file: Path) -> Path:
    return workshop_file.with_name("spring.wtfc.lock")


def test_a_like_named_laptop_still_holding_the_lock_is_not_said_to_have_stopped(
        qtbot, make_window, workshop_file, holder, monkeypatch):
    # the colleague's laptop: this host name, its own machine and boot, a pid unused here
    _rewrite(_lock(workshop_file), pid=_pid_not_running(), machine=OTHER_MACHINE,
             boot=OTHER_BOOT)
    # the watch says nothing, not "nobody has it open now"
    _read_only_and_quiet(qtbot, make_window(autosave=False), workshop_file, monkeypatch)


def test_another_machine_id_is_another_computer_even_with_the_lock_let_go(workshop_file,
                                                                          holder):
    holder.kill()  # where the share carries no locks between computers, none is seen here
    holder.wait()
    _rewrite(_lock(workshop_file), machine=OTHER_MACHINE, boot=OTHER_BOOT)
    assert not holder_stopped([_lock(workshop_file)])
    assert not take_lock(QLockFile(str(_lock(workshop_file))))  # not taken over on opening
    assert _lock(workshop_file).exists()


def test_a_lock_still_held_here_is_not_said_to_have_stopped(workshop_file, holder):
    """This computer's machine id, a process id that is gone: the lock itself is still held."""
    _rewrite(_lock(workshop_file), pid=_pid_not_running())
    assert not holder_stopped([_lock(workshop_file)])


def test_a_copy_killed_here_is_still_said_to_have_stopped_and_is_taken_over(workshop_file,
                                                                            holder):
    holder.kill()
    holder.wait()
    assert holder_stopped([_lock(workshop_file)])
    lock = QLockFile(str(_lock(workshop_file)))
    assert take_lock(lock)
    lock.unlock()


def test_a_lock_from_before_this_computer_started_is_stopped_whatever_its_pid(workshop_file,
                                                                             holder):
    """Its process id given since to a running program: the boot id says it is gone."""
    import os

    holder.kill()
    holder.wait()
    _rewrite(_lock(workshop_file), pid=os.getppid(), boot=OTHER_BOOT)
    assert holder_stopped([_lock(workshop_file)])
