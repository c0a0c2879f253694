"""The app's import report says when a second care manager's sheet uses codes whose cards
already came from another import (tests/importing/test_other_sheet_codes.py), and
Undo takes that import out in one step."""

from __future__ import annotations

from import_fixtures import shown_dialog, wait_for
from renders import save_render

from tests.importing.import_files import template_sheet
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.undo import UndoAdapter

NORTH = [["P01", "Older person", "North", "", "", "I like the garden", None, "Cold house", None,
          "Warm home", None]]
SOUTH = [["P01", "Older person", "South", "", "", "Lunch club", None, "Lonely at weekends",
          None, "See family", None]]


def _import(qtbot, doc, undo, path):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.resize(900, 600)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    dialog.import_now()
    wait_for(qtbot, dialog, "report")
    return dialog


def test_the_report_page_says_p01_may_be_someone_else(qtbot, tmp_path):
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    first = _import(qtbot, doc, undo, template_sheet(tmp_path, "north.xlsx", NORTH))
    assert "already has cards" not in first.report_page.text.toPlainText()
    dialog = _import(qtbot, doc, undo, template_sheet(tmp_path, "south.xlsx", SOUTH))
    report = dialog.report_page.text.toPlainText()
    assert ("P01 already has cards from import 1, and a code is the same person in every file. "
            "P01 is “North” on People and “South” on this sheet. If this sheet is from another "
            "area or care manager, this is another person: Undo takes this import out; then "
            "import the sheet again and tick “Give this sheet's people codes of their own”. If "
            "it is more from the same person, nothing needs doing.") in report
    save_render(dialog, "import_other_sheet_codes", always=True)
    assert len(doc.workshop.cards) == 6
    undo.stack.undo()
    assert [c.text for c in doc.workshop.cards] == ["I like the garden", "Cold house", "Warm home"]
    undo.stack.redo()
    assert len(doc.workshop.cards) == 6
