"""What the read-only watch (``read_only_watch``) reads from the disk, done on a worker thread.

The watch's usual file is on a shared folder another computer holds ("on LAPTOP-7F"). A share
that has stopped answering can hold one stat for tens of seconds: done on the UI thread every
few seconds, the read-only window (often the one on the projector) froze with it. Nothing here
touches a widget or the live workshop: the watch compares what is read, back on the UI thread.

The worker is a daemon Python thread, not a QThread (``BackgroundTask``): a stat held by the
share cannot be stopped, so the window's close waited for it, frozen as long as the share was
(and a QThread not waited for aborts the app at exit). A daemon thread is left behind at exit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from wtfc.model.errors import WorkshopFileError
from wtfc.model.same_file import same_file
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui.background import pause_collector, resume_collector
from wtfc.ui.file_controller import disk_stamp

Stamp = tuple[int, int]


@dataclass(frozen=True)
class Look:
    """One look at the file: ``same``, the window still shows it (not saved as another);
    ``stamp`` its time and size (None: gone, a drive out); ``held``, a lock file is there;
    ``read``, the file was read this time (a save not seen before), ``newer`` what it has
    (None: half-written or damaged, which opening it says)."""

    same: bool
    stamp: Stamp | None = None
    held: bool = False
    read: bool = False
    newer: Workshop | None = None


def look(path: Path, shown: Path, locks: Sequence[Path], *, opened: Stamp | None,
         known: Stamp | None) -> Look:
    """A look at ``path`` while the window shows ``shown``: a stat or five, and the file read
    only when its stamp is neither the one the window ``opened`` nor the last one read
    (``known``)."""
    if not same_file(path, shown):
        return Look(same=False)
    stamp, held = disk_stamp(path), any(lock_there(lock) for lock in locks)
    # a window closed while the stat was held turned the collector back on: reading a whole
    # workshop here now could run a collection on this thread (see background._CollectorPause)
    if stamp is None or stamp in (opened, known) or not _still_wanted():
        return Look(same=True, stamp=stamp, held=held)
    try:
        newer: Workshop | None = load_workshop(path).workshop
    except (WorkshopFileError, OSError):  # mid-save elsewhere, or damaged
        newer = None
    return Look(same=True, stamp=stamp, held=held, read=True, newer=newer)


def lock_there(path: Path) -> bool:
    """A lock file at ``path`` (a stat)."""
    try:
        return path.is_file()
    except OSError:  # a name too long to ask about: no lock there
        return False


class LookBack(QObject):
    """Runs one look on a daemon thread and hands its ``Look`` (None: it failed, the next tick
    asks again) to ``heard`` on the UI thread, through a queued signal. Once ``shut`` (the
    watch stopped) or its watch is deleted, a look still out is dropped when it ends: the
    thread checks under the lock that ``shut`` takes, so it never emits on a deleted object."""

    seen = Signal(object)

    def __init__(self, watch: QObject, heard: Callable[[Look | None], None]) -> None:
        super().__init__(watch)
        self._gate = _Gate()
        self.seen.connect(heard, Qt.ConnectionType.QueuedConnection)
        # a deleted window deletes its watch without stop(): its ``destroyed`` comes before
        # this child of it is deleted
        watch.destroyed.connect(self._gate.shut)

    def start(self, job: Callable[[], Look]) -> None:
        pause_collector()  # as BackgroundTask does: see background._CollectorPause
        with self._gate.lock:
            self._gate.paused += 1
        threading.Thread(target=_run, args=(job, self, self._gate), daemon=True,
                         name="wtfc read-only look").start()

    def shut(self) -> None:
        self._gate.shut()


class _Gate:
    """Whether a look's answer is still wanted; a plain object the thread may hold after the
    watch and its ``LookBack`` are gone. ``paused``: the looks out that still hold the
    collector off (each resumes it once, by ``shut`` or by its thread's end)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.open = True
        self.paused = 0

    def shut(self, *_destroyed: object) -> None:
        """On the UI thread. A look held by a stuck share may not end all day: its pause ends
        here, or the working window carried on with the collector off (memory growing)."""
        with self.lock:
            self.open, held, self.paused = False, self.paused, 0
        for _ in range(held):
            resume_collector()

    def release(self) -> None:
        """A look's end, on its thread: resumes the collector unless ``shut`` has."""
        with self.lock:
            mine = self.paused > 0
            self.paused -= mine
        if mine:
            resume_collector()


_looking = threading.local()  # the gate of the look this thread runs


def _still_wanted() -> bool:
    gate: _Gate | None = getattr(_looking, "gate", None)
    return gate is None or gate.open


def _run(job: Callable[[], Look], back: LookBack, gate: _Gate) -> None:
    _looking.gate = gate
    try:
        found: Look | None = job()
    except Exception:  # a share gone mid-look: no answer this time, the next tick asks
        found = None
    finally:
        gate.release()
    with gate.lock:
        if gate.open:
            back.seen.emit(found)
