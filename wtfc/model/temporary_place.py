"""Whether a workshop file is in a temporary folder: where a mail program puts an attachment
opened from an e-mail (Outlook's hidden ``INetCache\\Content.Outlook``, Thunderbird's
``/tmp/mozilla_…``, Apple Mail's ``Mail Downloads``) and Windows a file opened inside a .zip
(``%TEMP%\\Temp1_x.zip``). Such a folder is cleared later without asking (by the mail program,
Storage Sense, Disk Clean-up, a restart), and a day's saves there go with it, so wtfc says so
on opening, Save As and the exports start in the Documents folder, and Open recent does not
keep the path.

The folders looked for are the system's (``system_roots``); ``ROOTS_ENV``, read at each call,
replaces them: a list of folders (``os.pathsep`` between them), or empty for none. Tests set
it, since pytest's own folders are under /tmp. The folders named by what they are
(``Content.Outlook``, ``Temp1_x.zip``…) are found wherever they are.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

ROOTS_ENV = "WTFC_TEMPORARY_FOLDERS"
ATTACHMENT = "attachment"  # a mail program's copy of an attachment
IN_ZIP = "zip"  # Explorer's copy of a file opened inside a .zip
TEMPORARY = "temporary"  # any other temporary folder

# a folder of these names holds a mail program's copies, wherever it is
_MAIL_FOLDERS = {"content.outlook", "temporary internet files", "inetcache", "mail downloads"}
_THUNDERBIRD = re.compile(r"mozilla_.*", re.IGNORECASE)  # /tmp/mozilla_<user>0
_EXPLORER_ZIP = re.compile(r"temp\d+_.*\.zip", re.IGNORECASE)  # %TEMP%\Temp1_spring.zip


def system_roots() -> list[str]:
    """The temporary folders of this system: Python's, the usual Unix ones, the desktop's
    cache folder; Windows' %TEMP% and the browser/Outlook cache; macOS's $TMPDIR (Apple Mail's
    ``Mail Downloads`` is found by its name). Not the Linux desktop's runtime folder
    (XDG_RUNTIME_DIR, /run/user/1000): no mail program puts attachments there, and GNOME's
    and KDE's file managers mount the team's network share in it (``gvfs/smb-share:…``,
    ``kio-fuse-…/smb/…``), as the desktop portal hands over a file (``doc/…``)."""
    home = Path.home()
    roots = [tempfile.gettempdir(), "/tmp", "/var/tmp"]
    roots += [os.environ.get(name, "") for name in ("TMPDIR", "TEMP", "TMP")]
    roots.append(os.environ.get("XDG_CACHE_HOME") or str(home / ".cache"))
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA") or str(home / "AppData" / "Local")
        roots += [os.path.join(local, "Temp"),
                  os.path.join(local, "Microsoft", "Windows", "INetCache")]
    return [root for root in roots if root]


def _roots() -> list[str]:
    chosen = os.environ.get(ROOTS_ENV)
    if chosen is None:
        return system_roots()
    return [root for root in chosen.split(os.pathsep) if root]


def _key(path: str) -> str:
    """Whole, links followed (macOS's /var is /private/var), case as the system compares."""
    return os.path.normcase(os.path.realpath(path))


def _under(path: str, root: str) -> bool:
    # a TMPDIR set to a drive or the home folder itself would make every file temporary
    if os.path.dirname(root) == root or root == _key(str(Path.home())):
        return False
    return path.startswith(root.rstrip(os.sep) + os.sep)


def in_temporary_folder(path: Path | str) -> str:
    """What kind of temporary folder ``path`` is in (``ATTACHMENT``, ``IN_ZIP`` or
    ``TEMPORARY``); "" when it is in none."""
    try:
        whole = _key(os.fspath(path))
    except (OSError, ValueError):  # a name the system cannot even look up: not said
        return ""
    folders = [part.lower() for part in Path(whole).parent.parts]
    if any(part in _MAIL_FOLDERS for part in folders):
        return ATTACHMENT
    if any(_EXPLORER_ZIP.fullmatch(part) for part in folders):
        return IN_ZIP
    for root in map(_key, _roots()):
        if _under(whole, root):
            inside = Path(whole[len(root):].lstrip(os.sep)).parts[:-1]
            return ATTACHMENT if any(map(_THUNDERBIRD.fullmatch, inside)) else TEMPORARY
    return ""


def opened_from_temporary(name: str, kind: str) -> str:
    """What opening such a file says: where it is, what may happen, and what to do."""
    where = {
        ATTACHMENT: f"'{name}' is an e-mail attachment's copy, which the mail program keeps "
                    f"in a temporary folder.",
        IN_ZIP: f"'{name}' was opened from inside a .zip: Windows keeps that copy in a "
                f"temporary folder.",
    }.get(kind, f"'{name}' is in a temporary folder (where e-mail attachments and files "
                f"opened inside a .zip are put).")
    return (f"{where} The mail program or Windows may delete it without asking, with any "
            f"work saved there.\n\nSave it in your Documents or team folder first: "
            f"File → Save As.")


def unsaved_in_temporary(name: str) -> str:
    """What "Save them before closing?" adds for such a file: its Save writes there."""
    return (f"'{name}' is in a temporary folder that may be cleared without asking, with any "
            f"work saved there. Save As… keeps it in your Documents or team folder.")


LEFT_IN_TEMPORARY = "Still in a temporary folder"  # the title of the question below


def left_in_temporary(name: str) -> str:
    """What leaving such a file asks once its day is saved there (closing, New, Open): after
    Later, Ctrl+S writes only there, and no "Save them…?" comes for a saved workshop."""
    return (f"'{name}' is saved only in a temporary folder, which the mail program or Windows "
            f"may clear without asking, with the work saved there. Open recent does not list "
            f"it.\n\nSave As… keeps it in your Documents or team folder.")


def go_on_anyway(doing: str) -> str:
    """The button that leaves it there, in the doing's words: "Cl&ose anyway" for "closing",
    "&Open anyway" for "opening another workshop"…"""
    # not "&Close": GNOME's Qt theme labels the box's Cancel "&Cancel", and Alt+C then only
    # moved between the two (058b02df met the same with "&Close"); O is free in that box
    verb = {"closing": "Cl&ose", "starting": "&Start", "opening": "&Open"}
    return f"{verb.get(doing.split(' ', 1)[0], '&Go on')} anyway"


def saved_there(path: Path) -> bool:
    """Whether wtfc has saved over the file where it is (this session or an earlier one): an
    earlier version is kept beside it, which an attachment's or a .zip's copy never has."""
    from wtfc.model.atomic_save import backup_path  # only when leaving such a file

    try:
        return backup_path(path, 1).exists()
    except (OSError, ValueError):  # a name the system cannot look up: not said
        return False

SAVED_IN_TEMPORARY = ("Saved, in a temporary folder that may be cleared without asking: "
                      "File → Save As to keep it.")
