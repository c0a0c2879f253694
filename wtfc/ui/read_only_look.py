"""What the read-only watch (``read_only_watch``) reads from the disk, done on a worker thread.

The watch's usual file is on a shared folder another computer holds ("on LAPTOP-7F"). A share
that has stopped answering can hold one stat for tens of seconds: done on the UI thread every
few seconds, the read-only window (often the one on the projector) froze with it. Nothing here
touches a widget or the live workshop: the watch compares what is read, back on the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from wtfc.model.errors import WorkshopFileError
from wtfc.model.same_file import same_file
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop
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
    if stamp is None or stamp in (opened, known):
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
