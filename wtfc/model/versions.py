"""Earlier versions of a workshop file: the ``.bak`` copies each save keeps, and going back.

Saving keeps the last few versions beside the file (``NAME.wtfc.bak``, ``.bak2``, ``.bak3``;
see ``storage.save_workshop``), and a version changed elsewhere (another computer, in a synced
folder) that a Save replaced stays as ``NAME (changed elsewhere 10-20).wtfc`` (the app's
``changed_elsewhere``). The facilitator can go back to any of them: that is one undoable step
like any edit (Undo returns to the workshop as it was), and nothing on disk changes until the
next save.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import filecmp
import glob
import os
import re
from dataclasses import dataclass
from pathlib import Path

from wtfc.model.dates import short_date, weekday_name
from wtfc.model.document import Document
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import SUFFIX, LoadedWorkshop, backup_path, load_workshop
from wtfc.model.workshop import Workshop

MAX_VERSIONS = 9  # looked for: .bak … .bak9 (the app keeps three)
CHANGED_ELSEWHERE = "changed elsewhere"  # in the name of a version a Save replaced


@dataclass(frozen=True)
class EarlierVersion:
    """One kept copy of ``of``: ``number`` 1 is the newest (``.bak``); 0 for a version
    changed elsewhere that a Save replaced (``changed_elsewhere``)."""

    of: Path
    number: int
    path: Path
    saved_at: dt.datetime
    changed_elsewhere: bool = False

    def describe(self, now: dt.datetime | None = None, *, seconds: bool = False) -> str:
        """How a menu names it: "Saved today at 14:02", "Saved Thu 26 Nov 2026 at 09:40",
        "Changed elsewhere today at 10:20" (with the seconds when saves came within a minute
        of each other; "01:30 BST" / "01:30 GMT" on the night the clocks go back, when the
        same time comes twice: ``_which_of_twice``)."""
        now = now or dt.datetime.now()
        if self.saved_at.date() == now.date():
            day = "today"
        elif self.saved_at.date() == (now - dt.timedelta(days=1)).date():
            day = "yesterday"
        else:
            day = f"{weekday_name(self.saved_at, short=True)} {short_date(self.saved_at)}"
        said = "Changed elsewhere" if self.changed_elsewhere else "Saved"
        zone = _which_of_twice(self.saved_at)
        return f"{said} {day} at {self.saved_at:{'%H:%M:%S' if seconds else '%H:%M'}}{zone}"


def _local(stamp: float) -> dt.datetime:
    """A file's time in local time, with its offset and zone name: two saves 20 minutes apart
    at 01:10 GMT and 01:50 BST compare as they happened, and can be told apart."""
    return dt.datetime.fromtimestamp(stamp, dt.UTC).astimezone()


_UK = {dt.timedelta(0): "GMT", dt.timedelta(hours=1): "BST"}


def _which_of_twice(when: dt.datetime) -> str:
    """ " GMT" / " BST", or " (before the clocks went back)" / " (after …)" outside the UK's
    offsets: which of the two 01:30s, when the local clock showed ``when``'s time twice (the
    hour repeated when the clocks go back); "" on any other night. From the UTC offset, never
    the system's zone name: Windows names it "GMT Summer Time" / "GMT Standard Time" (in
    Welsh on a Welsh install), as the menu and History then said."""
    offset = when.utcoffset()
    if offset is None:
        return ""
    wall = when.replace(tzinfo=None)
    first, then = (wall.replace(fold=fold).astimezone().utcoffset() for fold in (0, 1))
    if first == then:
        return ""
    if {first, then} == set(_UK):  # the UK's offsets (Ireland and Portugal share them)
        return f" {_UK[offset]}"
    return f" ({'before' if offset == first else 'after'} the clocks went back)"


def earlier_versions(path: Path) -> list[EarlierVersion]:
    """The kept copies of ``path`` that exist, newest first: by their number, as each save
    moves ``.bak`` to ``.bak2`` (``atomic_save``), never by their times, which a clock put
    back an hour (the night the clocks change) or a laptop whose clock was ahead would put
    in the wrong order."""
    found = []
    for number in range(1, MAX_VERSIONS + 1):
        candidate = backup_path(path, number)
        try:
            stamp = candidate.stat().st_mtime
        except OSError:
            continue
        found.append(EarlierVersion(path, number, candidate, _local(stamp)))
    return found


def changed_elsewhere_copies(path: Path) -> list[Path]:
    """'spring (changed elsewhere 10-20).wtfc' (and '… 2.wtfc') beside 'spring.wtfc': only the
    names the app writes (``changed_elsewhere._keep_name``: a time, a date before it when not
    today, a number after when taken), never a file of the user's named alike ("spring
    (changed elsewhere by Jo, keep).wtfc"), since Remove earlier versions… deletes them."""
    stem = path.name[:-len(SUFFIX)] if path.name.lower().endswith(SUFFIX) else path.name
    # any letter case, as the glob finds them on Windows (where 'Spring.wtfc' is 'spring.wtfc')
    made = re.compile(rf"{re.escape(stem)} \({CHANGED_ELSEWHERE} (?:\w+ \w+ \d{{4}} )?"
                      rf"\d\d-\d\d\)(?: \d+)?{re.escape(SUFFIX)}", re.IGNORECASE)
    with contextlib.suppress(OSError):  # a folder gone or unreadable: none to offer
        return sorted(copy for copy in
                      path.parent.glob(f"{glob.escape(stem)} ({CHANGED_ELSEWHERE} *{SUFFIX}")
                      if made.fullmatch(copy.name))
    return []


