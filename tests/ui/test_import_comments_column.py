"""A care manager adds "Working 3" and "Comments" columns to the collection template: Working 3
is read as a working card, and Comments (a note with no kind) is left out and said, as "Notes"
is. The confirm page said "⚠ Import will skip 1 row: 1 with no kind." and the report "Row 8,
Comments: unknown kind (the kind cell is blank)" of a sheet that has no kind cell."""

from __future__ import annotations

from io import BytesIO

from import_fixtures import shown_dialog, wait_for
from openpyxl import load_workbook
from renders import save_render

from wtfc.importing.template import template_bytes
from wtfc.model.document import Document
from wtfc.model.workshop import Kind, Workshop
from wtfc.ui.undo import UndoAdapter


def _sheet(path):
    workbook = load_workbook(BytesIO(template_bytes(".xlsx")))
    sheet = workbook.active
    heading_row = sheet.max_row
    sheet.cell(heading_row, 12, "Working 3")
    sheet.cell(heading_row, 13, "Comments")
    sheet.append(["P01", "Older person", "North", "", "", "My garden", None, "Cold house", None,
                  "Warm home", None, "My cat", "Daughter visits on Sundays"])
    workbook.save(path)
    return path


def test_a_comments_column_is_left_out_and_said_not_a_row_with_no_kind(qtbot, tmp_path):
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.resize(900, 600)
    dialog.load_file(_sheet(tmp_path / "w3.xlsx"))
    wait_for(qtbot, dialog, "confirm")
    assert dialog.skip_note.text() == "Left out: Comments (1 cell with words)."
    save_render(dialog, "import_comments_column", always=True)
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    report = dialog.report_page.text.toPlainText()
    assert "Left out: Comments (1 cell with words)." in report
    assert "unknown kind" not in report
    assert [(c.kind, c.text) for c in doc.workshop.cards] == [
        (Kind.WORKING, "My garden"), (Kind.NOT_WORKING, "Cold house"), (Kind.FUTURE, "Warm home"),
        (Kind.WORKING, "My cat")]
