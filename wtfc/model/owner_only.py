"""A shared folder where only a file's owner may replace it: the sticky bit, as on a Linux
team share made as admins make them (3770, 1777: nobody deletes another's files) and on
macOS's /Users/Shared. A save writes a new file and renames it over the old one, and there the
system lets only the file's owner, the folder's owner or an administrator do that: a
colleague's file this user may write to still cannot be saved. Said when it opens (read-only,
``open_checks``) and by Save, rather than "the folder is read-only", which it is not.

POSIX only: Windows has no such bit (and its folder permissions are not seen by
``os.access``: there a folder refused is said by Save).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from wtfc.model.control_characters import name_shown

_CAP_FOWNER = 1 << 3  # Linux: the power to ignore who owns a file (root's, unless taken away)


def only_owner_replaces(path: Path) -> bool:
    """``path`` is there, in a sticky folder, and neither it nor its folder is this user's
    (``path`` as a save writes it: a link's file, ``atomic_save.saved_at``)."""
    if not hasattr(os, "geteuid"):
        return False
    try:
        folder = os.stat(path.parent)
        held = os.lstat(path)
    except OSError:  # not there (a new file is this user's), or not to be looked at
        return False
    me = os.geteuid()
    if not folder.st_mode & stat.S_ISVTX or me in (held.st_uid, folder.st_uid):
        return False
    return not _may_replace_anyones()


def owner_only_said(name: str) -> str:
    """Why wtfc may not save over the file ``name`` there, to begin a sentence."""
    return (f"'{name_shown(name)}' is another person's file in a shared folder where only a "
            f"file's owner may replace it")


def _may_replace_anyones() -> bool:
    """An administrator may, unless that power was taken from this process (Linux)."""
    if os.geteuid() != 0:
        return False
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("CapEff:"):
                    return bool(int(line.split()[1], 16) & _CAP_FOWNER)
    except (OSError, ValueError, IndexError):
        pass
    return True  # macOS, BSD: root may
