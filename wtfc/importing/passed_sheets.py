"""A sheet passed over while wtfc looks for the statements, because a stray far-off cell makes
it too big to read (``far_cells``): whether it may hold the statements, and the refusal that
stops the import when it may.

Passing over every such sheet (b5e750a2) made a workbook whose first sheet held this round's
statements and a stray cell import the next sheet, last round's, with no word before Import
and exit code 0 from the command line. A sheet is passed over only when its first rows show
no statements heading: a "Notes" or cover sheet. They are read as a stream (openpyxl stops
after them), so the far cell builds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wtfc.importing.errors import ImportFailed
from wtfc.importing.file_names import shown_name
from wtfc.importing.limits import MAX_COLUMNS
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable, collect_rows


class SheetRefused(ImportFailed):
    """The import stopped at ``sheet``, which may hold the statements; ``instead`` is the sheet
    wtfc would otherwise have read, for the facilitator to choose, never chosen for them."""

    def __init__(self, problem: str, *, sheet: str, instead: str) -> None:
        self.problem, self.sheet, self.instead = problem, sheet, instead
        super().__init__(self.advice(f"choose '{shown_name(instead)}' as the sheet to read"))

    def advice(self, how: str) -> str:
        """The refusal, ending with ``how`` the facilitator imports the other sheet."""
        return (f"{self.problem} wtfc read no other sheet in its place, as '"
                f"{shown_name(self.sheet)}' may be the one with the statements. If they are "
                f"on '{shown_name(self.instead)}', {how}.")


def may_hold_statements(path: Path, sheet: str, *, first_rows: int, shown: str) -> bool:
    """Whether the sheet's first rows map to statements (True when they cannot be read: an
    .ods, or a file openpyxl refuses; stopping is the safe side)."""
    try:
        book = _streamed_book(path, sheet)
    except Exception:  # a form openpyxl does not read
        return True
    try:
        raw = book[sheet].iter_rows(max_row=first_rows, max_col=MAX_COLUMNS, values_only=True)
        rows = collect_rows(raw, source_name=shown)
    except Exception:
        return True
    finally:
        book.close()
    return bool(rows) and guess_mapping(SourceTable(rows=rows, source_name=shown)
                                        ).finds_statements()


def _streamed_book(path: Path, sheet: str) -> Any:
    """The workbook as openpyxl streams it, with ``sheet`` its only sheet, whose size is not
    worked out and whose shared strings are read only as far as the rows asked for use them:
    in a file with no stated size (as openpyxl writes one, streamed), each sheet was parsed
    whole first, and every string too (100,000 statements: 2 s to peek at 15 rows)."""
    from openpyxl.reader.excel import SHARED_STRINGS, ExcelReader
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    class Peek(ReadOnlyWorksheet):  # type: ignore[misc]
        def _get_size(self) -> None:
            pass  # the rows read are given, so no size is needed

    reader = ExcelReader(path, read_only=True, data_only=True)

    def read_strings() -> None:
        found = reader.package.find(SHARED_STRINGS)
        if found is not None:
            reader.shared_strings = _StringsAsNeeded(reader.archive, found.PartName[1:])

    def read_worksheets() -> None:
        for found, rel in reader.parser.find_sheets():
            if found.name == sheet and "chartsheet" not in rel.Type:
                reader.wb._sheets.append(Peek(reader.wb, sheet, rel.target,
                                              reader.shared_strings))
    reader.read_strings, reader.read_worksheets = read_strings, read_worksheets
    reader.read()
    return reader.wb


class _StringsAsNeeded:
    """openpyxl's shared-strings list, parsed up to the highest index looked up so far."""

    def __init__(self, archive: Any, name: str) -> None:
        self._archive, self._name, self._read = archive, name, list[str]()
        self._rest: Iterator[str] | None = None

    def __getitem__(self, index: int) -> str:
        if self._rest is None:
            self._rest = self._strings()
        while len(self._read) <= index:
            found = next(self._rest, None)
            if found is None:  # as openpyxl's list would: the sheet is not read
                raise IndexError(f"no shared string {index}")
            self._read.append(found)
        return self._read[index]

    def _strings(self) -> Iterator[str]:
        from openpyxl.cell.text import Text
        from openpyxl.xml.constants import SHEET_MAIN_NS
        from openpyxl.xml.functions import iterparse

        tag = f"{{{SHEET_MAIN_NS}}}si"
        with self._archive.open(self._name) as source:
            for _, node in iterparse(source):
                if node.tag == tag:  # as openpyxl's read_string_table reads each
                    yield Text.from_tree(node).content.replace("x005F_", "")
                    node.clear()
