"""The import's Ready to import page says, before Import, which rows hidden in Excel will be
left out, and counts only the rows it will read. It said "3 rows below the headings" for a
sheet with two of its three rows hidden, and only the report after importing said those two
were left out."""

from __future__ import annotations

import pytest
from collect_fixtures import collect_document, save_render
from import_fixtures import shown_dialog, wait_for
from openpyxl import Workbook

from wtfc.ui.import_pages import hidden_text


@pytest.fixture
def doc():
    return collect_document()


ROWS = [
    ["Person", "Kind", "Statement"],
    ["P30", "Working", "Withdrawn: do not use"],
    ["P31", "Working", "My garden"],
    ["P32", "Working", "My cat"],
]


def _workbook(path, hidden, rows=ROWS):
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for number in hidden:  # Excel's row numbers
        sheet.row_dimensions[number].hidden = True
    book.save(path)
    return path


def test_the_ready_page_counts_the_rows_it_reads_and_names_the_hidden_ones(
    qtbot, doc, undo, tmp_path
):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(_workbook(tmp_path / "reviews.xlsx", hidden=[2, 4]))
    wait_for(qtbot, dialog, "confirm")
    said = dialog.confirm_label.text()
    assert "(one row per statement, 1 row below the headings)." in said
    assert (
        "2 rows hidden in Excel (rows 2 and 4) will be left out: rows are often hidden on "
        "purpose. To import them, unhide them in Excel (or clear its filter), save, and import "
        "the file again."
    ) in said
    assert "Withdrawn" not in said
    save_render(dialog, "import_confirm_hidden_rows")
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert dialog.report_heading.text() == "1 card added from 1 row."


def test_a_sheet_with_nothing_hidden_says_nothing_of_hidden_rows(qtbot, doc, undo, tmp_path):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(_workbook(tmp_path / "reviews.xlsx", hidden=[]))
    wait_for(qtbot, dialog, "confirm")
    said = dialog.confirm_label.text()
    assert "3 rows below the headings" in said
    assert "hidden" not in said


def test_one_hidden_row_and_many():
    assert hidden_text([4]).startswith(
        "<br><br>1 row hidden in Excel (row 5) will be left out: rows are often hidden on "
        "purpose. To import it, unhide it in Excel"
    )
    assert hidden_text(list(range(1, 9))).startswith(
        "<br><br>8 rows hidden in Excel (rows 2, 3, 4, 5, 6 and 3 more) will be left out"
    )


def test_a_sheet_whose_every_row_is_hidden_says_so_before_and_after_import(
    qtbot, doc, undo, tmp_path
):
    """It said '0 rows below the headings', then 'Click Import to add its statements', and
    after Import 'there are no rows of statements'."""
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(_workbook(tmp_path / "reviews.xlsx", hidden=[2, 3, 4]))
    wait_for(qtbot, dialog, "confirm")
    said = dialog.confirm_label.text()
    assert "every row below the headings is hidden in Excel, so there is nothing to import" in said
    assert "0 rows" not in said and "Click <b>Import</b>" not in said
    assert "To import them, unhide them in Excel" in said
    save_render(dialog, "import_confirm_all_hidden")
    cards = len(doc.workshop.cards)
    dialog.import_now()
    qtbot.waitUntil(lambda: "Nothing" in dialog.confirm_label.text(), timeout=5000)
    said = dialog.confirm_label.text()
    assert "all 3 rows below the headings in reviews.xlsx are hidden in Excel" in said
    assert "no rows of statements" not in said and "why each row is skipped" not in said
    save_render(dialog, "import_all_hidden_nothing")
    assert len(doc.workshop.cards) == cards


def test_a_blank_row_among_hidden_ones_is_no_row_to_import(qtbot, doc, undo, tmp_path):
    """A blank row among hidden rows was counted: 'Ready to import' said '1 row below the
    headings' and 'Click Import', and Import then found no rows at all."""
    rows = [ROWS[0], ROWS[1], [], ROWS[2]]
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(_workbook(tmp_path / "reviews.xlsx", hidden=[2, 4], rows=rows))
    wait_for(qtbot, dialog, "confirm")
    said = dialog.confirm_label.text()
    assert "every row below the headings is hidden in Excel, so there is nothing to import" in said
    assert "1 row below" not in said and "Click <b>Import</b>" not in said


def test_blank_rows_are_not_counted_as_rows_below_the_headings(qtbot, doc, undo, tmp_path):
    rows = [ROWS[0], ROWS[1], [], ROWS[2], [], ROWS[3]]
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(_workbook(tmp_path / "reviews.xlsx", hidden=[2], rows=rows))
    wait_for(qtbot, dialog, "confirm")
    assert "2 rows below the headings" in dialog.confirm_label.text()
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    assert dialog.report_heading.text() == "2 cards added from 2 rows."
