"""Whether a file an export would replace holds a workshop, as wtfc would open it.

wtfc opens a workshop by what it holds, not by its ending, so one saved as "day.pdf" (or last
spring's "spring.pdf") opens as the workshop it is. ``wtfc export … -o day.pdf`` and the
window's Save dialog refused only a name ending in .wtfc (or .bak, .lock, a recovery copy's), so
the export was written over such a file and the work in it lost: an export keeps no earlier
version. Both now refuse a file whose start is a workshop's, as loading and saving read it
(``newer_format``'s start, ``storage.as_utf8`` for Notepad's "Unicode"), or a recovery copy's.
Only the start is read of a file that is no JSON (a PDF, a workbook, a CSV file) or starts as
every wtfc writes a workshop: an export may be asked to replace a file of any size. JSON written
another way (by hand, its fields reordered or sorted by a tool, past any head read) is a
workshop when wtfc's own loader opens it, read no further than a workshop may be: any JSON that
named "schema_version" was called one.

The data export as NAME.csv writes NAME-cards.csv, NAME-themes.csv, … and never NAME.csv:
``files_written`` names what each export writes, and every one of them is checked.
"""

from __future__ import annotations

import codecs
import json
import stat
from pathlib import Path

# a workshop's first field, and a recovery copy's first line, are well inside it (a recovery
# header holds a path and a title)
HEAD_BYTES = 64 * 1024

WORKSHOP = "a wtfc workshop"
RECOVERY_COPY = "a recovery copy wtfc keeps of a workshop"


def files_written(what: str, output: Path) -> list[Path]:
    """The files the export ``what`` saved as ``output`` writes: the data as NAME.csv is a
    file per table (``data.csv_paths``), never NAME.csv itself; any other export, ``output``."""
    if what == "data" and output.suffix.lower() == ".csv":
        from wtfc.export.data import csv_paths

        return csv_paths(output)
    return [output]


def file_named(written: Path, output: Path) -> str:
    """``written``, one of the files saving as ``output`` writes, as a message names it."""
    from wtfc.model.control_characters import name_shown

    shown = f"'{name_shown(written.name)}'"
    if written == output:
        return shown
    return (f"{shown}, one of the CSV files the data export as '{name_shown(output.name)}' "
            f"writes (one per table),")


def held_by(path: Path) -> str:
    """What wtfc keeps in the file at ``path``, in words (``WORKSHOP``, which a kept earlier
    version ``.bak`` is too, or ``RECOVERY_COPY``); "" when it is no such file, is not there,
    is not a plain file (a pipe would wait for ever) or cannot be read (writing it then says
    what the disk refused)."""
    from wtfc.model.storage import MAX_FILE_BYTES

    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode):
            return ""
        with path.open("rb") as file:
            head = file.read(HEAD_BYTES)
            held = _held_in(head)
            if held is None:  # JSON, though not as wtfc writes it; past the limit wtfc
                if found.st_size > MAX_FILE_BYTES:  # opens none
                    return ""
                return _opened_as_workshop(head + file.read(MAX_FILE_BYTES + 1 - len(head)))
    except (OSError, ValueError):  # ValueError: a name with a NUL in it
        return ""
    return held


def _held_in(head: bytes) -> str | None:
    """What ``head`` shows the file holds; None: JSON, to be read whole to know."""
    from wtfc.model.newer_format import FORMAT_AT_START  # how every wtfc's file starts
    from wtfc.model.storage import as_utf8

    text = as_utf8(head).removeprefix(codecs.BOM_UTF8).lstrip()
    if not text.startswith(b"{"):  # a PDF, a workbook, a CSV file: quickly said
        return ""
    if _is_recovery_header(text.partition(b"\n")[0]):  # first: its body is a workshop's
        return RECOVERY_COPY
    if FORMAT_AT_START.match(text):
        return WORKSHOP
    return None


def _opened_as_workshop(data: bytes) -> str:
    """``WORKSHOP`` when wtfc opens ``data`` as one (edited by hand, its fields in another
    order); "" for any other JSON ({"name": "x", "schema_version": 1} was called a workshop)."""
    from wtfc.model.errors import WorkshopFileError
    from wtfc.model.storage import workshop_from_bytes

    try:
        workshop_from_bytes(data)
    except (WorkshopFileError, ValueError, RecursionError):
        return ""
    return WORKSHOP


def _is_recovery_header(line: bytes) -> bool:
    """A recovery copy's first line: its header, whose ``format`` is "wtfc-recovery N"."""
    if b"wtfc-recovery" not in line:
        return False
    try:
        header = json.loads(line)
    except (ValueError, RecursionError):
        return False
    made = header.get("format") if isinstance(header, dict) else None
    return isinstance(made, str) and made.startswith("wtfc-recovery")
