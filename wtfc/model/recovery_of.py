"""The recovery copies of one workshop file: the session folders whose snapshot says it was of
that file (``original_path``), or was being saved to it (``saving_to``: a first save, a Save
As). A copy kept with Decide later holds the whole workshop with its unsaved work, so deleting
what a person withdrew (Remove this person…, Remove earlier versions…) has to reach it too.

Only each snapshot's first line (its header) is read: the workshop after it may be megabytes,
and a damaged copy still names its file there. Whether a copy's wtfc is still running is the Qt
layer's to say (its session lock): this module lists them all but ``own``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from wtfc.model.recovery import FORMAT, SNAPSHOT_NAME, SnapshotHeader, session_folders
from wtfc.model.same_file import same_file

HEADER_BYTES = 64 * 1024  # a header line is a few hundred bytes: longer is no header


@dataclass(frozen=True)
class RecoveryCopyOf:
    """One recovery session folder of the file asked about."""

    folder: Path
    header: SnapshotHeader
    taken: dt.datetime | None  # when the snapshot was written (local time), if known

    @property
    def instance_id(self) -> str:
        return self.folder.name


def header_of(session: Path) -> SnapshotHeader | None:
    """The header of ``session``'s snapshot, or None when it has none that reads."""
    try:
        with open(session / SNAPSHOT_NAME, "rb") as stream:
            line = stream.readline(HEADER_BYTES)
    except OSError:
        return None
    try:
        raw = json.loads(line)
        header = SnapshotHeader(**{k: v for k, v in raw.items()
                                   if k in SnapshotHeader.__dataclass_fields__})
    except (ValueError, TypeError, AttributeError, RecursionError):
        return None
    if header.format != FORMAT or not isinstance(header.original_path, str):
        return None
    if not isinstance(header.saving_to, str):
        header.saving_to = ""
    return header


def is_of(header: SnapshotHeader, path: str | os.PathLike[str]) -> bool:
    """The copy was of ``path``, or its save was writing it."""
    return any(same_file(path, named) for named in (header.original_path, header.saving_to)
               if named)


def recovery_copies_of(path: str | os.PathLike[str], folders: Iterable[Path], *,
                       own: str = "") -> list[RecoveryCopyOf]:
    """Every recovery copy of ``path`` in ``folders`` (``recovery_dirs()``), oldest first,
    but this session's own (``own``: its instance id), which is rewritten as it edits."""
    found = []
    for folder in folders:
        for session in session_folders(folder):
            if session.name == own or (header := header_of(session)) is None:
                continue
            if is_of(header, path):
                found.append(RecoveryCopyOf(session, header, _taken(session, header)))
    return found


def _taken(session: Path, header: SnapshotHeader) -> dt.datetime | None:
    if (when := header.taken_at()) is not None:
        return when
    try:
        return dt.datetime.fromtimestamp((session / SNAPSHOT_NAME).stat().st_mtime).astimezone()
    except OSError:
        return None
