"""A right-click (or a long press) on a statement while another one above it is being edited
(code review A33 S1). The press saves the edit first and the list is filled anew with the edited
row's new height; the menu was then for the statement now under the mouse, and Delete removed
one the facilitator never pointed at (the menu names none)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.boards.test_success_menu import OLDER, _board, _in_menu, _point, _right_click, _texts
from tests.ui.settled import settle

LONG = "I go out to the lunch club on Tuesdays with my neighbour and her dog"


def _editing(show, doc, undo, added: tuple[str, ...], row: int, words: str):
    """The board with ``added`` statements after the sample's one, row ``row`` being edited
    (F2) with its words replaced by ``words``, not yet saved."""
    board = _board(show, doc, undo)
    for text in added:
        board.columns[OLDER].entry.setText(text)
        assert board.add_statement(OLDER)
    column = board.columns[OLDER].list
    column.setFocus()
    column.setCurrentRow(row)
    column.editItem(column.item(row))
    settle()
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, words)
    return board, editor


def test_the_menu_is_for_the_statement_right_clicked_while_another_is_edited(
        qtbot, show, doc, undo):
    board, _ = _editing(show, doc, undo, ("I am asked how I want things done",
                                          "I can get to the shops"), 0, "I have time")
    _in_menu(qtbot, _right_click(board, OLDER, 1), choose="Delete")  # the second, pointed at
    texts = _texts(board, OLDER)
    assert "I have time" in texts  # the edit is kept, as any click away keeps it
    assert texts == ["I have time", "I can get to the shops"], texts


def test_a_long_press_while_another_is_edited_is_for_the_statement_pressed(qtbot, show, doc, undo):
    from tests.ui.wall.test_wall_touch import _touch
    from wtfc.ui.fingers import ItemFingers
    board, _ = _editing(show, doc, undo, ("I am asked how I want things done",
                                          "I can get to the shops"), 0, "I have time")
    column = board.columns[OLDER].list
    point = _point(board, OLDER, 1)

    def held_and_lifted() -> None:
        _touch(column, ("press", 0, point))
        hold = column.findChild(ItemFingers).hold
        hold.stop()
        hold.timeout.emit()
        _touch(column, ("release", 0, point))

    _in_menu(qtbot, held_and_lifted, choose="Delete")
    assert _texts(board, OLDER) == ["I have time", "I can get to the shops"]


def test_a_lengthened_edit_then_a_right_click_below_it_does_not_delete_the_edited_one(
        qtbot, show, doc, undo):
    board, _ = _editing(show, doc, undo, ("I go out", "I can get to the shops"), 1, LONG)
    _in_menu(qtbot, _right_click(board, OLDER, 2), choose="Delete")  # "I can get to the shops"
    texts = _texts(board, OLDER)
    assert "I can get to the shops" not in texts and LONG in texts, texts


def test_after_an_edit_saved_by_enter_a_right_click_is_for_the_row_as_it_now_stands(
        qtbot, show, doc, undo):
    """The rows as they stood before a save are only for the press that saved it: once Enter
    has saved a shortened edit, a right-click acts on what is under the mouse now."""
    board, editor = _editing(show, doc, undo, (LONG, "I can get to the shops"), 1, "I go out")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    settle()
    _in_menu(qtbot, _right_click(board, OLDER, 2), choose="Delete")
    texts = _texts(board, OLDER)
    assert "I can get to the shops" not in texts and "I go out" in texts, texts
