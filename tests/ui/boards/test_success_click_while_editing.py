"""A left click on a statement while another is being edited: the click saves the edit and the
list is refilled with other row heights before the click arrives; it chose the statement the
refill put under the mouse, and Delete then removed the one just edited (code review 35 A34).
Also the Menu key while editing, then a right-click later, on the row pointed at."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.ui.boards.test_success_menu import OLDER, _in_menu, _point, _right_click, _texts
from tests.ui.boards.test_success_menu_while_editing import LONG, _editing
from tests.ui.settled import settle


def _left(board, row_point):
    port = board.columns[OLDER].list.viewport()
    window = board.window().windowHandle()
    at = port.mapTo(board.window(), row_point)
    QTest.mouseMove(window, QPoint(1, 1))
    QTest.mouseMove(window, at)
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, pos=at)


def test_left_click_after_shortening_edit_chooses_row_clicked(qtbot, show, doc, undo):
    board, _ = _editing(show, doc, undo, (LONG, "I can get to the shops"), 1, "I go out")
    column = board.columns[OLDER].list
    point = _point(board, OLDER, 2)
    _left(board, point)
    settle()
    cur = column.currentItem()
    assert cur is not None and cur.text() == "I can get to the shops"


def test_an_edit_left_with_escape_then_a_right_click_acts_on_its_row(qtbot, show, doc, undo):
    board, editor = _editing(show, doc, undo, (LONG, "I can get to the shops"), 1, "I go out")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    settle()
    # ordinary right-click, no edit open
    _in_menu(qtbot, _right_click(board, OLDER, 2), choose="Delete")
    assert "I can get to the shops" not in _texts(board, OLDER)


def test_left_click_then_delete_key_after_edit(qtbot, show, doc, undo):
    board, _ = _editing(show, doc, undo, (LONG, "I can get to the shops"), 1, "I go out")
    column = board.columns[OLDER].list
    _left(board, _point(board, OLDER, 2))
    settle()
    QTest.keyClick(column, Qt.Key.Key_Delete)
    settle()
    texts = _texts(board, OLDER)
    assert "I can get to the shops" not in texts and "I go out" in texts, texts
