"""What the import dialog says at the edges of the same file imported again (code review 35
A21, after F12 put the plan's words right): the same file with blank rows is "Nothing new to
import", not a file whose columns to check; a cell whose two cards were both reworded on the
wall is listed once on the confirm page, with its count, and one person is "the same person"."""

from __future__ import annotations

import csv

from import_fixtures import import_through, shown_dialog, wait_for

from wtfc.model.document import Document
from wtfc.model.operations.cards import edit_card
from wtfc.model.workshop import Workshop
from wtfc.ui.undo import UndoAdapter

CELL = "To see my grandchildren more\nTo feel safe at night"
REWORDED = (("To see my grandchildren more", "Seeing the grandchildren"),
            ("To feel safe at night", "Feeling safe when dark"))


def _csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    return path


def _imported_then_reworded(qtbot, tmp_path, others: int):
    """P01's two-statement cell and ``others`` working rows imported, then both of P01's cards
    reworded on the wall. Returns doc, undo, the sheet's path and its rows."""
    rows = [["Person ID", "Kind", "Statement"], ["P01", "Future", CELL]]
    rows += [[f"P{i + 1:02d}", "Working", f"Thing number {i} is fine for me"]
             for i in range(1, others + 1)]
    path = _csv(tmp_path / "review.csv", rows)
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    import_through(qtbot, doc, undo, path)
    for text, new in REWORDED:
        card = next(c for c in doc.workshop.cards if c.text == text)
        assert undo.push(edit_card(doc, card_id=card.id, text=new))
    return doc, undo, path, rows


def _again(qtbot, doc, undo, path):
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "confirm")
    return dialog


def test_the_same_file_with_blank_rows_again_is_nothing_new(qtbot, tmp_path):
    """The heading said "Nothing to import" and sent the facilitator to check the columns."""
    path = _csv(tmp_path / "review.csv", [
        ["Person ID", "Kind", "Statement"], ["P01", "Future", CELL], ["P02", "Working", ""],
        ["P03", "Working", "My carers are kind"], ["P04", "Working", ""],
        ["P05", "Working", "Lunch club is good"]])
    doc = Document(Workshop())
    undo = UndoAdapter(doc)
    import_through(qtbot, doc, undo, path)
    dialog = _again(qtbot, doc, undo, path)
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage != "reading", timeout=10_000)
    assert dialog.confirm_page.heading.text() == "Nothing new to import"
    assert "Check the columns" not in dialog.confirm_label.text()
    assert "already in the workshop" in dialog.confirm_label.text()
    assert undo.stack.count() == 1


def test_a_cell_whose_two_cards_were_reworded_is_listed_once(qtbot, tmp_path):
    """The confirm page listed "Row 2 (P01); Row 2 (P01)"; it still counts 2 statements."""
    doc, undo, path, _rows = _imported_then_reworded(qtbot, tmp_path, 11)
    dialog = _again(qtbot, doc, undo, path)
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.confirm_page.other_words.isVisible(), timeout=10_000)
    said = dialog.confirm_page.other_words.label.text()
    assert "2 statements of this sheet" in said
    assert "Row 2 (P01, 2 statements)" in said and "Row 2 (P01); Row 2 (P01)" not in said


def test_the_unsure_rows_of_one_person_say_the_same_person(qtbot, tmp_path):
    """Past one in five rows differ: Import adds them, said; "for the same people" of one."""
    doc, undo, path, rows = _imported_then_reworded(qtbot, tmp_path, 5)
    rows[2] = ["P09", "Working", "Something else entirely"]
    dialog = _again(qtbot, doc, undo, _csv(path, rows))
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.confirm_page.other_words.isVisible(), timeout=10_000)
    said = dialog.confirm_page.other_words.label.text()
    assert "for the same person, in other words: Row 2 (P01, 2 statements)" in said, said
