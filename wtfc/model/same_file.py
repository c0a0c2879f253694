"""Whether two paths name one file: the check behind "this is the workshop's own file", "the
workshop open in this window" and "the file this lock is for".

``os.path.samefile`` compares only the files' ids (st_dev, st_ino). That finds one file under two
names (a link; a relative and a full path), but some Windows network drives give every file the
id 0 (WebDAV and SharePoint mapped drives, sshfs-win, some NAS shares: python/cpython#78116), and
there samefile calls any two files one: Review refused last time's workshop as this one's own.
An id of 0 is taken as unknown, and the names are compared instead, resolved and with case
ignored where the system ignores it (``normcase``: Windows).
"""

from __future__ import annotations

import os
from pathlib import Path


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True when ``a`` and ``b`` are one file; a file not there (yet) is known by its name."""
    try:
        first, second = os.stat(a), os.stat(b)
    except OSError:
        return _same_name(a, b)
    if 0 in (first.st_ino, first.st_dev, second.st_ino, second.st_dev):  # ids unknown
        return _same_name(a, b)
    return (first.st_ino, first.st_dev) == (second.st_ino, second.st_dev)


def _same_name(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    return os.path.normcase(_whole(a)) == os.path.normcase(_whole(b))


def _whole(path: str | os.PathLike[str]) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:  # a drive that will not say (Windows): the name as written, made whole
        return os.path.abspath(path)
