"""Recovery snapshots: the open workshop copied to the app's recovery folder, never over the
user's own file, so a crash costs seconds of work, not the day.

A running instance owns one *session folder* ``RECOVERY/<instance id>/`` holding its snapshot
(``snapshot.wtfc-recovery``) beside the lock that says it is alive (kept by the Qt layer). A
snapshot is one line of JSON header (which file and which version of it, which title, when,
which process on which computer) followed by the workshop exactly as a ``.wtfc`` file holds
it, written atomically.

Serialising runs where the edits happen (it must see one consistent workshop) and is kept
short by remembering each part's JSON: parts are replaced by copies, never changed in place, so
a part that is the very same object as last time has the same JSON.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import socket
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wtfc.model.document import COLLECTIONS
from wtfc.model.errors import WorkshopFileError
from wtfc.model.file_mode import PRIVATE_FOLDER_MODE
from wtfc.model.json_bounds import too_big_to_read
from wtfc.model.storage import MAX_FILE_BYTES, load_workshop, workshop_from_bytes, write_atomically
from wtfc.model.workshop import Workshop

if TYPE_CHECKING:
    from wtfc.model.recovery_compare import Comparison

SNAPSHOT_NAME = "snapshot.wtfc-recovery"
LOCK_NAME = "session.lock"
FORMAT = "wtfc-recovery 1"


@dataclass
class SnapshotHeader:
    """What a snapshot is of, and who wrote it when."""

    original_path: str  # "" for a workshop never saved
    title: str
    untitled_name: str = "Untitled"
    # a new cycle's last-time file (File → New workshop from this one…): Review compares with
    # it and it is never saved over, after a restore too. None in snapshots written before.
    made_from: str | None = None
    saved_at: str = ""  # ISO time with zone, when the snapshot was taken
    # the saved file as the session last read or wrote it ([mtime_ns, size] and its bytes'
    # sha256): a restore Saves over it only after asking if it has changed since, on another
    # computer say. None / "" in snapshots written before, and for a workshop never saved.
    based_on: list[int] | None = None
    based_on_sha256: str = ""
    # the file a first save or a Save As was writing as this copy was taken: holding this
    # workshop there, the save finished and the copy is nothing to recover ("" otherwise)
    saving_to: str = ""
    pid: int = 0
    hostname: str = ""
    instance_id: str = ""
    format: str = FORMAT

    def taken_at(self) -> dt.datetime | None:
        """When the snapshot was taken (in local time), or None if the header does not say."""
        try:
            return dt.datetime.fromisoformat(self.saved_at).astimezone()
        except (ValueError, TypeError):
            return None


class DamagedSnapshot(WorkshopFileError):
    """A recovery copy that cannot be restored. ``header`` (None when it is unreadable too)
    still says which workshop it was; ``rescue`` is the copy's workshop part as it is (the
    whole file when that cannot be found), for Save elsewhere… and someone technical."""

    def __init__(self, problem: str, header: SnapshotHeader | None, rescue: bytes) -> None:
        super().__init__(problem)
        self.header = header
        self.rescue = rescue


@dataclass
class Snapshot:
    """A snapshot read back. ``body`` is the workshop's bytes as written (a whole ``.wtfc``
    file); ``newer_version`` says why it must not be restored here when a newer wtfc wrote it
    (``workshop`` then lacks the parts this version does not know)."""

    header: SnapshotHeader
    workshop: Workshop
    path: Path
    body: bytes = b""
    newer_version: str = ""


def new_instance_id() -> str:
    return uuid.uuid4().hex


def this_host() -> str:
    return socket.gethostname()


class SnapshotSerializer:
    """Builds snapshot bytes, re-serialising only the parts that changed since the last call.

    Per collection it keeps the parts it saw (so their ids cannot be reused) with their JSON;
    a collection whose parts are all the very same objects reuses its whole JSON at once.
    """

    def __init__(self) -> None:
        self._seen: dict[str, tuple[list[int], bytes, dict[int, tuple[object, bytes]]]] = {}

    def snapshot_bytes(self, workshop: Workshop, header: SnapshotHeader) -> bytes:
        header.saved_at = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        head = json.dumps(asdict(header), ensure_ascii=True).encode("ascii")
        details = workshop.model_dump_json(exclude=set(COLLECTIONS)).encode("utf-8")
        out = [head, b"\n", details[:-1]]
        for name in COLLECTIONS:
            out.append(b',"' + name.encode("ascii") + b'":[' + self._collection(workshop, name)
                       + b"]")
        out.append(b"}")
        return b"".join(out)

    def _collection(self, workshop: Workshop, name: str) -> bytes:
        parts = getattr(workshop, name)
        ids = list(map(id, parts))
        seen = self._seen.get(name)
        if seen is not None and seen[0] == ids:  # the same objects in the same order
            return seen[1]
        old = seen[2] if seen is not None else {}
        cache: dict[int, tuple[object, bytes]] = {}
        for part, key in zip(parts, ids, strict=True):
            hit = old.get(key)
            if hit is None or hit[0] is not part:
                hit = (part, part.__pydantic_serializer__.to_json(part))
            cache[key] = hit
        chunk = b",".join(hit[1] for hit in cache.values()) if len(cache) == len(parts) else \
            b",".join(cache[key][1] for key in ids)
        self._seen[name] = (ids, chunk, cache)  # only today's parts: replaced ones are let go
        return chunk

    def forget(self) -> None:
        self._seen = {}


def make_session_folder(session: Path) -> None:
    """The recovery folder and the session's folder, open to this user alone: a snapshot holds
    names not yet redacted. A recovery folder an earlier version left open is closed too, which
    shuts away the sessions in it. Raises ``OSError`` when a folder cannot be made."""
    for folder in (session.parent, session):
        folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
        with contextlib.suppress(OSError):  # mkdir's mode is cut by the umask, and an old
            os.chmod(folder, PRIVATE_FOLDER_MODE)  # folder keeps its own: set both


def write_snapshot(data: bytes, session: Path) -> None:
    """Atomically replace the session's snapshot, readable by this user alone. Raises
    ``WorkshopFileError``."""
    write_atomically(data, session / SNAPSHOT_NAME, backup=False, private=True)


def remove_snapshot(session: Path) -> None:
    (session / SNAPSHOT_NAME).unlink(missing_ok=True)


def remove_session(session: Path) -> None:
    """The whole session folder goes (its lock must be released first)."""
    shutil.rmtree(session, ignore_errors=True)


def session_folders(recovery_dir: Path) -> list[Path]:
    """Every session folder, oldest snapshot first; the folder may not exist yet."""
    if not recovery_dir.is_dir():
        return []
    folders = [p for p in recovery_dir.iterdir() if p.is_dir() and p.name != "locks"]
    return sorted(folders, key=snapshot_time)


def snapshot_time(session: Path) -> float:
    """When the session's snapshot was last written (0 when it has none)."""
    try:
        return (session / SNAPSHOT_NAME).stat().st_mtime
    except OSError:
        return 0.0


