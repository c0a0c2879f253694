"""Writing a file so a failure or a crash never loses it: a temporary file in the same folder,
fsync, ``os.replace``, and the previous file kept as ``NAME.wtfc.bak`` (and, when asked, older
ones as ``.bak2``, ``.bak3``). The file being replaced is first set aside (a hard link, or a copy)
and the earlier versions move up only once the new file is in place, so a failed save leaves each
as it was; a crash between the two is finished by the next save. The temporary file and the
rename tried again while another program holds the file are ``temporary_files.py``'s. A file
marked read-only is never saved over. ``storage`` writes workshops with it; recovery copies and
the changed-elsewhere copy use it too.
"""

from __future__ import annotations

import contextlib
import errno
import filecmp
import os
import shutil
from pathlib import Path

from wtfc.model import disk_problems
from wtfc.model.control_characters import name_shown
from wtfc.model.disk_problems import SAFE, WINDOWS_MOST_CHARS, plain_os_error
from wtfc.model.errors import WorkshopFileError
from wtfc.model.file_mode import PRIVATE_FILE_MODE, file_mode
from wtfc.model.owner_only import only_owner_replaces, owner_only_said
from wtfc.model.temporary_files import (
    aside_beside,
    is_sharing_error,
    replace_retrying,
    temporary_beside,
)

_MARGIN = 64 * 1024  # a few of the disk's blocks: file sizes round up to them


def marked_read_only(path: Path) -> bool:
    """The file is there and the user may not write it (its read-only box ticked, or its
    permissions): saving over it would ignore that, as ``os.replace`` needs only the folder."""
    try:
        return path.is_file() and not os.access(path, os.W_OK)
    except OSError:  # a name too long for the disk, say: no file is there to protect
        return False


def in_read_only_place(path: Path) -> bool:
    """The folder is read-only too, or the whole drive (a write-protected USB stick, a
    read-only share): taking the file's own read-only tick off would not help. Linux and
    macOS only: Python's ``os.access`` on Windows sees only a file's read-only tick and calls
    every folder writable (its permissions, a share's, are not looked at), so there a folder
    refused is said by Save, as before; no file is made in the folder to find out."""
    return not os.access(path.parent, os.W_OK)


def read_only_said(path: Path) -> str:
    """Why wtfc may not write ``path``, said of what is read-only, to begin a sentence. The
    name as the window's title shows it: a right-to-left override in it would turn the rest of
    the sentence around, a line break split it."""
    name = name_shown(path.name)
    if in_read_only_place(path):
        return f"'{name}' is on a drive or in a folder wtfc may not write to"
    return f"'{name}' is marked read-only"


def saved_at(path: Path) -> Path:
    """Where a save of ``path`` writes: a link (into a synced folder, say) stays one, its file
    saved, .bak beside it; so that file's folder is the one a save needs to write in."""
    with contextlib.suppress(OSError, RuntimeError):  # a name too long, a loop: as it is
        if path.is_symlink():
            return path.resolve()
    return path


