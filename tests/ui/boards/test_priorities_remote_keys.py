"""A presenter remote's keys on Choose priorities never edit a cell (review 25 clicker F1).

A remote sends Page Down / Up (Next / Previous) and "." or "B" (Blank). "." opened the Why cell's
editor in place of the reason, and the room view read "Why: ."; Page Up / Down in a Votes editor
stepped the count by 10, with no floor (6 then Page Down showed −4, refused unsaid).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.themes import set_priority
from wtfc.model.workshop import Stage
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.boards.priorities_table import VotesEditor

K = Qt.Key


def _board(qtbot, doc, undo) -> PrioritiesBoard:
    board = PrioritiesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1280, 720)
    board.show()
    qtbot.waitExposed(board)
    board.table.setFocus()
    return board


def _editor(board):
    """The editor open on the current cell (the one a key goes to)."""
    return board.table.indexWidget(board.table.currentIndex())


def test_blank_and_b_on_a_reason_open_no_editor_and_say_how(qtbot, doc, undo):
    undo.push(set_priority(doc, theme_id="lonely", reason="Raised at every table"))
    board = _board(qtbot, doc, undo)
    board.select_theme("lonely", Column.REASON)
    steps = undo.stack.count()
    QTest.keyClick(board.table, K.Key_Period)  # an R400's Blank
    assert board.table.state() != QAbstractItemView.State.EditingState
    assert board.notice.isHidden()  # punctuation: nothing to say
    QTest.keyClick(board.table, K.Key_B)  # a Kensington's Blank, the room view hidden
    assert board.table.state() != QAbstractItemView.State.EditingState
    assert "F2" in board.notice.text() and "Ctrl+R" in board.notice.text()
    QTest.keyClick(board.table, K.Key_PageDown)  # Next: moves the laptop's row, edits nothing
    assert doc.theme("lonely").priority.reason == "Raised at every table"
    assert undo.stack.count() == steps
    save_render(board, "priorities_remote_keys_reason")


def test_f2_still_edits_a_reason_one_undo_step(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_theme("lonely", Column.REASON)
    QTest.keyClick(board.table, K.Key_F2)
    editor = _editor(board)
    editor.selectAll()
    QTest.keyClicks(editor, "Everyone on home care")
    QTest.keyClick(editor, K.Key_Return)
    qtbot.waitUntil(lambda: doc.theme("lonely").priority.reason == "Everyone on home care")
    undo.stack.undo()
    assert doc.theme("lonely").priority.reason == ""
    undo.stack.redo()
    assert doc.theme("lonely").priority.reason == "Everyone on home care"


def test_a_letter_on_votes_opens_no_editor_a_digit_does(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_theme("lonely", Column.VOTES)
    QTest.keyClick(board.table, K.Key_B)
    assert board.table.state() != QAbstractItemView.State.EditingState
    assert "type a number" in board.notice.text()
    QTest.keyClick(board.table, K.Key_6)
    assert isinstance(_editor(board), VotesEditor)


def test_page_keys_never_step_the_votes_and_the_floor_is_0(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_theme("lonely", Column.VOTES)
    before = doc.theme("lonely").priority.votes
    QTest.keyClick(board.table, K.Key_6)  # typed, left without Enter (the probe's case)
    editor = _editor(board)
    assert isinstance(editor, VotesEditor)
    assert (editor.minimum(), editor.maximum()) == (0, 999)
    for key in (K.Key_PageDown, K.Key_PageUp, K.Key_PageDown):
        QTest.keyClick(editor, key)
    assert editor.text() == "6"  # was −4 after one Page Down: the 6 typed was lost on Enter
    QTest.keyClick(editor, K.Key_Minus)  # below 0 is refused, and said so
    assert editor.text() == "6"
    assert "from 0 to 999" in board.notice.text()
    save_render(board, "priorities_votes_refused")
    QTest.keyClick(editor, K.Key_Return)
    qtbot.waitUntil(lambda: doc.theme("lonely").priority.votes == 6)
    undo.stack.undo()
    assert doc.theme("lonely").priority.votes == before
    undo.stack.redo()
    assert doc.theme("lonely").priority.votes == 6


def test_a_count_retyped_as_it_was_is_no_refusal(qtbot, doc, undo):
    undo.push(set_priority(doc, theme_id="lonely", votes=0))
    board = _board(qtbot, doc, undo)
    board.select_theme("lonely", Column.VOTES)
    QTest.keyClick(board.table, K.Key_0)  # "0" over the "0" shown: the same count
    assert _editor(board).text() == "0" and board.notice.isHidden()
    _editor(board).selectAll()
    QTest.keyClicks(_editor(board), "1234")  # too many
    assert _editor(board).text() == "123" and "from 0 to 999" in board.notice.text()


def test_a_count_above_999_is_kept_by_its_editor(qtbot, doc, undo):
    undo.push(set_priority(doc, theme_id="lonely", votes=1500))
    board = _board(qtbot, doc, undo)
    board.select_theme("lonely", Column.VOTES)
    QTest.keyClick(board.table, K.Key_F2)
    editor = _editor(board)
    assert isinstance(editor, VotesEditor) and editor.value() == 1500
    QTest.keyClick(editor, K.Key_Return)
    settle()
    assert doc.theme("lonely").priority.votes == 1500


def test_the_remotes_blank_on_a_reason_blanks_the_room(demo_window, qtbot):
    win = demo_window
    win.room.act_show.setChecked(True)
    settle()
    win.activateWindow()
    win.go_to_stage(Stage.UNDERSTAND, focus=True)
    table = QApplication.focusWidget()
    index = table.model().index(1, Column.REASON)
    table.setCurrentIndex(index)
    before, steps = index.data(), win.undo.stack.count()
    QTest.keyClick(table, K.Key_Period)
    assert win.room.window.is_blank()
    assert table.state() != QAbstractItemView.State.EditingState
    QTest.keyClick(QApplication.focusWidget(), K.Key_PageDown)  # Next, back from the break
    assert table.model().index(1, Column.REASON).data() == before
    assert win.undo.stack.count() == steps
