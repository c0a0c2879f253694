"""Which rows of an .xlsx sheet Excel hides, by hand or by a filter.

A row may be hidden on purpose (a person who withdrew their consent, a filter showing one
area), and neither reader says so: the sheet's XML is looked at for rows marked hidden. The
zip check (``check_workbook_zip``) unpacks every part already and says which hold the mark, so
a sheet without it costs nothing; only a sheet with it is read again, whole. .xls and .ods
files are not looked at.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Container
from pathlib import Path

from wtfc.importing.formula_cells import sheet_part
from wtfc.importing.zip_guard import HIDDEN_MARK

_CHUNK = 1024 * 1024
_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*)>")
_NUMBER = re.compile(rb"""\br=["'](\d{1,7})["']""")
_HIDDEN = re.compile(rb"""\bhidden=["'](?:1|true)["']""")
_NAMED = 5


def hidden_rows(path: Path, sheet: str, marked: Container[str] | None = None) -> frozenset[int]:
    """The rows, counted from 0, that the sheet called ``sheet`` hides. ``marked``: the parts
    holding the mark, when the zip check has said (else each is looked at here). Anything that
    goes wrong reading them (not an .xlsx, a damaged part) gives none: the readers have read
    the cells already."""
    if marked is not None and not marked:
        return frozenset()  # the usual workbook: nothing anywhere is hidden
    try:
        with zipfile.ZipFile(path) as archive:
            part = sheet_part(archive, sheet)
            if part is None:
                return frozenset()
            if not (part in marked if marked is not None else _has_mark(archive, part)):
                return frozenset()
            data = archive.read(part)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, EOFError, SyntaxError):
        return frozenset()
    hidden = set()
    number = 0
    for match in _ROW.finditer(data):
        attributes = match.group(1)
        given = _NUMBER.search(attributes)
        number = int(given.group(1)) if given else number + 1  # r= may be left out
        if _HIDDEN.search(attributes):
            hidden.add(number - 1)
    return frozenset(hidden)


def _has_mark(archive: zipfile.ZipFile, part: str) -> bool:
    tail = b""
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            if HIDDEN_MARK in tail + chunk[: len(HIDDEN_MARK)] or HIDDEN_MARK in chunk:
                return True
            tail = chunk[-len(HIDDEN_MARK) :]
    return False


def hidden_rows_note(rows: list[int]) -> str:
    """What the report says of hidden rows left out (``rows`` from 0), "" for none."""
    if not rows:
        return ""
    numbers = [f"{r + 1:,}" for r in sorted(rows)[:_NAMED]]
    named = (", ".join(numbers[:-1]) + " and " + numbers[-1]) if len(numbers) > 1 else numbers[0]
    if len(rows) > _NAMED:
        named = ", ".join(numbers) + f" and {len(rows) - _NAMED:,} more"
    if len(rows) == 1:
        said, them = f"1 row was hidden in Excel (row {named}), so it was left out", "it"
    else:
        said = f"{len(rows):,} rows were hidden in Excel (rows {named}), so they were left out"
        them = "them"
    return (
        f"{said}: rows are often hidden on purpose. To import {them}, unhide {them} in "
        "Excel (or clear its filter), save, and import the file again."
    )


def all_hidden_reason(count: int, source: str) -> str:
    """Why nothing was imported when every row below the headings (``count`` of them) is
    hidden in Excel: said so, not "there are no rows of statements"."""
    rows = (
        f"the one row below the headings in {source} is"
        if count == 1
        else f"all {count:,} rows below the headings in {source} are"
    )
    return (
        f"Nothing could be imported: {rows} hidden in Excel. Rows are often hidden "
        "on purpose (consent withdrawn); to import them, unhide them in Excel (or clear its "
        "filter), save, and import the file again."
    )