def write_atomically(data: bytes, path: Path, *, backup: bool = True, versions: int = 1,
                     private: bool = False, mode: int | None = None) -> bool:
    """``private``: readable by this user alone (0600), for wtfc's own copies of a workshop;
    ``mode``: the permissions of the file it is a copy of (a version kept under another name);
    otherwise the file keeps its permissions, or a new one gets a document's (``file_mode``).
    False when the file replaced was not kept as ``.bak`` (its path too long for Windows, or its
    name for the disk, say: ``no_version_kept`` says so); the save itself is done all the same."""
    path = saved_at(path)
    folder = path.parent
    versions = max(1, versions)
    tmp_name = ""
    aside: Path | None = None  # the file being replaced, until it becomes .bak
    replacing = False  # a sharing error means "busy" only at the rename, not elsewhere
    existed = False  # only then is there a previous copy to speak of
    kept = True  # nothing replaced, or kept as .bak
    try:
        existed = path.exists()  # raises for a name too long for the disk: said plainly below
        if marked_read_only(path):
            where = "somewhere else" if in_read_only_place(path) else "under another name"
            raise WorkshopFileError(f"{read_only_said(path)}, so wtfc did not save over it. "
                                    f"The file is untouched.",
                                    f"{SAFE} use Save As to save a copy {where}.")
        if existed and only_owner_replaces(path):  # asked before a file is made there: the
            # one set aside (a link to theirs) could not be removed again, nor the rename done
            raise WorkshopFileError(f"{owner_only_said(path.name)}, so wtfc could not save "
                                    f"over it. The file is untouched.",
                                    f"{SAFE} use Save As to save a copy under another name.")
        fd, tmp_name = temporary_beside(path)
        with contextlib.suppress(OSError):  # mkstemp makes it private: keep normal permissions
            os.chmod(tmp_name, PRIVATE_FILE_MODE if private else
                     file_mode(path) if mode is None else mode)
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        if backup and path.exists():
            aside, kept = _set_aside(path, versions), False
        replacing = True
        replace_retrying(tmp_name, path)
        replacing, tmp_name = False, ""
        if aside is not None:
            kept = _keep_as_latest_version(path, aside, versions)
            if kept:  # not kept (a name too long for '.bak'): unlinked below, not left hidden
                aside = None  # beside the file, a copy with any name the save took off in it
        _fsync_folder(folder)
    except OSError as exc:
        busy = replacing and is_sharing_error(exc)
        raise plain_os_error(exc, path, writing=True, busy=busy, existed=existed) from exc
    finally:
        for leftover in (tmp_name, aside):  # not saved: the earlier versions stay as they were
            # (or saved, and the version replaced could not be kept: not left hidden either)
            if leftover:
                with contextlib.suppress(OSError):
                    os.unlink(leftover)
    return kept


def too_long_to_keep(path: Path) -> str:
    """Why no save of ``path`` can keep ``NAME.wtfc.bak`` beside it, to end "No earlier
    version…: " ("" when it can): its whole path past Windows' 259 characters, or its name past
    the most a name may have here (255 bytes on Linux and macOS: 83 Chinese letters)."""
    backup = backup_path(path, 1)
    if disk_problems.ON_WINDOWS:
        if len(os.path.abspath(backup)) > WINDOWS_MOST_CHARS:
            return "the folder and name are too long for Windows"
        most, size = 255, len(backup.name.encode("utf-16-le")) // 2  # Windows counts in UTF-16
    else:
        try:
            most = os.pathconf(path.parent, "PC_NAME_MAX")
        except (OSError, ValueError):  # a folder gone, say: the usual limit
            most = 255
        size = len(os.fsencode(backup.name))
    return "the name is too long" if 0 < most < size else ""


def no_version_kept(path: Path) -> str:
    """Said once a save of ``path`` kept no earlier version, short enough for a status bar: the
    cause when ``.bak`` (4 longer) passes the length allowed, and what to do."""
    if why := too_long_to_keep(path):
        return f"No earlier version was kept: {why}. Save As a shorter name keeps them."
    # its ending kept ('….wtfc', then '.bak'); shown as the title shows a name, a U+202E in
    # it turned the words after it around
    name = name_shown(disk_problems.shortened(path.name) + ".bak")
    if too_full_to_keep(path):
        return ("No earlier version was kept: the disk is too full to keep the one this save "
                "replaced. Free some space.")
    if backup_path(path, 1).exists():  # not "could not keep '….bak'" with one right there
        return (f"No earlier version was kept: wtfc could not keep the one this save replaced "
                f"('{name}' is from an earlier save).")
    return f"No earlier version was kept: wtfc could not keep '{name}' beside it."


def too_full_to_keep(path: Path) -> bool:
    """Too little room beside ``path`` for a save to keep the version it replaces: a copy of
    it and the new file side by side (where there are no hard links, as on FAT sticks). Asked
    after the save, not told by it: the file replaced has freed its room by then, so the test
    is room for two, which is also what the next save will need."""
    try:
        return shutil.disk_usage(path.parent).free < 2 * path.stat().st_size + _MARGIN
    except OSError:
        return False


