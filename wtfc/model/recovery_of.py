"""The recovery copies of one workshop file: the session folders whose snapshot says it was of
that file (``original_path``), or was being saved to it (``saving_to``: a first save, a Save
As). A copy kept with Decide later holds the whole workshop with its unsaved work, so deleting
what a person withdrew (Remove this person…, Remove earlier versions…) has to reach it too.

Only each snapshot's first line (its header) is read to find them: the workshop after it may be
megabytes, and a damaged copy still names its file there. Whether a copy's wtfc is still running
is the Qt layer's to say (its session lock): this module lists them all but ``own``.

A path is no proof (review 36 A5 S2): last cycle's 'spring.wtfc' crashed and its copy was kept
with Decide later, the file was archived and this cycle's saved under the same name. That copy
is another workshop's, and Remove this person… cut another person's cards from it. So a copy
whose cards share no id with the workshop's (card ids are random, never reused) and which was
not taken from the file as it is now is an earlier workshop's (``another_workshop``), left
alone. A copy is this workshop's only by such evidence (code review M2, session 36): one with
no cards (last cycle's, crashed before its sheet was imported) is this one's only when it was
taken from the file or a kept version of it; Remove this person… took last cycle's P90 row out
of such a copy. One whose workshop cannot be read is this one's only when taken from the file
or a kept version of it, or from no file at all (a first save's): last cycle's damaged copy was
deleted with this workshop (code review A2, session 37).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wtfc.model.json_bounds import too_big_to_read
from wtfc.model.recovery import FORMAT, SNAPSHOT_NAME, SnapshotHeader, file_digest, session_folders
from wtfc.model.same_file import same_file
from wtfc.model.storage import MAX_FILE_BYTES, as_utf8

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
                       own: str = "", card_ids: Collection[str] | None = None
                       ) -> list[RecoveryCopyOf]:
    """Every recovery copy of ``path`` in ``folders`` (``recovery_dirs()``), oldest first,
    but this session's own (``own``: its instance id), which is rewritten as it edits, and
    those of an earlier workshop saved under this name (``copies_by_name``)."""
    return copies_by_name(path, folders, own=own, card_ids=card_ids).of


@dataclass
class CopiesByName:
    of: list[RecoveryCopyOf] = field(default_factory=list)
    # of an earlier workshop saved under this name: to be left as they are, and named so
    another_workshop: list[RecoveryCopyOf] = field(default_factory=list)


def copies_by_name(path: str | os.PathLike[str], folders: Iterable[Path], *, own: str = "",
                   card_ids: Collection[str] | None = None) -> CopiesByName:
    """The recovery copies naming ``path``, told apart: this workshop's, and another's saved
    under this name earlier. ``card_ids`` are the open workshop's; without them, those of the
    file as it is on disk (read only when some copy names it)."""
    found = CopiesByName()
    ids: Collection[str] | None = card_ids
    for folder in folders:
        for session in session_folders(folder):
            if session.name == own or (header := header_of(session)) is None:
                continue
            if not is_of(header, path):
                continue
            copy = RecoveryCopyOf(session, header, _taken(session, header))
            theirs = card_ids_in(session / SNAPSHOT_NAME, skip_line=True)
            if theirs and ids is None:
                ids = card_ids_in(Path(path)) or ()
            if (theirs is None and not header.based_on_sha256) \
                    or (theirs and theirs & set(ids or ())) or _taken_from(header, path):
                found.of.append(copy)
            else:  # no card shared, none to share, and not taken from the file: another's
                found.another_workshop.append(copy)
    return found


def _taken_from(header: SnapshotHeader, path: str | os.PathLike[str]) -> bool:
    """The copy was taken from the file as it is now (its bytes, as the copy last read them)."""
    if not header.based_on_sha256:
        return False
    from wtfc.model.versions import earlier_versions

    file = Path(path)
    return any(header.based_on_sha256 == file_digest(kept)
               for kept in (file, *(v.path for v in earlier_versions(file))))


def card_ids_in(file: Path, *, skip_line: bool = False) -> set[str] | None:
    """The ids of the cards in a workshop file (a snapshot's after its header line); None when
    it cannot be read. Read as plain JSON: only the ids are wanted, not a checked workshop."""
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            return None
        data = file.read_bytes()
    except OSError:
        return None
    if skip_line:
        data = data.partition(b"\n")[2]
    try:
        data = as_utf8(data)
        if too_big_to_read(data, file.name) is not None:
            return None
        cards = json.loads(data).get("cards")
        return {card["id"] for card in cards if isinstance(card.get("id"), str)}
    except (ValueError, TypeError, AttributeError, KeyError, RecursionError):
        return None


def _taken(session: Path, header: SnapshotHeader) -> dt.datetime | None:
    if (when := header.taken_at()) is not None:
        return when
    try:
        return dt.datetime.fromtimestamp((session / SNAPSHOT_NAME).stat().st_mtime).astimezone()
    except OSError:
        return None
