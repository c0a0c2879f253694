"""A stray far-off cell on the sheet that holds the statements stops the import, saying so with
the Ctrl+End advice, instead of quietly reading the next sheet (last round's statements, or a
sheet of dropdown lists): b5e750a2 passed over every sheet too big to read. A "Notes" sheet,
whose first rows hold no statements, is still passed over; --sheet, or choosing the sheet in
the app, reads the other one (review code-b2 #1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wtfc.importing.cli import main_import
from wtfc.importing.errors import ImportFailed
from wtfc.importing.passed_sheets import SheetRefused
from wtfc.importing.sources import read_source


def _two_rounds(path: Path, second: str = "Autumn 2025") -> Path:
    from openpyxl import Workbook

    book = Workbook()
    spring = book.active
    spring.title = "Spring 2026"
    spring.append(["Person", "What is working"])
    for row in range(2, 12):
        spring.append([f"P{row:02}", f"This spring: my carer {row}"])
    spring["XFD4001"] = " "  # a space typed far off: Ctrl+End's case
    other = book.create_sheet(second)
    if second == "Lists":
        for value in ("Older person", "Family carer", "Staff"):
            other.append([value])
    else:
        other.append(["Person", "What is working"])
        for row in range(2, 9):
            other.append([f"P{row:02}", f"Last autumn: day centre {row}"])
    book.save(path)
    return path


@pytest.mark.parametrize("second", ["Autumn 2025", "Lists"])
def test_a_far_cell_on_the_statements_sheet_stops_the_import_and_names_the_other(
        tmp_path, second):
    with pytest.raises(SheetRefused) as caught:
        read_source(_two_rounds(tmp_path / "rounds.xlsx", second))
    assert (caught.value.sheet, caught.value.instead) == ("Spring 2026", second)
    assert str(caught.value) == (
        "rounds.xlsx has something in cell XFD4001 of the sheet 'Spring 2026', far to the right "
        "of the statements. In Excel (or LibreOffice), press Ctrl+End to go to it, clear it, "
        "save, and import again. wtfc read no other sheet in its place, as 'Spring 2026' may "
        f"be the one with the statements. If they are on '{second}', choose '{second}' as the "
        "sheet to read.")


def test_the_other_sheet_is_read_when_chosen(tmp_path):
    table = read_source(_two_rounds(tmp_path / "rounds.xlsx"), sheet="Autumn 2025")
    assert table.rows[1] == ("P02", "Last autumn: day centre 2")


def test_a_notes_sheet_with_a_far_cell_is_still_passed_over_and_named(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    notes = book.active
    notes.title = "Notes"
    notes.append(["Notes for the team"])
    notes["XFD4001"] = "x"
    sheet = book.create_sheet("Statements")
    sheet.append(["Person", "What is working"])
    sheet.append(["P01", "I like my carer"])
    book.save(tmp_path / "notes.xlsx")
    table = read_source(tmp_path / "notes.xlsx")
    assert (table.sheet, table.passed_over) == ("Statements", ("Notes",))


def test_the_command_line_refuses_unless_sheet_names_one(tmp_path, capsys):
    source = _two_rounds(tmp_path / "rounds.xlsx")
    into = tmp_path / "w.wtfc"
    assert main_import([str(source), "--into", str(into)]) == 1
    said = capsys.readouterr().err
    assert "cell XFD4001 of the sheet 'Spring 2026'" in said and "Ctrl+End" in said
    assert said.rstrip().endswith(
        "If they are on 'Autumn 2025', import again with --sheet \"Autumn 2025\".")
    assert not into.exists()
    assert main_import([str(source), "--into", str(into), "--sheet", "Autumn 2025"]) == 0
    assert "7 cards added" in capsys.readouterr().out


def test_an_unreadable_first_rows_check_errs_on_stopping(tmp_path):
    from wtfc.importing.passed_sheets import may_hold_statements

    (tmp_path / "x.xlsx").write_bytes(b"not a workbook")
    assert may_hold_statements(tmp_path / "x.xlsx", "Sheet1", first_rows=15, shown="x.xlsx")
    assert issubclass(SheetRefused, ImportFailed)  # every caller's "Nothing was imported"
