"""The hidden copies a save or an export writes before it replaces a file, and the rename.

A temporary is named ``.wtfc-KKKKxxxxxxxx.tmp`` in the file's folder: ``KKKK`` stands for the
file's name (so only its own are ever cleared away) and the rest is ``mkstemp``'s. It is 22
characters whatever the file's name, so beside any name of 22 characters or more it is never
the longer path: Windows allows 259 characters for a whole path, and a temporary named after
the file (``.NAME.xxxxxxxx.tmp``, as before) failed where the file itself would fit. A rename
refused for a moment by another program (OneDrive, an antivirus: a "sharing" error) is tried
again briefly.

An export's temporaries are ``.wtfc-xprtxxxxxxxx.tmp`` ("xprt" is no name's key: a workshop's
key is hexadecimal), so they are told apart from any save's and cleared in any folder, by
age alone: no lock guards an export.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import os
import tempfile
import time
from pathlib import Path

_PREFIX = ".wtfc-"
_SUFFIX = ".tmp"
_RANDOM = "[a-z0-9_]" * 8  # mkstemp's 8 characters: never the user's own '.notes.tmp'
TEMPORARY_NAME_CHARS = len(_PREFIX) + 4 + 8 + len(_SUFFIX)
STALE_SECONDS = 600  # no crash-left copy is younger by the time the file is opened again
# an export writes its temporary in one go and renames it at once: one this old was cut short
EXPORT_STALE_SECONDS = 120
_EXPORT_KEY = "xprt"

# Waits before trying a refused rename again: about 1 s in all, then the save fails plainly.
SHARING_RETRY_DELAYS = (0.1, 0.3, 0.6)
_SHARING_ERRNOS = {errno.EBUSY, errno.ETXTBSY}
_SHARING_WINERRORS = {5, 32, 33}  # access denied (pending delete), sharing and lock violations
ACCESS_DENIED_WINERROR = 5  # also what a folder gives where one may create but not replace


def _name_bytes(path: Path) -> bytes:
    """The name casefolded (Windows may spell the same file's name in another case next
    time), as bytes even when it is not valid text: a name written in Latin-1 on a USB stick
    ("caf\\xe9.wtfc") reads in Python with a lone surrogate, which strict UTF-8 refused, so
    opening such a file raised. A valid name gives the same bytes, so the same key, as before."""
    return path.name.casefold().encode("utf-8", "surrogatepass")


def _key(path: Path) -> str:
    return hashlib.blake2s(_name_bytes(path), digest_size=2).hexdigest()


def aside_beside(path: Path) -> Path:
    """Where a save keeps the file it replaces until that becomes ``.bak``: 19 characters, no
    longer than the temporary (``.NAME.previous``, 10 more than the name, failed in deep
    folders, so no earlier version was kept). Its 8-hex key: a crash-left one another name
    shared would be taken for this file's version."""
    key = hashlib.blake2s(_name_bytes(path), digest_size=4).hexdigest()
    return path.with_name(f"{_PREFIX}{key}.prev")


def temporary_beside(path: Path) -> tuple[int, str]:
    """A new private temporary file in ``path``'s folder: its descriptor and name."""
    return tempfile.mkstemp(prefix=f"{_PREFIX}{_key(path)}", suffix=_SUFFIX, dir=path.parent)


def export_temporary_beside(path: Path) -> tuple[int, str]:
    """A new private temporary file for an export of ``path``: its descriptor and name."""
    return tempfile.mkstemp(prefix=f"{_PREFIX}{_EXPORT_KEY}", suffix=_SUFFIX, dir=path.parent)


def longest_path_written(path: Path) -> int:
    """The characters of the longest path a save of ``path`` writes: it or its temporary."""
    return max(len(str(path)), len(str(path.parent)) + 1 + TEMPORARY_NAME_CHARS)


def temporaries_of_key(path: Path) -> list[Path]:
    """The save temporaries in ``path``'s folder named by its key: its own, or another name's
    sharing the key (65,536 values; a name differing in letter case alone always shares it)."""
    return sorted(path.parent.glob(f"{_PREFIX}{_key(path)}{_RANDOM}{_SUFFIX}"))


