"""Whether the copy of wtfc a lock file names stopped without closing its workshop.

A copy killed (``kill -9``, a laptop that lost power) keeps its lock file until the file is
opened again: a window that opened the workshop read-only because that copy had it saw the lock
there for good, and never offered it (``read_only_watch``). The holder is judged gone only when
that is proved: the lock names this computer (its host name, and its machine id where Qt
wrote one: laptops made from one image share a name) and a process id the system no longer
has (or this computer has started again since), nobody holds the lock file locked now, and
this user may remove it, as opening it then does (``file_lock.take_lock``). A lock from another
computer cannot be judged from here and is left as it is; so is a process id the system has
since given to another program (it is running: nothing is proved).

Called on the read-only watch's worker thread (``read_only_look``): a stat, a small read and a
lock tried without waiting.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLockFile

from wtfc.ui.file_lock import is_this_computer
from wtfc.ui.lock_machine import held_now, other_machine, restarted_since
from wtfc.ui.read_only_look import lock_there


def holder_stopped(locks: Sequence[Path]) -> bool:
    """Every lock file there is (beside the file, or in the recovery folder) names a copy of
    wtfc on this computer that is gone; False when none is there."""
    there = [lock for lock in locks if lock_there(lock)]
    return bool(there) and all(_gone(lock) for lock in there)


def _gone(lock_path: Path) -> bool:
    if os.name != "posix":  # Windows' os.kill ends a process: not judged there, as before
        return False
    pid, host = _pid_and_host(lock_path)
    if pid <= 0 or pid == os.getpid() or not host or not is_this_computer(host):
        return False
    if other_machine(lock_path):  # this host name, another laptop made from the same image
        return False
    if not restarted_since(lock_path) and _running(pid):
        return False
    # gone, as far as its process id tells, and nobody holds the lock itself now (a copy
    # elsewhere whose id means nothing here); offered only if opening can then take it over
    # (another user's lock file, on a shared PC, may not be removed by this user)
    return (not held_now(lock_path) and os.access(lock_path, os.W_OK)
            and os.access(lock_path.parent, os.W_OK))


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # sends nothing: asks only whether that process is there
    except ProcessLookupError:
        return False
    except OSError:  # there, as another user's process
        return True
    return True  # there (or its id given to another program: nothing is proved)


def _pid_and_host(lock_path: Path) -> tuple[int, str]:
    """What the lock file says of its holder ((0, "") when it cannot be read)."""
    info = QLockFile(str(lock_path)).getLockInfo()  # (ok, pid, host, app) or (pid, host, app)
    values = info if isinstance(info, tuple) else ()
    if values and values[0] is False:
        return 0, ""
    pid = next((v for v in values if isinstance(v, int) and not isinstance(v, bool)), 0)
    host = next((v for v in values if isinstance(v, str)), "")
    return pid, host
