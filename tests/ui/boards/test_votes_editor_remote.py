"""The Votes editor and a presenter remote (review 25 code-e E4, E6).

A "b"-sending remote's Blank was refused in the Votes editor ("Votes are a whole number…")
where "." blanked the room; and "+" was said to be refused, yet "+6" stood in the editor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.themes import set_priority
from wtfc.model.workshop import Stage
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.boards.priorities_table import VotesEditor

K = Qt.Key


def test_plus_refused_is_not_shown(qtbot, doc, undo):
    undo.push(set_priority(doc, theme_id="lonely", votes=5))
    board = PrioritiesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1280, 720)
    board.show()
    qtbot.waitExposed(board)
    board.table.setFocus()
    board.select_theme("lonely", Column.VOTES)
    QTest.keyClick(board.table, K.Key_6)
    editor = board.table.indexWidget(board.table.currentIndex())
    assert isinstance(editor, VotesEditor)
    editor.lineEdit().setCursorPosition(0)
    QTest.keyClick(editor, K.Key_Plus)
    assert "from 0 to 999" in board.notice.text()
    assert editor.text() == "6"  # was "+6" under the refusal
    QTest.keyClick(editor, K.Key_B)  # no room view: a letter, refused and not typed
    assert editor.text() == "6"
    QTest.keyClick(editor, K.Key_Return)
    qtbot.waitUntil(lambda: doc.theme("lonely").priority.votes == 6)
    undo.stack.undo()
    assert doc.theme("lonely").priority.votes == 5
    undo.stack.redo()
    assert doc.theme("lonely").priority.votes == 6


def test_b_in_the_votes_editor_blanks_the_room_as_full_stop_does(demo_window, qtbot):
    win = demo_window
    win.room.act_show.setChecked(True)
    settle()
    win.activateWindow()
    win.go_to_stage(Stage.UNDERSTAND, focus=True)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    table = QApplication.focusWidget()
    index = table.model().index(0, Column.VOTES)
    table.setCurrentIndex(index)
    before, room = index.data(Qt.ItemDataRole.EditRole), win.room.window
    QTest.keyClick(table, K.Key_7)
    editor = QApplication.focusWidget()
    assert isinstance(editor, VotesEditor)
    QTest.keyClick(editor, K.Key_B)  # a Kensington remote's Blank
    assert room.is_blank() and editor.text() == "7"
    assert "from 0 to" not in win.page(Stage.UNDERSTAND).priorities.notice.text()
    save_render(win, "votes_editor_b_blanks")
    QTest.keyClick(editor, K.Key_Period)
    assert not room.is_blank() and editor.text() == "7"
    QTest.keyClick(editor, K.Key_Return)
    qtbot.waitUntil(lambda: table.model().index(0, Column.VOTES).data(
        Qt.ItemDataRole.EditRole) == 7)
    win.undo.stack.undo()
    assert table.model().index(0, Column.VOTES).data(Qt.ItemDataRole.EditRole) == before
    win.undo.stack.redo()
    assert table.model().index(0, Column.VOTES).data(Qt.ItemDataRole.EditRole) == 7
