"""What the disk refused while saving or opening a workshop, said in plain English.

``plain_os_error`` turns an ``OSError`` (a folder gone with its USB stick, a full disk, a name
too long, a file another program holds open) into a ``WorkshopFileError`` that says what
happened and, for a save, what to do in the app. Every failed save's advice begins with
``SAFE``; ``not_saved_anywhere`` changes that when there is no recovery copy either.
``too_long_for_windows`` says a path past Windows' limit, which Windows calls "not found".
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from wtfc.model.control_characters import name_shown
from wtfc.model.errors import WorkshopFileError
from wtfc.model.owner_only import only_owner_replaces, owner_only_said
from wtfc.model.temporary_files import ACCESS_DENIED_WINERROR, longest_path_written

_NAME_TOO_LONG_WINERROR = 206  # ERROR_FILENAME_EXCED_RANGE
ON_WINDOWS = os.name == "nt"
WINDOWS_MOST_CHARS = 259  # a whole path, unless LongPathsEnabled (off unless an admin sets it)
SAFE = "Your workshop is safe in wtfc:"  # what every failed save in the app says first
_NOT_SAVED_YET = "Your workshop is still open in wtfc, but it is not saved anywhere yet:"
STOPPED_ANSWERING = ("the drive or network folder stopped answering (a USB stick taken out, or "
                     "the network dropped)")


def _codes(*names: str) -> frozenset[int]:
    return frozenset(getattr(errno, name) for name in names if hasattr(errno, name))


# over a network home drive's quota is full too, as far as the user can tell
_FULL = _codes("ENOSPC", "EDQUOT")
# what Linux and macOS say of a stick pulled mid-write or a share that dropped (Windows says it
# in words already): "Input/output error", "Stale file handle" tell a facilitator nothing
_STOPPED = _codes("EIO", "ENXIO", "ENODEV", "ESTALE", "ENOTCONN", "EHOSTDOWN", "ETIMEDOUT")


def disk_full(exc: BaseException) -> bool:
    """``exc`` says there is no room left (the disk, or the user's quota on it)."""
    return getattr(exc, "errno", None) in _FULL


def stopped_answering(exc: BaseException) -> bool:
    """``exc`` says the drive or the network folder went away while wtfc used it."""
    return getattr(exc, "errno", None) in _STOPPED


def not_saved_anywhere(advice: str) -> str:
    """A failed save's ``advice`` when wtfc could not keep a recovery copy either (the disk
    is full): the work is open, not safe."""
    return advice.replace(SAFE, _NOT_SAVED_YET)


def plain_os_error(exc: OSError, path: Path, *, writing: bool, busy: bool = False,
                   existed: bool = True) -> WorkshopFileError:
    """``exc`` said of ``path``: ``writing`` a save (with what to do), else an open; ``busy``
    when another program refused the rename; ``existed`` when there is a previous copy."""
    code = exc.errno
    # the words only (``path`` is what was opened or written): shown as the title shows a
    # name, a U+202E in one turned the words after it around and a line break split the box.
    # Shown once: name_shown again would write a right-to-left name's set-apart marks as codes
    name, folder, whole = name_shown(path.name), name_shown(str(path.parent)), name_shown(str(path))
    short = name_shown(shortened(path.name))
    untouched = " The previous copy is untouched." if existed else ""
    if code == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == _NAME_TOO_LONG_WINERROR:
        # also a name just under the limit: the temporary copy's name is 14 bytes longer
        return WorkshopFileError(
            f"The name '{short}' is too long for a file here, so it could not "
            f"be {'saved' if writing else 'opened'}.",
            f"{SAFE} use Save As and choose a shorter name." if writing else "")
    if writing and (too_long := too_long_for_windows(exc, path)):
        return WorkshopFileError(f"{too_long} so '{short}' could not be saved.",
                                 f"{SAFE} use Save As and choose a shorter name, or a folder "
                                 f"nearer the top of the drive.")
    if isinstance(exc, FileNotFoundError) and writing:
        return WorkshopFileError(
            f"The folder '{folder}' cannot be found (a USB stick or network drive not "
            f"connected now, or the folder moved or renamed), so '{name}' could not be "
            f"saved.", f"{SAFE} use Save As to save it somewhere else.")
    if isinstance(exc, FileNotFoundError):
        return WorkshopFileError(f"'{whole}' does not exist (it may have been moved or renamed).")
    if isinstance(exc, IsADirectoryError):
        return WorkshopFileError(f"'{whole}' is a folder, not a workshop file.")
    if busy and getattr(exc, "winerror", None) == ACCESS_DENIED_WINERROR:
        # still refused after the retries: as often a folder where one may add files but not
        # change them (a "drop" share) as a program holding it, and trying again never helps
        return WorkshopFileError(
            f"Windows would not let wtfc {'replace' if existed else 'save'} '{name}' "
            f"(another program has it open, or you may not change files in this folder), so "
            f"it could not be saved.{untouched}",
            f"{SAFE} use Save As to save it under another name or somewhere else.")
    if busy:
        return WorkshopFileError(
            f"Another program (OneDrive, an antivirus or a backup tool) is holding "
            f"'{name}' open, so it could not be saved.{untouched}",
            f"{SAFE} try Save again in a moment, or use Save As to save it somewhere else.")
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM, errno.EROFS):
        if not writing:
            return WorkshopFileError(f"wtfc may not read '{whole}'.")
        if only_owner_replaces(path):  # a sticky team folder: writable, but not over theirs
            return WorkshopFileError(f"{owner_only_said(path.name)}, so it could not be "
                                     f"saved.{untouched}",
                                     f"{SAFE} use Save As to save a copy under another name.")
        return WorkshopFileError(
            f"wtfc may not write to '{folder}' (the folder is read-only or locked by "
            f"another program).", f"{SAFE} use Save As to save it somewhere else.")
    if disk_full(exc):
        return WorkshopFileError(
            f"The disk is full, so '{name}' could not be saved.{untouched}",
            f"{SAFE} free some space or use Save As to save it somewhere else.")
    if stopped_answering(exc):
        return WorkshopFileError(
            f"'{name}' could not be {'saved' if writing else 'opened'}: "
            f"{STOPPED_ANSWERING}.{untouched if writing else ''}",
            f"{SAFE} use Save As to save it somewhere else." if writing else "")
    if writing:
        return WorkshopFileError(
            f"'{name}' could not be saved: {exc.strerror or exc}.{untouched}",
            f"{SAFE} use Save As to save it somewhere else.")
    return WorkshopFileError(f"'{name}' could not be opened: {exc.strerror or exc}.")


def too_long_for_windows(exc: OSError, path: Path) -> str:
    """The start of a sentence, ending in a comma, when ``exc`` is Windows refusing a path
    past its limit, else "". Windows says "the path cannot be found" (FileNotFoundError, not
    ENAMETOOLONG or winerror 206) though the folder is there."""
    longest = longest_path_written(path)
    if not (ON_WINDOWS and isinstance(exc, FileNotFoundError) and longest > WINDOWS_MOST_CHARS):
        return ""
    try:
        if not path.parent.is_dir():
            return ""  # the folder really is gone: said as that
    except OSError:
        return ""
    return (f"The folder and the name together are too long for Windows ({longest} characters; "
            f"it allows {WINDOWS_MOST_CHARS}),")


def shortened(name: str) -> str:
    """A name of hundreds of letters cut to fit a message, keeping its ending (.wtfc)."""
    stem, ending = os.path.splitext(name)
    return name if len(name) <= 60 else f"{stem[:40]}…{ending[:10]}"
