"""Reads an old binary .xls once in a child process, so a sheet calamine cannot survive ends
that process, not the app.

calamine holds a sheet as one block from A1 to its last cell. An .xls Excel saves stops at IV65536
(540 MB at most), but a cell record may say column 16,384 or 65,536, and calamine then asks for
tens of gigabytes: a failed Rust allocation ends the process, with no exception Python could
catch. An .xls is a compound file whose cell records cannot be looked at cheaply beforehand as an
.xlsx's XML can (``far_cells``), so it is read first where a crash costs nothing: about 0.1 s.
"""

from __future__ import annotations

import os
from pathlib import Path

from wtfc.importing.errors import ImportFailed

# Runs in the child: every sheet read as the import would read it, then a word to say it lived.
_READ_EVERY_SHEET = """
import sys
import python_calamine
with open(sys.argv[1], "rb") as handle:
    book = python_calamine.CalamineWorkbook.from_filelike(handle)
    for name in book.sheet_names:
        book.get_sheet_by_name(name)
print("read")
"""
_TIMEOUT_SECONDS = 300
# subprocess.CREATE_NO_WINDOW, a Win32 process flag: the name exists only on Windows.
_CREATE_NO_WINDOW = 0x08000000


def check_xls_in_child(path: Path, shown: str) -> None:
    """Raise ImportFailed if reading the .xls at ``path`` ends the process that reads it. A file
    calamine refuses (damaged, a password) passes: the import's own reading says why plainly."""
    import subprocess
    import sys

    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return  # no calamine: nothing here could read the file anyway, and nothing could crash
    # Started from wtfc-app (no console) on Windows, a console child would flash a window open.
    no_window = _CREATE_NO_WINDOW if os.name == "nt" else 0
    try:
        done = subprocess.run(
            [sys.executable, "-c", _READ_EVERY_SHEET, str(path)],
            capture_output=True, timeout=_TIMEOUT_SECONDS, check=False,
            creationflags=no_window,
        )
    except subprocess.TimeoutExpired as exc:
        raise ImportFailed(
            f"{shown} could not be read: reading it took more than "
            f"{_TIMEOUT_SECONDS // 60} minutes. Open it in Excel, save it as .xlsx, and import "
            "that.") from exc
    except OSError:
        return  # no child could be started: read it here, as before
    if done.returncode < 0 or done.returncode > 1:  # ended by a signal, or by Rust's abort
        raise ImportFailed(
            f"{shown} could not be read: the spreadsheet reader stopped on it. It may have "
            "something in a cell far outside the statements. Open it in Excel, press Ctrl+End "
            "to go to the last cell, clear anything stray there, save it as .xlsx, and import "
            "that.")
