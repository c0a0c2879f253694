"""A stray far-off cell on a "Notes" sheet before the statements no longer stops the import:
that sheet is passed over while wtfc looks for the statements, and the sheet note says why,
with the Ctrl+End advice. It still stops the import when chosen, or when every sheet is refused
(review code-a3 #2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wtfc.importing.errors import ImportFailed
from wtfc.importing.sources import read_source


def _notes_first(path: Path, *, statements: bool = True) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    notes = book.active
    notes.title = "Notes"
    notes["A1"] = "Notes for the team"
    notes["XFD4001"] = "x"  # a stray far off: calamine would build 65 million cells
    sheet = book.create_sheet("Statements")
    if statements:
        sheet.append(["Person", "What is working"])
    for row in range(2, 12):
        sheet.append([f"P{row}", f"I like my carer {row}"] if statements else [f"note {row}"])
    book.save(path)
    return path


def test_the_statements_after_a_notes_sheet_with_a_far_cell_import(tmp_path):
    table = read_source(_notes_first(tmp_path / "reviews.xlsx"))
    assert table.sheet == "Statements" and len(table.rows) == 11
    assert table.sheet_note.endswith(
        "The sheet 'Notes' could not be looked at: reviews.xlsx has something in cell XFD4001 "
        "of the sheet 'Notes', far to the right of the statements. In Excel (or LibreOffice), "
        "press Ctrl+End to go to it, clear it, save, and import again.")


def test_with_no_statements_found_the_first_sheet_that_can_be_read_is_read(tmp_path):
    # its columns are then chosen by hand, as for any sheet whose headings wtfc does not know
    table = read_source(_notes_first(tmp_path / "reviews.xlsx", statements=False))
    assert table.sheet == "Statements" and table.rows[0] == ("note 2",)
    assert "The sheet 'Notes' could not be looked at: " in table.sheet_note


def test_chosen_the_notes_sheet_is_refused(tmp_path):
    with pytest.raises(ImportFailed, match="cell XFD4001 of the sheet 'Notes'"):
        read_source(_notes_first(tmp_path / "reviews.xlsx"), sheet="Notes")


def test_when_every_sheet_is_refused_the_first_is_named(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Notes"
    book.active["XFD4001"] = "x"
    book.create_sheet("Old")["XFD5001"] = "y"
    book.save(tmp_path / "reviews.xlsx")
    with pytest.raises(ImportFailed, match="cell XFD4001 of the sheet 'Notes'"):
        read_source(tmp_path / "reviews.xlsx")
