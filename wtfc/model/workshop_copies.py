"""Every file wtfc made of one workshop beside it, for File → Delete this workshop and its
copies… (review 36 R6 R3): a council deleting a workshop it is finished with (a retention
period met) must not have to know that each save keeps versions, that a Save over a colleague's
version keeps theirs, that a damaged file is set aside, or that a crash mid-save leaves a hidden
half-written copy. Only the names wtfc writes are listed, never a file of the user's named
alike ("spring notes.docx", "spring (changed elsewhere by Jo).wtfc").

Its recovery copies (wtfc's own folder) and its lock are the Qt layer's: ``recovery_of`` finds
the first, and releasing the lock removes its file.
"""

from __future__ import annotations

import datetime as dt
import filecmp
import time
from dataclasses import dataclass
from pathlib import Path

from wtfc.model import temporary_files
from wtfc.model.storage import SUFFIX
from wtfc.model.versions import (
    changed_elsewhere_copies,
    earlier_versions,
    remove_kept,
    set_aside_copies,
)

# what each is, as the question names it
FILE, EARLIER, COLLEAGUE, DAMAGED, EMPTY, HALF_SAVED = (
    "the workshop", "an earlier version", "a colleague's version a save replaced",
    "the file that would not open", "an empty file set aside", "left by a save cut short")
COLLEAGUE_EARLIER, COLLEAGUE_DAMAGED = (
    "an earlier version of the colleague's version",
    "a file of the colleague's version that would not open")


@dataclass(frozen=True)
class CopyBeside:
    path: Path
    what: str  # one of the words above
    changed: dt.datetime | None  # when it was last written (local time), if known
    of_colleague: Path | None = None  # the colleague's version this one is a copy of


def copies_beside(path: Path) -> list[CopyBeside]:
    """``path`` (when there) and every copy of it wtfc made in its folder, in that order."""
    found: list[tuple[Path, str, Path | None]] = [(path, FILE, None)] if path.is_file() else []
    found += [(v.path, EARLIER, None) for v in earlier_versions(path)]
    for copy in changed_elsewhere_copies(path):
        # opened and saved, a colleague's version keeps its own versions (review 36 A5 M4)
        found.append((copy, COLLEAGUE, None))
        found += [(v.path, COLLEAGUE_EARLIER, copy) for v in earlier_versions(copy)]
        found += [(kept, COLLEAGUE_DAMAGED, copy) for kept in set_aside_copies(copy)]
    found += [(copy, DAMAGED, None) for copy in set_aside_copies(path)]
    found += [(copy, EMPTY, None) for copy in set_aside_copies(path, "empty")]
    if twins := _twins(path):
        # a case-sensitive disk with 'Spring.wtfc' beside 'spring.wtfc' (review 36 A5 M1): the
        # names found in any letter case may be the other's, and the crash-left copies' keys
        # are the name casefolded, so shared: only names spelt as this one's are its own, and
        # a crash-left copy only when it holds this file's workshop (code review M3)
        found = [(copy, what, of) for copy, what, of in found
                 if _spelt_as_own(path, of or copy, twins)]
        found += [(left, HALF_SAVED, None) for left in _half_saved(path)
                  if _whose(left, path, twins) == path]
        found += [(left, HALF_SAVED, None)
                  for left in temporary_files.temporaries_named_before(path)]
    else:
        found += [(left, HALF_SAVED, None) for left in _half_saved(path)]
        found += [(left, HALF_SAVED, None)
                  for left in temporary_files.temporaries_named_before(path)]
    return [CopyBeside(copy, what, _changed(copy), of) for copy, what, of in found]


@dataclass(frozen=True)
class LeftBeside:
    """The copies a save cut short left whose file cannot be told: 'spring.wtfc''s, or that of
    ``twins`` (its name differing in letter case alone, on a case-sensitive disk), as their
    hidden names are made of the name casefolded. Left, and named so."""

    copies: list[CopyBeside]
    twins: list[Path]


def left_beside(path: Path) -> LeftBeside:
    """What ``copies_beside`` leaves as perhaps another file's (none without a twin)."""
    if not (twins := _twins(path)):
        return LeftBeside([], [])
    return LeftBeside([CopyBeside(left, HALF_SAVED, _changed(left))
                       for left in _half_saved(path) if _whose(left, path, twins) is None],
                      twins)


def whose_left(left: Path, path: Path) -> Path | None:
    """The file a copy a save cut short left beside ``path`` is of: ``path`` when no other
    name in the folder differs from its name in letter case alone, else as ``_whose`` tells
    (None when it cannot be told)."""
    twins = _twins(path)
    return _whose(left, path, twins) if twins else path


def _whose(left: Path, path: Path, twins: list[Path]) -> Path | None:
    """Of the files ``left`` may be of (``path`` and its ``twins``), the one it is known to be
    of: the file itself (a save cut short before the replace: the same file, hard-linked, or
    the same bytes), or the only one whose workshop shares a card with it (cut short after:
    the version before it). None when that cannot be told."""
    from wtfc.model.recovery_of import card_ids_in
    from wtfc.model.same_file import same_file

    files = [path, *twins]
    for file in files:
        try:
            if same_file(left, file) or filecmp.cmp(left, file, shallow=False):
                return file
        except OSError:
            continue
    if not (ids := card_ids_in(left)):
        return None
    sharing = [file for file in files if ids & (card_ids_in(file) or set())]
    return sharing[0] if len(sharing) == 1 else None


def _stem(path: Path) -> str:
    return path.name[:-len(SUFFIX)] if path.name.lower().endswith(SUFFIX) else path.name


def _spelt_as_own(path: Path, copy: Path, twins: list[Path]) -> bool:
    """``copy`` carries this file's name as spelt ('spring.wtfc.bak', not 'Spring.wtfc.bak');
    a colleague's version only when no twin has this stem (its names end '.wtfc' whatever the
    file's ending, so 'spring.WTFC' and 'spring.wtfc' would name theirs alike)."""
    if copy.name.startswith(path.name):
        return True
    return copy.name.startswith(f"{_stem(path)} (") and \
        all(_stem(twin) != _stem(path) for twin in twins)


def _twins(path: Path) -> list[Path]:
    """Other files in the folder whose names differ from ``path``'s in letter case alone
    (only a case-sensitive disk has them)."""
    name = path.name.casefold()
    try:
        return [other for other in path.parent.iterdir()
                if other.name != path.name and other.name.casefold() == name]
    except OSError:
        return []


def _half_saved(path: Path) -> list[Path]:
    """A crash mid-save's hidden copies of ``path``: its ``.prev`` (named by an 8-hex key) and
    temporaries of its 4-hex key old enough to be no save under way (``STALE_SECONDS``: the
    lock is held here, so none of this file's is), as ``remove_stale_temporaries`` takes them.
    Both are named by the name casefolded: a twin's are found too."""
    stale_before = time.time() - temporary_files.STALE_SECONDS
    found = [aside] if (aside := temporary_files.aside_beside(path)).is_file() else []
    for left in temporary_files.temporaries_of_key(path):
        try:
            if left.stat().st_mtime < stale_before:
                found.append(left)
        except OSError:
            continue
    return found


def _changed(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    except OSError:
        return None


def delete_copies(copies: list[CopyBeside]) -> list[tuple[Path, str]]:
    """Delete them; those that could not go, each with why in plain words."""
    return remove_kept([copy.path for copy in copies])