def read_snapshot(session: Path) -> Snapshot:
    """The snapshot in a session folder. Raises ``WorkshopFileError`` if it is missing or bad:
    ``DamagedSnapshot``, with what can still be read of it, when it is damaged."""
    path = session / SNAPSHOT_NAME
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise WorkshopFileError("The recovery copy is too big to be a workshop.")
        data = path.read_bytes()
    except OSError as exc:
        raise WorkshopFileError(f"The recovery copy could not be read ({exc.strerror}).") from exc
    head, _, body = data.partition(b"\n")
    if too_big_to_read(head, "The recovery copy") is not None:  # a line of "[],": GBs to read
        raise WorkshopFileError("The recovery copy is too big to be a workshop.")
    try:
        raw = json.loads(head)
        if _newer_format(raw.get("format")):
            raise WorkshopFileError(
                "The recovery copy was made by a newer version of wtfc, which keeps it in a "
                "way this version cannot read. Start the newer version to get it back: "
                "Decide later keeps it until then.")
        header = SnapshotHeader(**{k: v for k, v in raw.items()
                                   if k in SnapshotHeader.__dataclass_fields__})
        if header.format != FORMAT or not isinstance(header.original_path, str):
            raise ValueError(header.format)
        if not isinstance(header.made_from, str) or not header.made_from:
            header.made_from = None  # not a file's name: the work itself is still whole
        if not _is_stamp(header.based_on):
            header.based_on = None  # unknown: restored as before, against the file as it is
        if not isinstance(header.based_on_sha256, str):
            header.based_on_sha256 = ""
        if not isinstance(header.saving_to, str):
            header.saving_to = ""
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise DamagedSnapshot("The recovery copy is damaged: the part that says which workshop "
                              "it is cannot be read.", None, body or data) from exc
    try:
        loaded = workshop_from_bytes(body, name="The recovery copy")
    except WorkshopFileError as exc:
        raise DamagedSnapshot(_damage_words(exc), header, body or data) from exc
    newer = ""
    if loaded.read_only_reason:
        newer = ("This recovery copy was made by a newer version of wtfc. Restoring it here "
                 "would lose the parts this version does not know: use Save elsewhere… to keep "
                 "it whole as a file, and open that with the newer version.")
    return Snapshot(header, loaded.workshop, path, body, newer)


