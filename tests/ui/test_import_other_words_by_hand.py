"""Import from the mapping step, with a row in other words: the page that asks about it says
the columns are read as the facilitator chose them, not "wtfc knows every column heading", and
one row reads in the singular: "If the card was reworded…", "Add it" / "Leave it out", with
Alt+A and Alt+L as before (review code-b2 #4)."""

from __future__ import annotations

import csv
import os

from import_fixtures import shown_dialog

from wtfc.importing.fields import Field
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.undo import UndoAdapter

ROWS = [[f"P0{n}", f"My carer is kind {n}", "Working"] for n in range(1, 7)]


def _csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Q1", "Q2", "Q3"])  # headings wtfc does not know
        writer.writerows(rows)
    return path


def _by_hand(qtbot, doc, undo, path):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.resize(900, 640)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage == "mapping", timeout=10_000)
    for column, field in ((0, Field.PERSON), (1, Field.TEXT), (2, Field.KIND)):
        dialog.mapping_step.set_field(column, field)
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage in ("report", "confirm"), timeout=10_000)
    return dialog


def test_one_row_in_other_words_after_mapping_by_hand(qtbot, tmp_path):
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    _by_hand(qtbot, doc, undo, _csv(tmp_path / "cm.csv", ROWS)).close()
    corrected = [list(row) for row in ROWS]
    corrected[2][1] = "Nobody rings when the carer is late"
    dialog = _by_hand(qtbot, doc, undo, _csv(tmp_path / "cm_corrected.csv", corrected))
    assert dialog.stage == "confirm"
    said = dialog.confirm_label.text()
    assert "wtfc knows every column heading" not in said
    assert said.startswith("The columns of <b>cm_corrected.csv</b> are read as you chose them")
    choice = dialog.confirm_page.other_words
    assert " If the card was reworded on the wall since, it is the same statement;" in (
        choice.label.text())
    assert choice.add.text() == "&Add it (a corrected or new statement)"
    assert choice.leave.text() == "&Leave it out (it was reworded on the wall)"
    if os.environ.get("WTFC_TEST_PICTURES"):
        dialog.grab().save(f"{os.environ['WTFC_TEST_PICTURES']}/by_hand_one_row.png")
    choice.leave.setChecked(True)
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.confirm_page.heading.text() == "Nothing new to import",
                    timeout=10_000)  # the other rows were there already (Q1/Q2/Q3: headings)
    assert len(doc.workshop.cards) == 6  # the row left out, as chosen
