"""The other recovery copies of the file a copy offered was of: two wtfc windows that had the
same workshop open and both stopped (the second took the file over after the first crashed)
each leave a copy, with work the other lacks. Offered one after the other, they read word for
word the same, and the second was taken for a duplicate and discarded.

Looked for only when the files offered (``among``) name this one more than once. A copy counts
when it was offered in this same round (its session lock held by this process, as
``crashed_sessions`` holds each until it is dealt with) or was left for later (no lock at all);
never this process's own copy, nor one a running wtfc still keeps. Also whether the file's
lock names another wtfc on this computer (``held_here_since``): the recovery text then says
the file was changed in another window here, not "on another computer".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from wtfc.model import recovery
from wtfc.model.errors import WorkshopFileError
from wtfc.ui.autosave import CrashedSession, recovery_dir, recovery_dirs, session_lock
from wtfc.ui.file_lock import FileLock
from wtfc.ui.lock_machine import written_here

READ_IN_FULL = 3  # the newest copies compared card by card; the rest are counted
_HEADER_MOST = 1 << 16  # a header is a file's path and a title: far less than this


@dataclass
class OtherCopy:
    """Another recovery copy of the same file. Only the newest few are read in full (each
    ``snapshot`` a whole workshop, validated): 200 copies of one file, kept with Decide later
    again and again, took a minute of reading over the dialog's pages for a file name each."""

    session: Path
    taken: dt.datetime | None
    snapshot: recovery.Snapshot | None = None  # read in full: None for one only counted
    damaged: bool = False  # read in full, and its workshop cannot be read (its own page says)


def other_copies(crashed: CrashedSession, among: Sequence[str]) -> list[OtherCopy]:
    """The other copies of ``crashed``'s file, newest first ([] for one never saved), a
    damaged one too (it is one of the copies the first page counted)."""
    snap = crashed.snapshot
    path = snap.header.original_path if snap is not None else ""
    if not path or sum(1 for other in among if _same(other, path)) < 2:
        return []
    folders = dict.fromkeys([crashed.folder.parent, *recovery_dirs()])
    found = []
    for folder in folders:
        for session in recovery.session_folders(folder):
            if session == crashed.folder or not _left_by_a_stopped_copy(session):
                continue
            head = _header(session)  # the file's name, without reading the workshop
            if head is not None and _same(head.original_path, path) \
                    and head.pid != os.getpid():
                found.append(OtherCopy(session, head.taken_at() or _file_time(session)))
    found.sort(key=lambda other: recovery.snapshot_time(other.session), reverse=True)
    for other in found[:READ_IN_FULL]:
        try:
            other.snapshot = recovery.read_snapshot(other.session)
        except WorkshopFileError:
            other.damaged = True
    return found


def _header(session: Path) -> recovery.SnapshotHeader | None:
    """What a copy's first line says it is of; None when that cannot be read."""
    try:
        with (session / recovery.SNAPSHOT_NAME).open("rb") as file:
            raw = json.loads(file.readline(_HEADER_MOST))
        head = recovery.SnapshotHeader(**{k: v for k, v in raw.items()
                                          if k in recovery.SnapshotHeader.__dataclass_fields__})
    except (OSError, ValueError, TypeError, AttributeError, RecursionError):  # "[[[[…"
        return None
    return head if isinstance(head.original_path, str) and isinstance(head.pid, int) else None


def _file_time(session: Path) -> dt.datetime | None:
    stamp = recovery.snapshot_time(session)
    return dt.datetime.fromtimestamp(stamp) if stamp else None


def _left_by_a_stopped_copy(session: Path) -> bool:
    """Held by this process (offered now) or by nobody (kept for later): not a running copy's."""
    lock: QLockFile = session_lock(session)
    if not (session / recovery.LOCK_NAME).exists():
        return True
    info = lock.getLockInfo()  # (ok, pid, host, app) or (pid, host, app), as file_lock reads
    pid = next((v for v in (info if isinstance(info, tuple) else ())
                if isinstance(v, int) and not isinstance(v, bool)), 0)
    return pid == os.getpid()


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    with contextlib.suppress(OSError, ValueError):
        return bool(a) and bool(b) and os.path.samefile(a, b)
    return False


def held_here_since(head: recovery.SnapshotHeader) -> bool:
    """The file's lock names another wtfc on this computer than the one that stopped (it took
    the file over, and may have saved it since): not this copy's own lock, left as it stopped,
    nor this window's."""
    for lock_path in FileLock(recovery_dir()).lock_paths(Path(head.original_path)):
        try:
            if not lock_path.is_file():
                continue
        except OSError:  # a name too long with ".lock" added: no lock there
            continue
        info = QLockFile(str(lock_path)).getLockInfo()
        values = [v for v in (info if isinstance(info, tuple) else ()) if not isinstance(v, bool)]
        pid = next((v for v in values if isinstance(v, int)), 0)
        host = next((v for v in values if isinstance(v, str)), "")
        return bool(host) and written_here(host, lock_path) \
            and pid not in (0, head.pid, os.getpid())  # (a like-named laptop's: not here)
    return False
