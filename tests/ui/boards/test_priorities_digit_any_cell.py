"""Choose priorities: after Home or Ctrl+Home a number typed and Enter recorded nothing and
said nothing (review 34 W2 R1). The rows are highlighted whole, so that the current cell was
no longer Votes could not be seen; the digit was a keyboard search. A digit typed on any cell
of a row now opens that row's Votes editor with the digit in it, as the heading promises."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView

from tests.ui.renders import save_render
from tests.ui.spoken_checks import catch_announcements
from wtfc.model.operations.themes import set_priority
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.boards.priorities_table import VotesEditor

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def _board(qtbot, doc, undo) -> PrioritiesBoard:
    board = PrioritiesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1280, 720)
    board.show()
    qtbot.waitExposed(board)
    board.table.setFocus()
    return board


@pytest.mark.parametrize(("key", "modifier"), [(K.Key_Home, CTRL), (K.Key_Home, None)],
                         ids=["ctrl_home", "home"])
def test_a_number_typed_after_home_records_that_rows_votes(qtbot, doc, undo, monkeypatch,
                                                           key, modifier):
    for theme in doc.workshop.themes:
        undo.push(set_priority(doc, theme_id=theme.id, votes=9))
    board = _board(qtbot, doc, undo)
    table = board.table
    table.setCurrentIndex(table.model().index(1, Column.VOTES))
    said = catch_announcements(monkeypatch)
    QTest.keyClick(table, key, modifier or Qt.KeyboardModifier.NoModifier)
    assert table.currentIndex().column() != Column.VOTES  # as she cannot see
    row = table.currentIndex().row()
    theme = board.current_theme()
    assert theme is not None
    QTest.keyClicks(table, "6")
    editor = table.indexWidget(table.currentIndex())
    assert isinstance(editor, VotesEditor) and editor.text() == "6"  # the digit in it
    if key == K.Key_Home and modifier is CTRL:
        save_render(board, "priorities_digit_after_ctrl_home")
    QTest.keyClick(editor, K.Key_Return)
    qtbot.waitUntil(lambda: doc.theme(theme.id).priority.votes == 6)
    assert any(words.startswith("6 votes") for words in said)
    assert table.state() != QAbstractItemView.State.EditingState
    undo.stack.undo()
    assert doc.theme(theme.id).priority.votes == 9
    undo.stack.redo()
    assert doc.theme(theme.id).priority.votes == 6
    assert row == table.currentIndex().row() - 1  # Enter moved down, as in a spreadsheet


def test_a_digit_on_the_reason_goes_to_votes_a_letter_still_says_how(qtbot, doc, undo):
    undo.push(set_priority(doc, theme_id="lonely", reason="Raised at every table"))
    board = _board(qtbot, doc, undo)
    board.select_theme("lonely", Column.REASON)
    QTest.keyClick(board.table, K.Key_B)  # a remote's Blank: edits nothing, says how
    assert board.table.state() != QAbstractItemView.State.EditingState
    assert "F2" in board.notice.text()
    QTest.keyClick(board.table, K.Key_3)
    assert board.table.currentIndex().column() == Column.VOTES
    assert isinstance(board.table.indexWidget(board.table.currentIndex()), VotesEditor)
    assert doc.theme("lonely").priority.reason == "Raised at every table"