def read_damaged(session: Path) -> DamagedSnapshot | None:
    """What a damaged snapshot still says (which workshop, its bytes); None when it is not
    one that can be rescued (missing, unreadable, from a newer wtfc, or not damaged)."""
    try:
        read_snapshot(session)
    except DamagedSnapshot as damage:
        return damage
    except WorkshopFileError:
        return None  # not damaged but unreadable: nothing in it can be rescued
    return None


def _damage_words(exc: WorkshopFileError) -> str:
    """The storage layer's words name lines and columns, which tell a facilitator nothing."""
    if "newer version" in exc.problem:
        return ("The recovery copy was made by a newer version of wtfc, which allows what this "
                "version does not. Use Save elsewhere… to keep it as a file, and open that with "
                "the newer version.")
    if "cut short" in exc.problem or "is empty" in exc.problem:
        return ("The recovery copy is damaged: it stops part-way through (wtfc was probably "
                "stopped while writing it), so it cannot be restored.")
    return "The recovery copy is damaged: part of it cannot be read, so it cannot be restored."


def _is_stamp(value: object) -> bool:
    return (isinstance(value, list) and len(value) == 2
            and all(isinstance(n, int) and not isinstance(n, bool) for n in value))


def file_digest(path: Path) -> str | None:
    """The sha256 of a workshop file's bytes (None when it is not a file that can be read):
    what tells a file written again with the same bytes from one really changed."""
    import stat

    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_FILE_BYTES:
            return None
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _newer_format(value: object) -> bool:
    """"wtfc-recovery 2" and later: written by a newer wtfc, not damaged."""
    if not isinstance(value, str) or not value.startswith("wtfc-recovery "):
        return False
    number = value.removeprefix("wtfc-recovery ")
    return number.isdigit() and int(number) > int(FORMAT.removeprefix("wtfc-recovery "))


def compare_with_saved(snapshot: Snapshot) -> Comparison:
    """Compare the snapshot with the file it was of (read only, never written)."""
    # loaded only when a copy is offered, never on an ordinary start
    from wtfc.model.recovery_compare import Comparison, compare_parts

    path = snapshot.header.original_path
    if not path:
        return Comparison(None, "never saved")
    try:
        status = os.stat(path)
        saved_time = dt.datetime.fromtimestamp(status.st_mtime).astimezone()
        saved = load_workshop(path).workshop
    except (FileNotFoundError, NotADirectoryError):
        return Comparison(None, "the saved file is missing", saved_missing=True)
    except OSError as exc:
        return Comparison(None, f"the saved file could not be read ({exc.strerror})")
    except WorkshopFileError as exc:
        return Comparison(None, str(exc))
    result = compare_parts(saved, snapshot.workshop, saved_time)
    head = snapshot.header
    if head.based_on is not None:  # which file the session worked on is known: no guessing
        result.changed_elsewhere = (
            [status.st_mtime_ns, status.st_size] != head.based_on
            and (not head.based_on_sha256 or file_digest(Path(path)) != head.based_on_sha256))
        return result
    taken = head.taken_at()
    # the copy's time is kept to the second: only a save a whole second later is surely after it
    result.saved_after_copy = taken is not None and saved_time >= taken + dt.timedelta(seconds=1)
    return result
