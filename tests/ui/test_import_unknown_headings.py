"""Import, mapped by hand, of a CSV whose headings wtfc does not know ("Q1, Q2, Q3"): the
mapping step says the headings are in row 1, and the report reads "6 cards added from 6 rows",
not "from 7 rows; 1 skipped … unknown kind ('Q3')"."""

import csv

from import_fixtures import shown_dialog
from PySide6.QtWidgets import QLabel

from wtfc.importing.fields import Field
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.undo import UndoAdapter


def test_unknown_headings_mapped_by_hand_import_six_cards_from_six_rows(qtbot, tmp_path):
    path = tmp_path / "cm.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Q1", "Q2", "Q3"])
        writer.writerows([f"P0{n}", f"My carer is kind {n}", "Working"] for n in range(1, 7))
    doc = Document(Workshop())
    dialog = shown_dialog(qtbot, doc, UndoAdapter(doc))
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage in ("confirm", "mapping"), timeout=10_000)
    for column, field in ((0, Field.PERSON), (1, Field.TEXT), (2, Field.KIND)):
        dialog.mapping_step.set_field(column, field)
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage == "report", timeout=10_000)
    said = " ".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
    assert "6 cards added from 6 rows" in said
    assert "skipped" not in said and "Q3" not in said
    assert [c.text for c in doc.workshop.cards] == [f"My carer is kind {n}" for n in range(1, 7)]
