"""Writing an export's bytes to disk: atomically, with plain-English errors.

An export is built in memory and written in one go through a temporary file in the same folder,
so a failed export never leaves half a PDF over a good one. It gets the permissions of the
file it replaces, or the umask's for a new one, as a saved workshop does (not mkstemp's 0600).
An export of several files (the CSV tables) writes every temporary file before it replaces
any, so a file that cannot be written leaves the earlier export whole. What an export cut short
(wtfc killed, the laptop off) left beside its files goes before the next one is written, and
when a workshop in that folder is opened (``temporary_files``): a whole hidden copy of the card
sheet should not stay on a shared laptop or a USB stick. A file that
OneDrive or an antivirus holds for a moment as it is replaced is tried again, as a workshop
save is.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from wtfc.export.errors import ExportError
from wtfc.model.control_characters import name_shown  # as the app's title shows a file's name
from wtfc.model.disk_problems import (
    STOPPED_ANSWERING,
    disk_full,
    stopped_answering,
    too_long_for_windows,
)
from wtfc.model.file_mode import file_mode
from wtfc.model.temporary_files import (
    export_temporary_beside,
    remove_stale_export_temporaries,
    remove_stale_temporaries,
    replace_retrying,
)

# Windows refuses to replace a file another program has open (a CSV open in Excel) and to open
# it for writing alike, so there the files are tried first, before any is replaced.
_OPEN_FILES_ARE_LOCKED = os.name == "nt"

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called as an export goes, first (0, total), last (total, total)."""


def no_progress(done: int, total: int) -> None:
    """The default progress callback: says nothing."""


def write_file(data: bytes, path: str | os.PathLike[str]) -> Path:
    [written] = write_files([(data, Path(path))])
    return written


def write_files(files: Sequence[tuple[bytes, Path]]) -> list[Path]:
    """Write each ``(data, path)``: all or nothing as far as the disk allows. Should a
    replacement still fail part-way, the ``ExportError`` says which files are new and which
    are not."""
    paths = [Path(path) for _, path in files]
    for path in paths:
        _check_place(path)
    for path in paths:
        # No lock guards an export as one does a workshop file: only two copies of wtfc
        # exporting to the same file at the same moment could lose a temporary here, and then
        # that export says it could not save.
        remove_stale_temporaries(path)  # as an earlier wtfc named them
    for folder in {path.parent for path in paths}:
        remove_stale_export_temporaries(folder)
    temporaries: list[str] = []
    try:
        for data, path in zip((data for data, _ in files), paths, strict=True):
            try:
                temporaries.append(_write_temporary(data, path))
            except OSError as exc:
                raise ExportError(_plain(exc, path)) from exc
        for index, (tmp_name, path) in enumerate(zip(temporaries, paths, strict=True)):
            try:
                replace_retrying(tmp_name, path)
            except OSError as exc:
                raise ExportError(_part_way(_plain(exc, path), paths[:index], paths[index:])
                                  ) from exc
            temporaries[index] = ""
    finally:
        for tmp_name in temporaries:
            if tmp_name:
                with contextlib.suppress(OSError):
                    os.unlink(tmp_name)
    return paths


def _check_place(path: Path) -> None:
    try:
        folder = path.is_dir()
        missing_folder = not path.parent.is_dir()
        in_use = _OPEN_FILES_ARE_LOCKED and path.exists() and not _can_open(path)
    except OSError as exc:  # a name too long for the disk, a drive no longer there…
        raise ExportError(_plain(exc, path)) from exc
    if folder:
        raise ExportError(f"'{name_shown(str(path))}' is a folder. Give the export a file name.")
    if missing_folder:
        raise ExportError(f"The folder '{name_shown(str(path.parent))}' does not exist, so "
                          f"'{name_shown(path.name)}' could not be saved there.")
    if in_use:
        raise ExportError(_plain(PermissionError(errno.EACCES, ""), path))


def _can_open(path: Path) -> bool:
    try:
        with path.open("ab"):  # appends nothing: the file is not changed
            return True
    except PermissionError:
        return False


def _write_temporary(data: bytes, path: Path) -> str:
    fd, tmp_name = export_temporary_beside(path)
    try:
        with contextlib.suppress(OSError):  # mkstemp makes it private: keep normal permissions
            os.chmod(tmp_name, file_mode(path))
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return tmp_name


def _part_way(problem: str, done: Sequence[Path], not_done: Sequence[Path]) -> str:
    if not done:
        return problem
    return (f"{problem} So the export was saved only in part: {_names(done)} "
            f"{'is' if len(done) == 1 else 'are'} new, but {_names(not_done)} "
            f"{'is' if len(not_done) == 1 else 'are'} not (missing, or still from an earlier "
            f"export). Export again once that is put right.")


def _names(paths: Sequence[Path]) -> str:
    names = [f"'{name_shown(p.name)}'" for p in paths]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _plain(exc: OSError, path: Path) -> str:
    name = name_shown(path.name)  # a U+202E in it turned the rest of the message around
    if too_long := too_long_for_windows(exc, path):
        return (f"{too_long} so '{name}' could not be saved. Choose a shorter name, or a "
                f"folder nearer the top of the drive.")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"wtfc may not write '{name}' in '{name_shown(str(path.parent))}' (the folder "
                f"is read-only, or the file is open in another program such as a PDF viewer or "
                f"Excel). Close it or choose another place.")
    if disk_full(exc):
        return f"The disk is full, so '{name}' could not be saved."
    if stopped_answering(exc):
        return (f"'{name}' could not be saved: {STOPPED_ANSWERING}. Check the drive or "
                f"the connection, or choose another place.")
    if exc.errno == errno.ENAMETOOLONG:
        return f"The name '{name}' is too long for a file here. Choose a shorter one."
    why = f" ({exc.strerror})" if exc.strerror else ""
    return f"'{name}' could not be saved{why}. Check the folder, or choose another place."