def set_aside_copies(path: Path, ending: str = "damaged") -> list[Path]:
    """'spring.wtfc.damaged', '.damaged2' … beside 'spring.wtfc' (``DamagedFile.aside_name``;
    ``ending`` "empty" for the empty ones): only the names wtfc writes, any letter case."""
    made = re.compile(rf"{re.escape(path.name)}\.{ending}(?:[2-9]|[1-9]\d)?", re.IGNORECASE)
    with contextlib.suppress(OSError):
        return sorted(copy for copy in path.parent.glob(f"{glob.escape(path.name)}.{ending}*")
                      if made.fullmatch(copy.name) and copy.is_file())
    return []


def kept_files(path: Path) -> list[Path]:
    """Every copy kept beside ``path`` that holds the workshop's words (``.bak`` … ``.bak9``,
    newest first, its "changed elsewhere" copies, then the damaged file an earlier version
    replaced, ``.damaged``…): what File → Go back to an earlier version → Remove earlier
    versions… removes, asked. Nothing else of the folder."""
    return [v.path for v in earlier_versions(path)] + changed_elsewhere_copies(path) \
        + set_aside_copies(path)


def remove_kept(paths: list[Path]) -> list[tuple[Path, str]]:
    """Delete the files; those that could not go, each with why in plain words (one already
    gone is no failure: it is gone, as asked)."""
    failed = []
    for kept in paths:
        try:
            kept.unlink()
        except FileNotFoundError:
            continue
        except PermissionError:
            failed.append((kept, "you may not change files in that folder, or another program "
                                 "has it open"))
        except OSError as exc:
            failed.append((kept, (exc.strerror or str(exc)).lower()))
    return failed


def versions_to_go_back_to(path: Path) -> list[EarlierVersion]:
    """The kept copies and the versions changed elsewhere that a Save replaced, newest first.
    Right after that Save, ``.bak`` holds the same bytes as the version changed elsewhere: it
    is listed once, as changed elsewhere, the name that outlasts the ``.bak`` rotation."""
    elsewhere = []
    for copy in changed_elsewhere_copies(path):
        with contextlib.suppress(OSError):
            when = _local(copy.stat().st_mtime)
            elsewhere.append(EarlierVersion(path, 0, copy, when, changed_elsewhere=True))
    elsewhere.sort(key=lambda v: v.saved_at.timestamp(), reverse=True)
    kept = [v for v in earlier_versions(path)
            if not any(_same_bytes(v.path, other.path) for other in elsewhere)]
    # merged by time, each list kept in its own order: the .bak copies stay in the order of
    # their numbers, whatever a wrong clock wrote as their times
    merged: list[EarlierVersion] = []
    while kept and elsewhere:
        newer = kept if kept[0].saved_at.timestamp() >= elsewhere[0].saved_at.timestamp() \
            else elsewhere
        merged.append(newer.pop(0))
    return merged + kept + elsewhere


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_size == b.stat().st_size and filecmp.cmp(a, b, shallow=False)
    except OSError:
        return False


