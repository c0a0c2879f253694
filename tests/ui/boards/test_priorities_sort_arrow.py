"""The Prioritise table's rows stay put while votes are typed and priorities chosen (the row
under the keyboard never jumps away); the heading's sort arrow is hidden while that leaves them
out of its order, and a click on the heading sorts them again in the order the arrow had."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column


def _board(qtbot, doc, undo) -> PrioritiesBoard:
    board = PrioritiesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1280, 720)
    board.show()
    qtbot.waitExposed(board)
    return board


def _ranks(board) -> list[str]:
    return [board.proxy.index(row, Column.PRIORITY).data() for row in range(board.proxy.rowCount())]


def _click_heading(qtbot, board, column: int) -> None:
    header = board.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_choosing_a_priority_keeps_the_row_and_hides_the_arrow_until_sorted_again(qtbot, doc,
                                                                                  undo):
    board = _board(qtbot, doc, undo)
    header = board.table.horizontalHeader()
    assert header.isSortIndicatorShown() and _ranks(board)[:2] == ["#1", "#2"]
    last = board.proxy.rowCount() - 1
    theme = board.model.theme_at(board.proxy.mapToSource(board.proxy.index(last, 0)).row())
    board.select_theme(theme.id)
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Space)  # chosen as priority 3, in the last row
    assert doc.theme(theme.id).priority.rank == 3
    assert board.table.currentIndex().row() == last and board.current_theme().id == theme.id
    assert _ranks(board)[last] == "#3"
    assert not header.isSortIndicatorShown()  # "Priority ▲" over a #3 at the foot: not said
    assert "click a heading to sort them again" in header.toolTip()
    undo.stack.undo()  # back in order: the arrow says so again
    assert header.isSortIndicatorShown() and header.toolTip() == ""
    undo.stack.redo()
    assert not header.isSortIndicatorShown()
    _click_heading(qtbot, board, Column.PRIORITY)  # sorted as the arrow had it: #1 first
    assert _ranks(board)[:3] == ["#1", "#2", "#3"]
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert board.current_theme().id == theme.id  # the cursor went with its theme


def test_a_click_on_a_shown_arrow_still_turns_the_order_round(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    _click_heading(qtbot, board, Column.PRIORITY)
    assert board.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _ranks(board)[-2:] == ["#2", "#1"]


def test_votes_typed_out_of_order_are_sorted_when_the_board_comes_back(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.table.sortByColumn(Column.VOTES, Qt.SortOrder.DescendingOrder)
    last = board.proxy.rowCount() - 1
    theme = board.model.theme_at(board.proxy.mapToSource(board.proxy.index(last, 0)).row())
    board.select_theme(theme.id)
    assert board.set_votes(theme.id, 99)
    assert board.table.currentIndex().row() == last  # typed in, it stays under the keyboard
    assert not board.table.horizontalHeader().isSortIndicatorShown()
    board.hide()
    board.show()  # another stage, then back: sorted, the arrow shown
    assert board.proxy.index(0, Column.VOTES).data() == "99"
    assert board.table.horizontalHeader().isSortIndicatorShown()
    assert board.current_theme().id == theme.id


def test_a_press_released_off_the_hidden_arrow_leaves_its_order_alone(qtbot, doc, undo):
    """A slip (press on "Priority", release off it) while the arrow was hidden flipped it: once
    the rows were back in order it pointed the wrong way, and the next click seemed to do
    nothing."""
    board = _board(qtbot, doc, undo)
    header = board.table.horizontalHeader()
    last = board.proxy.rowCount() - 1
    theme = board.model.theme_at(board.proxy.mapToSource(board.proxy.index(last, 0)).row())
    board.select_theme(theme.id)
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Space)
    assert not header.isSortIndicatorShown()
    column = Column.PRIORITY
    at = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                header.height() // 2)
    away = QPoint(at.x(), header.height() + 200)
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseMove(header.viewport(), away)
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=away)
    _click_heading(qtbot, board, column)  # still sorts as the arrow had it: #1 first
    assert _ranks(board)[:3] == ["#1", "#2", "#3"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    qtbot.keyClick(board.table, Qt.Key.Key_Space)  # out of order again, then a slip, then Undo
    assert not header.isSortIndicatorShown()
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseMove(header.viewport(), away)
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=away)
    undo.stack.undo()
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorOrder() == board.proxy.sortOrder() == Qt.SortOrder.AscendingOrder