def temporaries_named_before(path: Path) -> list[Path]:
    """The temporaries named as wtfc named them before ('.spring.wtfc.abcd1234.tmp'): only
    this file's, its name spelt as it is."""
    return sorted(path.parent.glob(f".{glob.escape(path.name)}.{_RANDOM}{_SUFFIX}"))


def remove_stale_temporaries(path: Path, *, writer_gone: bool = False) -> list[Path]:
    """Delete half-written copies a save cut short left beside ``path`` (a crash mid-save);
    the ones removed. Call only while holding the file's lock: then no other save of it can
    be under way. The key has only 65,536 values, so another name in the folder may share it:
    a temporary of the key's pattern is deleted only once it is ``STALE_SECONDS`` old (a save
    under way is seconds old; that other name's save or export may be running now).
    ``writer_gone``: the copy of wtfc that last had the file is known to have stopped (its
    lock named this computer and a process that is gone): its temporaries go at once, unless
    another name's lock file here shares the key (a save holds its file's lock as it writes,
    so without one no running save can own them)."""
    stale_before = time.time() - STALE_SECONDS
    at_once = writer_gone and not _key_shared(path)
    removed = []
    for leftover in temporaries_of_key(path):
        with contextlib.suppress(OSError):
            if at_once or leftover.stat().st_mtime < stale_before:
                leftover.unlink()
                removed.append(leftover)
    for leftover in temporaries_named_before(path):
        with contextlib.suppress(OSError):  # named as wtfc named them before: only this file's
            leftover.unlink()
            removed.append(leftover)
    return removed


def _key_shared(path: Path) -> bool:
    """Another file's lock file in the folder (``NAME.wtfc.lock``) has ``path``'s key: another
    name's, or a twin's ('Spring.wtfc' beside 'spring.wtfc' on a case-sensitive disk, whose key
    is always this one's). Only its own lock spelt in another case (a disk blind to case) is
    this file's."""
    from wtfc.model.same_file import same_file

    key = _key(path)
    with contextlib.suppress(OSError):
        for lock in path.parent.glob("*.lock"):
            name = lock.name[:-len(".lock")]
            if _key(Path(name)) == key and (name.casefold() != path.name.casefold()
                                            or not same_file(path.with_name(name), path)):
                return True
    return False


def remove_stale_export_temporaries(folder: Path) -> list[Path]:
    """Delete what exports cut short left in ``folder`` (a whole report, names and all): an
    export's temporary ``EXPORT_STALE_SECONDS`` old, and one an earlier wtfc named by the
    PDF's key (a PDF's or a zip's first bytes) once ``STALE_SECONDS`` old."""
    now, removed = time.time(), []
    for leftover in folder.glob(f"{_PREFIX}{'[a-z0-9_]' * 12}{_SUFFIX}"):
        with contextlib.suppress(OSError):
            age = now - leftover.stat().st_mtime
            if leftover.name.startswith(_PREFIX + _EXPORT_KEY):
                stale = age > EXPORT_STALE_SECONDS
            else:
                with leftover.open("rb") as start:
                    stale = age > STALE_SECONDS and start.read(4) in (b"%PDF", b"PK\x03\x04")
            if stale:
                leftover.unlink()
                removed.append(leftover)
    return removed


def is_sharing_error(exc: OSError) -> bool:
    """Another program has the file open for a moment (OneDrive, antivirus, the indexer)."""
    return (getattr(exc, "winerror", None) in _SHARING_WINERRORS
            or exc.errno in _SHARING_ERRNOS)


def replace_retrying(source: str, target: Path) -> None:
    """``os.replace``, tried again over about 1 s while another program refuses it."""
    for delay in (*SHARING_RETRY_DELAYS, None):
        try:
            os.replace(source, target)
            return
        except OSError as exc:
            if delay is None or not is_sharing_error(exc):
                raise
            time.sleep(delay)
