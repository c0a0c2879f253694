"""Before crashed sessions are offered: what needs no choice is dealt with quietly.

- A recovery copy whose workshop its file already holds is no work lost: wtfc stopped just
  after a Save wrote the file, before the copy was removed. Offered, Restore (the default)
  opened the same workshop as unsaved, and its Save then asked whether to save over "a file
  changed on disk". It goes without a word. A first save or a Save As names the file it is
  writing in the copy (``saving_to``), so a new workshop saved is not offered back as
  "Untitled (never saved)".
- What a save cut short left beside the file it was writing goes: its lock (beside no file,
  after a first save or a Save As into a new folder), its hidden temporary (a whole copy of
  the workshop, names and all: on Windows a dot-file is not hidden), the version it replaced
  (kept as ``.bak`` at last), and an export's temporary in that folder. Only while this copy
  holds that file's lock, so nothing a running copy of wtfc writes is touched.

Loaded only when a crashed session was found.
"""

from __future__ import annotations

from pathlib import Path

from wtfc.model.errors import WorkshopFileError
from wtfc.model.recovery import Snapshot, SnapshotHeader, read_damaged
from wtfc.model.storage import load_workshop
from wtfc.ui.autosave import CrashedSession
from wtfc.ui.file_controller import same_path, tidy_after_crash
from wtfc.ui.file_lock import FileLock


def sort_out(window, sessions: list[CrashedSession]) -> list[CrashedSession]:
    """Tidy after each crashed session; the ones still to offer (copies of work no file
    holds), in the same order."""
    offered = []
    for crashed in sessions:
        header = crashed.snapshot.header if crashed.snapshot is not None else _damaged(crashed)
        if header is not None:
            for path in _files_of(header):
                _tidy_beside(window, path)
        if crashed.snapshot is not None and already_saved(crashed.snapshot):
            crashed.discard()
        else:
            offered.append(crashed)
    return offered


def already_saved(snapshot: Snapshot) -> bool:
    """The file the copy was of, or the one its save was writing, holds its workshop, part
    for part (by content: a file written again has another time and may have other bytes)."""
    if snapshot.newer_version:  # read without the parts this wtfc does not know: not compared
        return False
    for path in _files_of(snapshot.header):
        try:
            saved = load_workshop(path).workshop
        except (WorkshopFileError, OSError):
            continue
        if saved == snapshot.workshop:  # every part, and their order
            return True
    return False


def _files_of(header: SnapshotHeader) -> list[Path]:
    return [Path(p) for p in dict.fromkeys((header.saving_to, header.original_path)) if p]


def _damaged(crashed: CrashedSession) -> SnapshotHeader | None:
    damage = read_damaged(crashed.folder)
    return damage.header if damage is not None else None


def _tidy_beside(window, path: Path) -> None:
    """Its session is gone: while no running copy holds ``path``'s lock, this one takes it
    (a crashed copy's lock is taken over), clears what the save left, and lets it go."""
    if same_path(path, window.files.path):
        return  # opened here: tidied as it was opened
    if not path.parent.is_dir():
        return
    with FileLock(window.files.lock.fallback_dir) as probe:
        if probe.acquire(path) is None and probe.guarding:
            tidy_after_crash(path, writer_gone=True)
