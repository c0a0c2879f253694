"""What a lock file says of the computer that wrote it beyond its host name, and whether
anyone holds it now.

Laptops made from one image (a council's, a school's) share a host name ("MacBook-Air",
"ubuntu") and may share a team folder: the name alone called a colleague's lock this
computer's, so a process id that means nothing here looked gone ("nobody has it open now"),
and opening removed a lock the colleague still held where the share does not carry file locks
between computers. QLockFile also writes the machine's own id and its boot's id (lines 4 and
5): a different machine id is another computer, as Qt judges it; the same machine started
again since means every process then is gone. A lock that is held keeps its file locked
(``flock`` and ``fcntl``, as QLockFile takes it), so trying it without waiting says whether a
copy on this computer still has it, whatever its process id.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QSysInfo

from wtfc.model.recovery import this_host

_MACHINE, _BOOT = 3, 4  # the lines, counted from 0 (pid, program, host name, machine, boot)


def _written(lock_path: Path) -> list[bytes]:
    try:
        with open(lock_path, "rb") as lock:
            return lock.read(4096).split(b"\n")  # a few short lines; never a whole large file
    except OSError:
        return []


def _line(lines: list[bytes], number: int) -> bytes:
    return lines[number].strip() if len(lines) > number else b""


def is_this_computer(hostname: str) -> bool:
    """Host names are not case-sensitive (Windows may write "LAPTOP-23" or "laptop-23")."""
    return hostname.casefold() in {this_host().casefold(), QSysInfo.machineHostName().casefold()}


def written_here(hostname: str, lock_path: Path) -> bool:
    """The lock is this computer's: its host name is this one's, and no other machine id says
    it is a like-named laptop's (whose window cannot be shown, nor its process asked about)."""
    return is_this_computer(hostname) and not other_machine(lock_path)


def other_machine(lock_path: Path) -> bool:
    """The lock names a machine id, not this computer's (False where either is not known: an
    older Qt's lock, a system that has none)."""
    written, ours = _line(_written(lock_path), _MACHINE), _ids()[0]
    return bool(written and ours and written != ours)


def restarted_since(lock_path: Path) -> bool:
    """The lock is this computer's (same machine id) from before it last started: its holder
    is gone, even should its process id have been given to another program since."""
    lines = _written(lock_path)
    machine, boot = _line(lines, _MACHINE), _line(lines, _BOOT)
    ours, now = _ids()
    return bool(machine and boot and ours and now and machine == ours and boot != now)


def _ids() -> tuple[bytes, bytes]:
    """This computer's machine id and this boot's, as Qt writes them (b"" where none)."""
    return (bytes(QSysInfo.machineUniqueId().data()).strip(),
            bytes(QSysInfo.bootUniqueId().data()).strip())


def held_now(lock_path: Path) -> bool:
    """A process on this computer holds ``lock_path`` locked now (tried without waiting, and
    let go at once). True when it cannot be tried (no such locks on that drive, the file not
    to be opened for writing): opening could not take it over then either, as QLockFile
    removes a lock only once it has locked it. POSIX only; call with a lock this process
    does not hold (closing a file drops the process's own ``fcntl`` locks on it)."""
    import fcntl  # POSIX: not importable on Windows, where this is never asked

    try:
        descriptor = os.open(lock_path, os.O_RDWR)  # a write lock (fcntl) needs it open so
    except OSError:
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a local drive's lock
        fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a network drive's
    except OSError:  # BlockingIOError: held; any other: not to be told
        return True
    finally:
        with contextlib.suppress(OSError):
            fcntl.lockf(descriptor, fcntl.LOCK_UN)
        with contextlib.suppress(OSError):
            fcntl.flock(descriptor, fcntl.LOCK_UN)
        os.close(descriptor)
    return False
