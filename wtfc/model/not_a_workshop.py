"""What a file given as a workshop is instead, told from its first bytes: a spreadsheet, a CSV
file, a PDF or a Word document.

Opening ``statements.xlsx`` with "All files", or ``wtfc statements.xlsx``, is an easy slip;
"not UTF-8 text" or "unreadable at line 1, column 1" leaves the facilitator wondering whether
the file is damaged. Saying what it is, and where its statements go in (the import), answers
it. Only a file that does not start as JSON is looked at: a workshop always starts with "{".
A workshop a text editor saved in its own encoding is told apart too (``in_another_encoding``),
and one cut short from one damaged (``ends_early``).
"""

from __future__ import annotations

import codecs
import io
import json
import zipfile

from wtfc.model.errors import WorkshopFileError

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office before 2007: .xls, .doc
_WORD_PART = "WordDocument".encode("utf-16-le")  # the part an old .doc keeps its text in
_ODS = b"application/vnd.oasis.opendocument.spreadsheet"
_TABLE_ENDINGS = (".csv", ".tsv", ".txt")
_SEPARATORS = ",;\t"
_IMPORT_IN_APP = "To bring its statements into a workshop, use File → Import statements… (Ctrl+I)."
_TO_SPREADSHEET = "wtfc cannot read statements from it: copy them into a spreadsheet, then"
_NUMBERS = "a Numbers spreadsheet (from a Mac)"
_NUMBERS_FIRST = "wtfc cannot read it as it is: in Numbers, choose File → Export To → Excel, then"


def not_a_workshop(data: bytes, name: str) -> WorkshopFileError | None:
    """The plain-English error for a spreadsheet, CSV, PDF or Word file; None for anything else
    (it is then said to be damaged or not a workshop, as before)."""
    what, table = _what_it_is(data, name.lower())
    if not what:
        return None
    on_command_line = f'use wtfc import, as in: wtfc import "{name}" --into "WORKSHOP.wtfc".'
    if table:
        return WorkshopFileError(
            f"'{name}' is {what}, not a workshop file.",
            _IMPORT_IN_APP,
            f"To bring its statements into a workshop, {on_command_line}",
        )
    first = _NUMBERS_FIRST if what == _NUMBERS else _TO_SPREADSHEET
    return WorkshopFileError(
        f"'{name}' is {what}, not a workshop file.",
        f"{first} use File → Import statements… (Ctrl+I).",
        f"{first} use wtfc import on it.",
    )


def in_another_encoding(data: bytes, name: str) -> WorkshopFileError | None:
    """The error for a workshop a text editor saved in its own encoding (Notepad's "ANSI",
    Windows-1252): read that way it is a workshop, so it is not called "not a workshop". It is
    not opened: letters that encoding lacks (Urdu) are already '?', and its other letters
    could be any of several encodings. None when it is not a workshop read that way either."""
    try:
        raw = json.loads(data.decode("cp1252", errors="replace"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(raw, dict) or "schema_version" not in raw:
        return None
    return WorkshopFileError(
        f"'{name}' was saved in another encoding by a text editor (Notepad's \"ANSI\", say), "
        f"not as the UTF-8 text wtfc reads; letters that encoding lacks (Urdu, say) may "
        f"already have become '?'.",
        f"Use the earlier version wtfc keeps beside it ('{name}.bak'), if it is there; or open "
        f"'{name}' in the text editor again, choose File → Save As, set Encoding to UTF-8 and "
        f"save, then open it here.")


def _what_it_is(data: bytes, name: str) -> tuple[str, bool]:
    """("a spreadsheet (an Excel workbook)", True): what the file is, and whether the import
    reads it as it is; ("", False) when it is none of these."""
    if data.startswith(_ZIP):
        return _zipped(data, name)
    if data.startswith(_OLE):
        if _WORD_PART in data or name.endswith(".doc"):
            return "a Word document", False
        return "a spreadsheet (an older Excel workbook, .xls)", True
    if data.lstrip().startswith(b"%PDF-"):
        return "a PDF document", False
    text = _as_text(data)
    if text is None or text.lstrip()[:1] in ("{", "["):  # JSON: damaged, or not a workshop
        return "", False
    if name.endswith(_TABLE_ENDINGS) or _looks_like_a_table(text):
        return "a spreadsheet (a CSV file, a table as text)", True
    return "", False


def _zipped(data: bytes, name: str) -> tuple[str, bool]:
    """An .xlsx, .ods and .docx are each a zip of parts: their names say which."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            mimetype = archive.read("mimetype") if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, EOFError, ValueError):  # cut short
        names, mimetype = [], b""
    if any(n.startswith("xl/") for n in names) or (not names and name.endswith(".xlsx")):
        return "a spreadsheet (an Excel workbook)", True
    if mimetype.startswith(_ODS) or (not names and name.endswith(".ods")):
        return "a spreadsheet (an OpenDocument spreadsheet, .ods)", True
    if any(n.startswith("Index/") and n.endswith(".iwa") for n in names):
        return _NUMBERS, False
    if any(n.startswith("word/") for n in names) or name.endswith(".docx"):
        return "a Word document", False
    return "", False  # another zip: not a workshop, and nothing more to say


def _as_text(data: bytes) -> str | None:
    """The file's start as text, or None when it is not text (a picture, a program)."""
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = head.decode("utf-16", errors="replace")
    elif len(head) > 8 and head[1::2].count(0) > len(head) // 3:  # UTF-16 without its mark
        text = head.decode("utf-16-le", errors="replace")
    else:
        try:
            text = head.decode("utf-8-sig")
        except UnicodeDecodeError:  # Excel's "CSV" on Windows is cp1252 (or cut mid-letter)
            text = head.decode("cp1252", errors="replace")
    odd = sum(1 for c in text if (c < " " and c not in "\t\r\n") or c == "\ufffd")
    return None if odd > len(text) // 50 else text


def _looks_like_a_table(text: str) -> bool:
    """Its first two lines hold the same number of commas, semicolons or tabs (one at least):
    a heading row and a row of statements, not a letter with a comma in it."""
    lines = [line for line in text.splitlines() if line.strip()][:2]
    return len(lines) == 2 and any(
        lines[0].count(sep) == lines[1].count(sep) > 0 for sep in _SEPARATORS
    )


def ends_early(exc: json.JSONDecodeError) -> bool:
    """True when the JSON stops part-way (a save cut short) rather than going wrong."""
    rest = exc.doc[exc.pos:].strip()
    return (exc.msg.startswith(("Unterminated string", "Invalid \\uXXXX escape"))
            or any(word.startswith(rest) for word in ("true", "false", "null"))
            or (len(rest) < 30 and rest.strip("-+.eE0123456789") == ""))
