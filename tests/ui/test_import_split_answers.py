"""The mapping step offers a card for each answer of a cell that holds more than one ("◉ One
card an answer ○ Keep each cell as one card"), one card an answer by default; the import
follows the choice and stays one undo step (review 34 R4 R3)."""

from __future__ import annotations

import csv

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog
from PySide6.QtCore import Qt

from tests.importing.test_split_answers import ROWS, SPLIT
from tests.ui.renders import save_render
from tests.ui.settled import settle


@pytest.fixture
def doc():
    return collect_document()


def _mapping_step(qtbot, doc, undo, tmp_path, rows):
    path = tmp_path / "E1.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm"), timeout=10_000)
    if dialog.stage == "confirm":
        dialog.confirm_page.check_columns.emit()
    settle()
    return dialog


def _imported(qtbot, dialog, doc):
    before = {card.id for card in doc.workshop.cards}
    dialog.import_now()
    qtbot.waitUntil(lambda: dialog.stage == "report", timeout=10_000)
    return [(c.person, c.kind, c.text) for c in doc.workshop.cards if c.id not in before]


def test_one_card_an_answer_by_default(qtbot, doc, undo, tmp_path):
    dialog = _mapping_step(qtbot, doc, undo, tmp_path, ROWS)
    offer = dialog.mapping_step.split_offer
    save_render(dialog, "import_split_answers")
    assert offer.isVisible() and offer.text() == (
        "3 cells hold more than one answer (a line each, or parted by “; ”):")
    assert offer.split.isChecked() and offer.split.text() == "&One card an answer"
    cards = _imported(qtbot, dialog, doc)
    assert cards == SPLIT
    texts = {text for *_, text in SPLIT}
    undo.stack.undo()  # one step takes the whole import out, and puts it back
    assert not [c for c in doc.workshop.cards if c.text in texts]
    undo.stack.redo()
    assert len([c for c in doc.workshop.cards if c.text in texts]) == len(SPLIT)


def test_keep_each_cell_as_one_card_by_the_keys(qtbot, doc, undo, tmp_path):
    rows = ROWS[:2]  # lines only: "One card a line"
    dialog = _mapping_step(qtbot, doc, undo, tmp_path, rows)
    offer = dialog.mapping_step.split_offer
    assert offer.text() == "1 cell holds more than one answer (a line each):"
    assert offer.split.text() == "&One card a line"
    offer.split.setFocus()
    qtbot.keyClick(offer.split, Qt.Key.Key_Right)  # the arrows move to the other choice
    settle()
    assert offer.keep.isChecked() and offer.keep.hasFocus()
    assert dialog.mapping_step.mapping.keep_cells
    save_render(dialog, "import_split_answers_kept")
    assert _imported(qtbot, dialog, doc) == [
        (SPLIT[0][0], SPLIT[0][1], "To see my grandchildren more To feel safe at night")]


def test_a_known_sheet_says_it_before_import(qtbot, doc, undo, tmp_path):
    rows = [("Person", "Statement", "Kind"),
            ("P01", "To see my grandchildren more\nTo feel safe at night", "Future")]
    path = tmp_path / "template.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.stage in ("mapping", "confirm"), timeout=10_000)
    assert dialog.stage == "confirm"  # the mapping step is skipped: its choice is named
    assert ("1 cell holds more than one answer (a line each): each answer becomes a card of "
            "its own. To keep each cell as one card, click Check the columns first."
            ) in dialog.confirm_page.label.text().replace("<b>", "").replace("</b>", "")


def test_a_sentence_over_two_lines_is_one_card_in_the_window(qtbot, doc, undo, tmp_path):
    """Review 34 A14 S2: a sentence typed over two lines, the second capitalised as phones do
    after Return, went in as two half cards by default; now as one, with nothing offered."""
    rows = [("Person", "Kind", "Statement"),
            ("P1", "Future", "I would like to see\nMy grandson in Leeds more often"),
            ("P2", "Not working", "The carers rush me and I feel\nLike a number not a person")]
    dialog = _mapping_step(qtbot, doc, undo, tmp_path, rows)
    assert not dialog.mapping_step.split_offer.isVisible()
    assert [text for *_, text in _imported(qtbot, dialog, doc)] == [
        "I would like to see My grandson in Leeds more often",
        "The carers rush me and I feel Like a number not a person"]
