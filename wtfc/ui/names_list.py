"""A file dropped on the window or on Names to watch for, read as lines to ask whether it is a
list of names (review 32 A2 1, A3 S2, R2): a text file's lines or a small sheet's rows. How a
list of names is read, line by line, is the importing layer's (``wtfc.importing.names_list``),
as a list pasted in the box and ``wtfc import --names`` read it too (review 33 A2 R5)."""

from __future__ import annotations

from pathlib import Path

from wtfc.importing.names_list import (
    ADDRESS,
    CODE_FIRST,
    SENTENCE_WORDS,
    coded_name,
    is_heading,
    is_names_list,
    name_shaped,
    notes_beside_names,
)

__all__ = ["ADDRESS", "CODE_FIRST", "SENTENCE_WORDS", "coded_name", "file_lines", "is_heading",
           "is_names_list", "name_shaped", "notes_beside_names"]

TEXT_FILES = (".txt", ".csv", ".tsv")
SHEET_FILES = (".xlsx", ".xlsm", ".ods", ".xls")
ZIPPED_SHEETS = (".xlsx", ".xlsm", ".ods")
MOST_TEXT_BYTES = 256 * 1024  # a list of a workshop's names is a few KB
MOST_SHEET_BYTES = 1024 * 1024  # and a sheet of them some tens: a bigger one is cards
MOST_ROWS = 500  # looked at in a sheet: a names list is far shorter


def file_lines(path: Path) -> list[str]:
    """The lines of a dropped text file, or the rows of a small sheet's first sheet with its
    cells parted by "|"; [] when it is neither, too big to be a list of names, or unreadable
    (Import then says plainly what is wrong with it)."""
    name = path.name.lower()
    try:
        size = path.stat().st_size
        if name.endswith(TEXT_FILES) and size <= MOST_TEXT_BYTES:
            from wtfc.importing.text_reader import decode_text

            text, _encoding = decode_text(path.read_bytes())
            return [] if "\x00" in text else [ln for ln in text.splitlines() if ln.strip()]
        if name.endswith(SHEET_FILES) and size <= MOST_SHEET_BYTES:
            return _sheet_lines(path)
    except Exception:  # a damaged file of any kind: Import says what is wrong
        return []
    return []


def _sheet_lines(path: Path) -> list[str]:
    from wtfc.importing.workbook_reader import read_workbook
    from wtfc.importing.zip_guard import check_workbook_zip

    if path.name.lower().endswith(ZIPPED_SHEETS):
        check_workbook_zip(path, path.name)  # one that unpacks to far too much is not read
    rows = read_workbook(path, shown=path.name).rows[:MOST_ROWS]
    return [line for line in (" | ".join(c for c in row if c) for row in rows) if line]
