"""One instance per workshop file: a QLockFile ``NAME.wtfc.lock`` beside the file.

A second copy of wtfc opening the same file is told "open on HOST since TIME" ("already open
in another wtfc window on this computer" on this one) and may open it read-only, so two copies
never silently overwrite each other. A lock left by a copy that crashed is taken over (its
process is gone: Qt checks the process id on the same computer; a lock whose process id the
system has since given to another program, or to this very copy, is taken over too, as nobody
holds it open). A lock file that went with its folder is taken again at the next Save. One
that a sync client replaced with another laptop's (OneDrive, Dropbox: "Open anyway" there) is
theirs from then on: Save says who has it, and closing never deletes it. One whose folder was
renamed or moved while the file was open (Linux and macOS allow it) is removed where it now is,
through the folder itself (``_Beside``): by its old name it would stay there for good, and tell
another computer the workshop is open.
Where the folder cannot hold a lock file (read-only folder, a CD), the lock goes in the
recovery folder under a name made from the file's path, which still guards this computer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
import shutil
import tempfile
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QLockFile

from wtfc.model.disk_problems import disk_full, stopped_answering
from wtfc.ui.lock_machine import is_this_computer as is_this_computer  # (imported from here)
from wtfc.ui.lock_machine import written_here
from wtfc.ui.locked_file_box import READ_ONLY as READ_ONLY  # the box asked, now its own module
from wtfc.ui.locked_file_box import SHOWN as SHOWN
from wtfc.ui.locked_file_box import TAKE_OVER as TAKE_OVER
from wtfc.ui.locked_file_box import ask_about_locked_file as ask_about_locked_file

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from wtfc.ui.window_call import Listener


@dataclass
class Holder:
    """Who has the file open, as the lock file says."""

    hostname: str
    pid: int
    since: dt.datetime | None
    path: Path | None = None  # the file it holds: its window can be asked to come forward
    another_user: bool = False  # someone else signed in on this computer (a shared PC)
    like_named: bool = False  # this host name, another machine id: a laptop from one image

    def describe(self, name: str) -> str:
        from wtfc.model.lock_status import left_long_ago, since_words

        when = since_words(self.since) if self.since else "an unknown time"
        # another computer's copy cannot be seen: a lock from long ago was left by a crash
        old = left_long_ago(self.since) if self.since and not self.on_this_computer else ""
        if self.on_this_computer and self.another_user:
            return (f"'{name}' is open by another person signed in on this computer "
                    f"(since {when}).")
        if self.on_this_computer:  # its network name ("LAPTOP-7F3KQ2") would not say so
            return (f"'{name}' is already open in another wtfc window on this computer "
                    f"(since {when}).")
        if self.like_named:  # "open on ubuntu" would read as this computer
            return (f"'{name}' is open in wtfc on '{self.hostname}' (another computer with "
                    f"this computer's name) since {when}.{old}")
        return f"'{name}' is open on {self.hostname} since {when}.{old}"

    @property
    def on_this_computer(self) -> bool:
        return (not self.hostname or is_this_computer(self.hostname)) and not self.like_named

    @property
    def can_be_shown(self) -> bool:
        """Its window can be asked to come forward: this user's own, on this computer (another
        user's listens for them only: ``window_call.call_name``)."""
        return self.on_this_computer and not self.another_user and self.path is not None


def take_lock(lock: QLockFile) -> bool:
    """``tryLock`` that also clears a lock file nobody holds on this computer.

    Qt judges a lock stale by its process id: when the system has given a crashed copy's id to
    another program of the same name, or to this very copy (Windows reuses ids soon), the lock
    looks alive for ever. A lock file that names no holder (empty, as when the stick came out
    just after it was made; garbage; a link to some other file) is nobody's either: Qt locks
    the file before it writes the holder in, and never judges such a one stale. A lock really
    held keeps its file open and locked, so removing it fails while its holder runs (in this
    process too); one from another computer (another host name, or this one with another
    machine id: laptops made from one image) is left alone, as a network folder cannot be
    trusted to carry the lock between computers.
    """
    if lock.tryLock(0):
        return True
    if lock.error() != QLockFile.LockError.LockFailedError:
        return False
    info = lock.getLockInfo()
    host = next((v for v in (info if isinstance(info, tuple) else ()) if isinstance(v, str)), "")
    here = not host or written_here(host, Path(lock.fileName()))
    if here and lock.removeStaleLockFile():  # (a like-named laptop's: its machine id differs)
        return lock.tryLock(0)
    return False