def backup_path(path: Path, number: int) -> Path:
    """``NAME.wtfc.bak`` for the newest earlier version, then ``.bak2``, ``.bak3``…"""
    return path.with_name(f"{path.name}.bak{number if number > 1 else ''}")


def _set_aside(path: Path, versions: int) -> Path | None:
    """Keep the file about to be replaced under a hidden name; None if not (the save goes on).
    Its usual name still taken once a cut-short save is finished is a twin's crash-left version
    ('Spring.wtfc' beside 'spring.wtfc' share the key): never replaced, the file is copied to a
    temporary's name instead (a crash leaves that as a save's leftover, cleared by age)."""
    aside = aside_beside(path)
    finish_cut_short_save(path, versions)
    taken = os.path.lexists(aside)
    try:
        try:
            if taken:
                raise FileExistsError(aside)
            os.link(path, aside)
        except OSError:  # no hard links here (FAT USB sticks, network drives): a whole copy
            fd, copy = temporary_beside(path)
            os.close(fd)
            try:
                shutil.copy2(path, copy)
                if taken:
                    aside, copy = Path(copy), ""
                else:
                    os.replace(copy, aside)
            finally:
                if copy:
                    with contextlib.suppress(OSError):
                        os.unlink(copy)
    except OSError:
        return None
    return aside


def finish_cut_short_save(path: Path, versions: int) -> None:
    """The file a save set aside and was stopped before keeping (a crash between the rename
    and ``.bak``) becomes ``.bak`` now. Call only while holding the file's lock: no other save
    of it is then under way (on opening, so "Go back to an earlier version" offers it)."""
    for left in (path.with_name(f".{path.name}.previous"), aside_beside(path)):  # old name first
        with contextlib.suppress(OSError):  # too long a name to look at: none was left there
            _finish_cut_short(path, left, versions)


def _finish_cut_short(path: Path, left: Path, versions: int) -> None:
    """An aside a crash left: the version before this file, kept now; or this file itself.
    Beside a twin ('Spring.wtfc' and 'spring.wtfc' on a case-sensitive disk, whose asides
    share a name) only one known to be this file's: a twin's is left for the twin."""
    if left.exists():
        from wtfc.model.same_file import same_file  # a drive giving every file id 0 too
        from wtfc.model.workshop_copies import whose_left

        if whose_left(left, path) != path:
            return
        if not same_file(left, path) and not filecmp.cmp(left, path, shallow=False):
            _keep_as_latest_version(path, left, versions)  # cut short after the replace
        left.unlink(missing_ok=True)  # before it: the file is still this one


def _keep_as_latest_version(path: Path, aside: Path, versions: int) -> bool:
    """The set-aside file becomes .bak; the earlier ones move up (.bak → .bak2 …) as far as
    the first gap, and the oldest drops off. Each step is one rename, so a crash leaves every
    version whole, at worst one place out."""
    with contextlib.suppress(OSError):  # the new file is saved: a version not kept is no failure
        gap = next((n for n in range(1, versions) if not _exists(backup_path(path, n))),
                   versions)
        for number in range(gap, 1, -1):
            try:
                os.replace(backup_path(path, number - 1), backup_path(path, number))
            except OSError as exc:  # '.bak3' too long a path in a deep folder: fewer are kept,
                if not _too_long(exc):  # the oldest that fits is dropped, and .bak is new
                    raise
        os.replace(aside, backup_path(path, 1))  # not made: too long a path, say
        return True
    return False


def _exists(version: Path) -> bool:
    # a '.bak2' name too long to make is a gap, not a failure that skips keeping '.bak' too
    try:
        return version.exists()
    except OSError as exc:
        if _too_long(exc):
            return False
        raise


def _too_long(exc: OSError) -> bool:
    # what Windows says of a path past 259 characters, and other systems of a name past 255
    return isinstance(exc, FileNotFoundError) or exc.errno == errno.ENAMETOOLONG


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
