"""Writing an export's bytes to disk: atomically, with plain-English errors.

An export is built in memory and written in one go through a temporary file in the same folder,
so a failed export never leaves half a PDF over a good one. It gets the permissions of the
file it replaces, or the umask's for a new one, as a saved workshop does (not mkstemp's 0600).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from wtfc.export.errors import ExportError
from wtfc.model.file_mode import file_mode

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called as an export goes, first (0, total), last (total, total)."""


def no_progress(done: int, total: int) -> None:
    """The default progress callback: says nothing."""


def write_file(data: bytes, path: str | os.PathLike[str]) -> Path:
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise ExportError(f"'{path}' is a folder. Give the export a file name.")
    if not folder.is_dir():
        raise ExportError(f"The folder '{folder}' does not exist, so '{path.name}' could not be "
                          f"saved there.")
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with contextlib.suppress(OSError):  # mkstemp makes it private: keep normal permissions
            os.chmod(tmp_name, file_mode(path))
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        os.replace(tmp_name, path)
        tmp_name = ""
    except OSError as exc:
        raise ExportError(_plain(exc, path)) from exc
    finally:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return path


def _plain(exc: OSError, path: Path) -> str:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"wtfc may not write '{path.name}' in '{path.parent}' (the folder is read-only, "
                f"or the file is open in another program such as a PDF viewer or Excel). "
                f"Close it or choose another place.")
    if exc.errno == errno.ENOSPC:
        return f"The disk is full, so '{path.name}' could not be saved."
    return f"'{path.name}' could not be saved: {exc.strerror or exc}."