_ROOM_FOR_A_LOCK = 1 << 20  # less free than this, and a lock file that failed is a full disk


def why_refused(lock: QLockFile, folder: Path) -> OSError:
    """Why ``lock`` could not be taken when no one holds it, as an ``OSError`` to be said in
    plain words. Qt calls a full disk "unknown" (the lock's few bytes would not go in), so a
    1-byte file is tried in ``folder`` and what the system says to it is the reason: a drive
    full for this user only (a network home over its quota, where free space is the server's;
    no inodes left) or gone is no permissions problem, as "it may not write to the folder"
    said. The free space decides only when that probe tells nothing (it went in, or a limit of
    this process's own refused it)."""
    if lock.error() != QLockFile.LockError.PermissionError:
        said = _probe(folder)
        if said is not None and (disk_full(said) or stopped_answering(said)
                                 or isinstance(said, PermissionError)):
            return said
        with contextlib.suppress(OSError):
            if shutil.disk_usage(folder).free < _ROOM_FOR_A_LOCK:
                return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return PermissionError(errno.EACCES, "its folder refused a file")


def _probe(folder: Path) -> OSError | None:
    """What the system says to one byte written to a new file in ``folder`` (gone at once)."""
    try:
        with tempfile.TemporaryFile(dir=folder) as probe:
            probe.write(b"x")
            probe.flush()
            os.fsync(probe.fileno())  # a network home's quota is often checked only here
    except OSError as exc:
        return exc
    return None


