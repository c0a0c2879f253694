"""Understand's Choose priorities row of a priority whose cards were all deleted: it read "#4 ✗
Not working I feel rushed 0 0 7" with no mark, so nothing said the room's choice now stands
on no one's words (review R6 R1). Its Cards cell reads "⚠ none", with words in its tip and
for a screen reader, until Undo brings the cards back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.model.document import Document
from wtfc.model.operations.cards import delete_cards
from wtfc.model.workshop import Card, Kind, Person, Priority, Theme, Workshop
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.undo import UndoAdapter

NW = Kind.NOT_WORKING


def _board(qtbot) -> tuple[PrioritiesBoard, Document, UndoAdapter]:
    ws = Workshop(
        people=[Person(id="P9"), Person(id="P1")],
        cards=[Card(id="a", kind=NW, text="Always rushed", person="P9"),
               Card(id="b", kind=NW, text="In and out", person="P9"),
               Card(id="c", kind=NW, text="Late again", person="P1")],
        themes=[Theme(id="rushed", kind=NW, name="I feel rushed", card_ids=["a", "b"],
                      priority=Priority(chosen=True, rank=1, votes=7)),
                Theme(id="late", kind=NW, name="Nobody says when", card_ids=["c"])])
    doc = Document(ws)
    undo = UndoAdapter(doc)
    board = PrioritiesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1000, 600)
    board.show()
    return board, doc, undo


def _cell(board, theme_id: str, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return board.model.index(board.model.row_of(theme_id), column).data(role)


def test_a_priority_left_with_no_cards_is_marked_with_words(qtbot):
    board, doc, undo = _board(qtbot)
    assert _cell(board, "rushed", Column.CARDS) == "2"
    undo.push(delete_cards(doc, card_ids=["a", "b"]))
    assert _cell(board, "rushed", Column.CARDS) == "⚠ none"
    tip = _cell(board, "rushed", Column.CARDS, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("No cards left: this priority has no one's words behind it.")
    said = _cell(board, "rushed", Column.CARDS, Qt.ItemDataRole.AccessibleTextRole)
    assert said.startswith("0 cards: I feel rushed. No cards left")
    assert _cell(board, "rushed", Column.PRIORITY, Qt.ItemDataRole.AccessibleTextRole) == \
        "Priority 1, no cards left"
    undo.stack.undo()  # the cards come back, and the mark goes
    assert _cell(board, "rushed", Column.CARDS) == "2"
    assert _cell(board, "rushed", Column.PRIORITY, Qt.ItemDataRole.AccessibleTextRole) == \
        "Priority 1"


def test_a_theme_with_no_cards_that_is_not_a_priority_is_not_marked(qtbot):
    board, doc, undo = _board(qtbot)
    undo.push(delete_cards(doc, card_ids=["c"]))
    assert _cell(board, "late", Column.CARDS) == "0"
    assert _cell(board, "late", Column.PRIORITY, Qt.ItemDataRole.AccessibleTextRole) == \
        "Not a priority"
