"""Which cells of an .xlsx sheet hold a formula whose result was never saved, and which hold
an Excel error value (#NAME?, #VALUE!…) in place of words.

Excel saves each formula's result beside it, and the readers read that result. Workbooks
written by scripts and reporting tools (openpyxl among them) save the formula alone, so its
cell reads as empty, and a row looks as if it had no statement or no kind. Opening the file
in Excel and saving it works the results out. A statement typed into a General cell starting
with "=", "-", "+" or "@" ("-not enough time") is taken by Excel for a formula, and saved as
an error: calamine reads it as empty, openpyxl as "#NAME?"; either way the words are gone.

The sheet's XML is read for this only when a row reads as empty (or as "#…") where a
statement, a person, a kind or a tag should be, and once per table: an import of a sheet with
every cell filled never reads it.
"""

from __future__ import annotations

import posixpath
import re
import threading
import zipfile
from pathlib import Path

_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CELL = re.compile(rb"<(?:\w+:)?c\s([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
_REFERENCE = re.compile(rb'\br="([A-Z]{1,3})(\d{1,7})"')
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
_TEXT_TYPE = re.compile(rb'\bt="str"')
_ERROR_TYPE = re.compile(rb'\bt="e"')


class UnsavedFormulas:
    """The (row, column) places, counted from 0, of one sheet's formulas with no saved result.

    Looked for when first asked, then remembered, with the sheet's error cells (``error``).
    Anything that goes wrong reading them (the file moved, not an .xlsx) gives none: this only
    words a skipped row's reason better.
    """

    def __init__(self, path: Path, sheet: str) -> None:
        self._path = path
        self._sheet = sheet
        self._found: tuple[frozenset[tuple[int, int]], dict[tuple[int, int], str]] | None = None
        self._lock = threading.Lock()  # a preview and an import may ask at once

    def _cells(self) -> tuple[frozenset[tuple[int, int]], dict[tuple[int, int], str]]:
        if self._found is not None:  # (asked for each blank tag cell: no lock once read)
            return self._found
        with self._lock:
            if self._found is None:
                self._found = _unsaved_formulas(self._path, self._sheet)
            return self._found

    def __contains__(self, place: object) -> bool:
        return place in self._cells()[0]

    def has_errors(self) -> bool:
        """Whether any cell of the sheet holds an error value."""
        return bool(self._cells()[1])

    def error(self, place: tuple[int, int]) -> str:
        """The error value ("#NAME?") Excel saved in the cell at ``place``, else ""."""
        return self._cells()[1].get(place, "")


def _unsaved_formulas(
    path: Path, sheet: str
) -> tuple[frozenset[tuple[int, int]], dict[tuple[int, int], str]]:
    """The places of the formulas with no saved result, and of the error cells with their
    values."""
    try:
        with zipfile.ZipFile(path) as archive:
            part = sheet_part(archive, sheet)
            if part is None:
                return frozenset(), {}
            data = archive.read(part)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return frozenset(), {}
    # (plain substring tests first: the regular expressions take 0.3 s on 60,000 rows, and a
    # blank tag cell asks, so most sheets are looked at)
    formulas = (b"<f" in data or b":f" in data) and _FORMULA.search(data)
    if not formulas and not (b't="e"' in data and _ERROR_TYPE.search(data)):
        return frozenset(), {}
    cells = set()
    errors: dict[tuple[int, int], str] = {}
    for match in _CELL.finditer(data):
        attributes, body = match.group(1), match.group(2) or b""
        value = _VALUE.search(body)
        if _ERROR_TYPE.search(attributes):
            if (place := _place(attributes)) is not None:
                shown = value.group(1).decode("ascii", "replace").strip() if value else ""
                errors[place] = shown or "an error"
            continue
        if not _FORMULA.search(body):
            continue
        # (a formula whose result is "" is saved as t="str" with an empty value)
        if value is not None and (value.group(1).strip() or _TEXT_TYPE.search(attributes)):
            continue
        if (place := _place(attributes)) is not None:
            cells.add(place)
    return frozenset(cells), errors


def _place(attributes: bytes) -> tuple[int, int] | None:
    """(row, column), from 0, of a cell by its ``r="H8"``."""
    reference = _REFERENCE.search(attributes)
    if reference is None:
        return None
    return int(reference.group(2)) - 1, _column_index(reference.group(1))


def sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The name in the archive of the sheet's XML ("xl/worksheets/sheet1.xml")."""
    from defusedxml import ElementTree

    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    relation = next(
        (
            value
            for element in workbook.iter()
            if element.tag.endswith("}sheet") and element.get("name") == sheet
            for key, value in element.attrib.items()
            if key.endswith("}id")
        ),
        None,
    )
    if relation is None:
        return None
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for element in relations:
        if element.get("Id") == relation:
            target = element.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return posixpath.normpath(posixpath.join("xl", target))
    return None


def _column_index(letters: bytes) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + letter - 64
    return index - 1
