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
workshop when its top level holds "schema_version" and one of a workshop's parts ("cards",
"themes", "actions"), even one wtfc cannot open yet (a hand edit's mistake ``wtfc check``
names, a copy cut short): the work is there to mend. Any JSON that named "schema_version" was
called one; then only one wtfc's loader opened, and a workshop with one mistake was written
over. It is read a piece at a time, and no further than a workshop may be: loading a big JSON
file to know held the window for seconds.

The data export as NAME.csv writes NAME-cards.csv, NAME-themes.csv, … and never NAME.csv:
``files_written`` names what each export writes, and every one of them is checked.
"""

from __future__ import annotations

import codecs
import json
import stat
from pathlib import Path
from typing import BinaryIO

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
                return _keyed_as_workshop(file, head)
    except (OSError, ValueError):  # ValueError: a name with a NUL in it
        return ""
    return held


def _held_in(head: bytes) -> str | None:
    """What ``head`` shows the file holds; None: JSON, to be read on to know."""
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


def _keyed_as_workshop(file: BinaryIO, head: bytes) -> str:
    """``WORKSHOP`` when the JSON object in ``file`` has a workshop's "schema_version" and
    one of its parts ("cards", "themes", "actions") at its top level, though wtfc could not
    open it yet (edited by hand, with a mistake ``wtfc check`` names, or cut short by a copy
    stopped part way): the work is there to mend. "" for any other JSON: {"name": "x",
    "schema_version": 1} was called a workshop. The file is read a piece at a time, first
    for the word alone: 150 MB of another tool's JSON was read and parsed whole (4.6 s)."""
    from wtfc.export.top_level_keys import holds, mentions

    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    file.seek(0)
    if not mentions(file, utf16, '"schema_version"'):
        return ""
    file.seek(0)
    parts = {"cards", "themes", "actions"}

    def enough(found: set[str]) -> bool:
        return "schema_version" in found and bool(found & parts)

    return WORKSHOP if holds(file, utf16, enough, {"schema_version", *parts}) else ""


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
