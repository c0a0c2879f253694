"""Whether the file an export would replace holds a workshop, read from its first bytes.

wtfc opens a workshop by what it holds, not by its ending, so one saved as "day.pdf" (or last
spring's "spring.pdf") opens as the workshop it is. ``wtfc export … -o day.pdf`` and the
window's Save dialog refused only a name ending in .wtfc (or .bak, .lock, a recovery copy's), so
the export was written over such a file and the work in it lost: an export keeps no earlier
version. Both now refuse a file whose start is a workshop's, as loading and saving read it
(``newer_format``'s start, ``storage.as_utf8`` for Notepad's "Unicode"), or a recovery copy's.
Only the start is read: an export may be asked to replace a file of any size.
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


def held_by(path: Path) -> str:
    """What wtfc keeps in the file at ``path``, in words (``WORKSHOP``, which a kept earlier
    version ``.bak`` is too, or ``RECOVERY_COPY``); "" when it is no such file, is not there,
    is not a plain file (a pipe would wait for ever) or cannot be read (writing it then says
    what the disk refused)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return ""
        with path.open("rb") as file:
            head = file.read(HEAD_BYTES)
    except (OSError, ValueError):  # ValueError: a name with a NUL in it
        return ""
    return _held_in(head)


def _held_in(head: bytes) -> str:
    from wtfc.model.newer_format import FORMAT_AT_START  # how every wtfc's file starts
    from wtfc.model.storage import as_utf8

    text = as_utf8(head).removeprefix(codecs.BOM_UTF8).lstrip()
    if not text.startswith(b"{"):  # a PDF, a workbook, a CSV file: quickly said
        return ""
    if _is_recovery_header(text.partition(b"\n")[0]):  # first: its body is a workshop's
        return RECOVERY_COPY
    if FORMAT_AT_START.match(text) or b'"schema_version"' in text:  # or edited by hand,
        return WORKSHOP  # its fields in another order
    return ""


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