def describe_all(versions: list[EarlierVersion],
                 now: dt.datetime | None = None) -> list[str]:
    """Names for a list of versions, told apart by the second when two share a minute (and
    those alike numbered, newest first, when even the seconds agree)."""
    names = [v.describe(now) for v in versions]
    if len(set(names)) < len(names):
        names = [v.describe(now, seconds=True) for v in versions]
    if len(set(names)) < len(names):  # only those alike: "Changed elsewhere…" stands apart
        alike = [name for name in names if names.count(name) > 1]
        seen: dict[str, int] = {}
        for index, name in enumerate(names):
            if name in alike:
                seen[name] = seen.get(name, 0) + 1
                names[index] = f"{name} (copy {seen[name]})"
    return names


def read_version(version: EarlierVersion) -> LoadedWorkshop:
    """The workshop in a kept copy, with what opening it let go of (``forgotten``: said, as
    opening the file says it). Raises ``WorkshopFileError`` (plain English) when the copy is
    damaged, or was written by a newer wtfc (going back to it could lose what it holds)."""
    loaded = load_workshop(version.path)
    if loaded.read_only_reason:
        raise WorkshopFileError(loaded.read_only_reason)
    return loaded


@dataclass
class GoBackToVersion:
    """The undoable step "Go back to the version saved today at 14:02".

    The whole workshop is swapped: the views rebuild as when a file is opened. Parts are never
    changed in place and later edits are undone before this one, so the two workshop objects are
    exactly as they were whenever this step is done or undone.
    """

    label: str
    before: Workshop
    after: Workshop

    def do(self, doc: Document) -> None:
        self._show(doc, self.after)

    def undo(self, doc: Document) -> None:
        self._show(doc, self.before)

    @staticmethod
    def _show(doc: Document, workshop: Workshop) -> None:
        doc.replace_workshop(workshop)
        doc.announce({}, ())  # an edit like any other: autosave and the title follow it


def go_back_to(doc: Document, version: EarlierVersion, workshop: Workshop) -> GoBackToVersion:
    description = version.describe()
    return GoBackToVersion(f"Go back to the version {description[0].lower()}{description[1:]}",
                           doc.workshop, workshop)


def newest_readable(path: Path) -> tuple[EarlierVersion, LoadedWorkshop] | None:
    """The newest kept version of ``path`` that opens, as read: what to offer when
    ``path`` itself is damaged or missing. None when there is none."""
    for version in earlier_versions(path):
        try:
            return version, read_version(version)
        except WorkshopFileError:
            continue
    return None


@dataclass(frozen=True)
class DamagedFile:
    """A workshop file that would not open, replaced in the app by an earlier version: the
    first save sets it aside as ``NAME.wtfc.damaged`` rather than letting it push a good
    version out of the three kept (never deleted unasked: Remove earlier versions… and Delete
    this workshop and its copies… name it). An empty one (a synced folder's
    placeholder, not damaged) is set aside as ``NAME.wtfc.empty``: ``ending``."""

    path: Path
    stamp: tuple[int, int] | None  # as it was when it would not open
    ending: str = "damaged"

    @classmethod
    def at(cls, path: Path, *, ending: str = "damaged") -> DamagedFile:
        return cls(path, _stamp(path), ending)

    def aside_name(self) -> Path:
        """``NAME.wtfc.damaged`` (or the ``ending`` given), ``.damaged2``… when taken."""
        for number in range(1, 100):
            count = number if number > 1 else ""
            aside = self.path.with_name(f"{self.path.name}.{self.ending}{count}")
            if not aside.exists():
                break
        return aside

    def set_aside(self, target: Path) -> Path | None:
        """Before saving to ``target``: move the damaged file out of the way, if ``target``
        is it and it is as it was (not since put right elsewhere). Where it went, or None."""
        if self.stamp is None or _stamp(target) != self.stamp:
            return None
        try:
            if not os.path.samefile(target, self.path):
                return None
            aside = self.aside_name()
            os.rename(target, aside)
        except OSError:  # then it is kept as .bak by the save, as any file replaced
            return None
        return aside

    @staticmethod
    def put_back(aside: Path | None, target: Path) -> None:
        """The save failed: the damaged file goes back to its name (nothing is lost)."""
        if aside is not None and not target.exists():
            with contextlib.suppress(OSError):
                os.rename(aside, target)


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return (status.st_mtime_ns, status.st_size)