class _Beside:
    """The folder a lock file was made in, held open, and that file's identity: QLockFile
    removes its file by name, and a folder renamed meanwhile has taken the file with it."""

    def __init__(self, lock_path: Path) -> None:
        self.name = lock_path.name
        self.folder = os.open(lock_path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            found = os.stat(self.name, dir_fd=self.folder, follow_symlinks=False)
        except OSError:
            os.close(self.folder)
            raise
        self.identity = (found.st_dev, found.st_ino)
        # closed with the lock dropped unreleased too: else each one held a folder open for
        # good (a test's, a probe's); called once, so never a number since given to a new file
        self._closer = weakref.finalize(self, _close_quietly, self.folder)

    @classmethod
    def of(cls, lock_path: Path) -> _Beside | None:
        if not hasattr(os, "O_DIRECTORY") or os.unlink not in os.supports_dir_fd:
            return None  # Windows: a folder with a file open in it cannot be renamed
        with contextlib.suppress(OSError):
            return cls(lock_path)
        return None

    def remove_if_moved(self, made_as: Path) -> None:
        """Before unlocking: when ``made_as`` (the name QLockFile will remove) is no longer
        the lock file, remove that file wherever its folder is now, if it is still the one
        made (a sync client's replacement is another file: theirs, never deleted). Done while
        it is held, so no other copy's new lock file can be taken for it."""
        if self._identity_of(made_as) == self.identity:
            return  # not moved: unlocking removes it
        with contextlib.suppress(OSError):
            if self._identity_of(self.name, in_folder=True) == self.identity:
                os.unlink(self.name, dir_fd=self.folder)

    def _identity_of(self, path: Path | str, *, in_folder: bool = False) -> tuple[int, int]:
        try:
            found = os.stat(path, dir_fd=self.folder if in_folder else None,
                            follow_symlinks=False)
        except OSError:
            return (-1, -1)
        return (found.st_dev, found.st_ino)

    def close(self) -> None:
        self._closer()


def _close_quietly(descriptor: int) -> None:
    with contextlib.suppress(OSError):
        os.close(descriptor)


class FileLock:
    """Holds the lock of the open workshop file (at most one at a time)."""

    def __init__(self, fallback_dir: Path, window: QWidget | None = None) -> None:
        """``window``: the one that has the file while the lock is held, brought forward
        when another copy asks (``window_call``); None for a probe."""
        self.fallback_dir = fallback_dir
        self.window = window
        self._listener: Listener | None = None
        self.path: Path | None = None
        self._lock: QLockFile | None = None
        self._written: tuple[int, str] | None = None  # the pid and host Qt wrote in it
        self._beside: _Beside | None = None  # its folder, should that be renamed

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()  # a probe's lock, even when what it guarded raised

    def lock_paths(self, path: Path) -> list[Path]:
        key = hashlib.sha256(os.fsencode(path.resolve())).hexdigest()[:24]  # any name, even
        # one that is not valid text (a USB stick written on another system)
        return [path.with_name(_lock_name(path.name)), self.fallback_dir / "locks" / f"{key}.lock"]

    def acquire(self, path: Path) -> Holder | None:
        """Lock ``path`` (releasing any other file's lock); the holder if someone else has it."""
        path = Path(path)
        if self.path is not None and _same_file(self.path, path) and self._lock is None:
            return None  # nowhere could hold a lock: unguarded, as when it was opened
        held = self._held(path)
        for lock_path in self.lock_paths(path):
            if held is not None and _same_file(lock_path, held):
                return None  # still ours, in the best place there is for it now
            if lock_path.parent != path.parent:
                with contextlib.suppress(OSError):  # if it cannot be made, tryLock says so
                    lock_path.parent.mkdir(parents=True, exist_ok=True)
            lock = QLockFile(str(lock_path))
            lock.setStaleLockTime(0)  # held all day: stale only when its process is gone
            if take_lock(lock):
                self.release()
                self.path, self._lock, self._written = path, lock, _pid_and_host(lock)
                self._beside = _Beside.of(lock_path)
                if self.window is not None:
                    from wtfc.ui.window_call import Listener  # QtNetwork: once a lock is held

                    self._listener = Listener(self.window, path)
                return None
            if lock.error() == QLockFile.LockError.LockFailedError:
                return _holder(lock, lock_path, path)
            # PermissionError / UnknownError (a full disk too, see why_refused): this folder
            # cannot hold a lock; try the next place
        self.release()  # nowhere to lock: open unguarded rather than not at all
        self.path = path
        return None

    def _held(self, path: Path) -> Path | None:
        """The lock file this copy holds for ``path``, when it is still there.

        One that went with its folder (a network share reconnected, a stick copied back) is
        let go, to be taken again: without it a second copy would open the workshop read-write
        unasked. One held in the recovery folder while the file's own folder could not hold it
        (the stick was out at a Save) moves back beside the file once it can. One that now
        names another holder (a sync client put another laptop's lock file in its place) is
        let go without deleting it, so trying to lock again finds that holder and says who.
        """
        if self._lock is None or self.path is None or not _same_file(self.path, path):
            return None
        held = Path(self._lock.fileName())
        if held.exists() and self._still_ours():
            return held
        self.release()  # before a new lock is made there: unlocking removes that file
        return None

    @property
    def guarding(self) -> bool:
        """A lock file is held (not a file opened unguarded: nowhere could hold one)."""
        return self._lock is not None

    def left_here(self, path: Path) -> bool:
        """A lock file of ``path`` names another process on this computer. Looked at before
        the lock is taken: once taking it succeeds, that process is known to be gone (a copy
        of wtfc that stopped with the file open, perhaps mid-save)."""
        for lock_path in self.lock_paths(path):
            if _is_file(lock_path):
                pid, host = _pid_and_host(QLockFile(str(lock_path))) or (0, "")
                ours = pid == os.getpid() and self._lock is not None \
                    and _same_file(Path(self._lock.fileName()), lock_path)
                # this copy's own id named by a lock it does not hold: a crashed copy's, the
                # id since given to this copy (Windows reuses ids soon)
                return pid != 0 and not ours and bool(host) and written_here(host, lock_path)
        return False

    def take_over(self, path: Path) -> Holder | None:
        """The user says the other copy is closed (a lock from another computer): its lock is
        removed unless a running copy still holds it, then taken. None when the lock is ours
        now; else who still has the file (that copy is still running, or the lock file is on a
        share that keeps it for the other computer): the caller opens it read-only."""
        for lock_path in self.lock_paths(path):
            lock = QLockFile(str(lock_path))
            lock.removeStaleLockFile()  # refused while a running copy holds it
        return self.acquire(path)

    def release(self) -> None:
        """Let go of the lock: its file is removed, unless it now names another holder."""
        if self._lock is not None:
            if self._still_ours():
                if self._beside is not None:  # gone with its folder: removed there
                    self._beside.remove_if_moved(Path(self._lock.fileName()))
                self._lock.unlock()
            else:  # QLockFile removes by name, on unlock and when deleted: forget it instead
                shiboken6.invalidate(self._lock)
        if self._beside is not None:
            self._beside.close()
        if self._listener is not None and shiboken6.isValid(self._listener):  # (gone with
            self._listener.close()  # its window) no longer this window's file to be asked about
        self._lock, self._written, self._beside, self._listener = None, None, None, None
        self.path = None

    def _still_ours(self) -> bool:
        """The lock file names this copy, as when it was taken (a file that cannot be read
        names nobody else either)."""
        now = _pid_and_host(self._lock) if self._lock is not None else None
        return now is None or self._written is None or now == self._written


def _lock_name(name: str) -> str:
    """``NAME.lock``. Qt writes a file's name as UTF-8, so a name holding bytes that are not
    text (a USB stick written in Latin-1: "caf\\xe9.wtfc") made "caf\ufffd.wtfc.lock", one
    lock for every such name in the folder, never found again by its own (``left_here``,
    ``_Beside``): those bytes are written as codes instead ("caf\\xe9.wtfc.lock")."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        name = os.fsencode(name).decode("utf-8", "backslashreplace")
    return f"{name}.lock"


def _is_file(path: Path) -> bool:
    # a name with '.lock' added may be too long to ask about (a 252-255 byte workshop name)
    try:
        return path.is_file()
    except OSError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    from wtfc.model.same_file import same_file  # a drive giving every file the same id too

    return same_file(a, b)


def _pid_and_host(lock: QLockFile) -> tuple[int, str] | None:
    """What the lock file says of its holder; None when it cannot be read."""
    info = lock.getLockInfo()  # PySide6 returns (ok, pid, hostname, appname) or (pid, host, app)
    values = [v for v in (info if isinstance(info, tuple) else ()) if not isinstance(v, bool)]
    if isinstance(info, tuple) and info and info[0] is False:
        return None
    pid = next((v for v in values if isinstance(v, int)), 0)
    host = next((v for v in values if isinstance(v, str)), "")
    return (pid, host) if pid or host else None


def _holder(lock: QLockFile, lock_path: Path, path: Path) -> Holder:
    pid, host = _pid_and_host(lock) or (0, "")
    try:
        since: dt.datetime | None = dt.datetime.fromtimestamp(lock_path.stat().st_mtime)
    except OSError:
        since = None
    here = not host or written_here(host, lock_path)
    return Holder(host, pid, since, path, another_user=here and _another_users(lock_path, pid),
                  like_named=not here and is_this_computer(host))


def _another_users(lock_path: Path, pid: int) -> bool:
    """On POSIX, the lock file is another user's: two people signed in on a shared council PC,
    one workshop folder. A share mounted as one owner's shows every file as theirs, so a
    holder's process that is this user's own (a signal may be sent to it) still counts as
    theirs. Windows: not told (False), as before."""
    if not hasattr(os, "getuid"):
        return False
    try:
        owner = lock_path.stat().st_uid
    except OSError:
        return False
    me = os.getuid()
    if owner == me:
        return False
    if me != 0 and pid > 0:  # (root may signal anyone; 0 and below mean process groups)
        try:
            os.kill(pid, 0)  # sends nothing: asks only whether it may
        except OSError:  # it may not (another user's process), or it is not seen from here
            return True
        return False  # this user's own process
    return True
