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

from pathlib import Path

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
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
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
