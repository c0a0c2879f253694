"""Identify success by mouse and finger (review R1 R1): a statement could be deleted, moved to
another voice's column or put in order only by keys (Delete, Ctrl+Left/Right, Alt+Up/Down),
which a whiteboard's touch keyboard lacks; the list had no menu, so a long press did nothing.
A right-click, the Menu key or a finger held still and lifted now opens a menu of the same
undoable edits, the key beside each, greyed where it cannot apply."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu

from tests.ui.settled import settle, until
from tests.ui.wall.test_wall_touch import _touch
from wtfc.model.workshop import Perspective
from wtfc.ui.boards.success import SuccessBoard
from wtfc.ui.fingers import ItemFingers, give_fingers

OLDER, CARERS = Perspective.OLDER_PEOPLE, Perspective.FAMILY_CARERS
Item = tuple[str, str, bool]  # a menu line: its words, the key beside them, whether it acts
SPOKEN: list[list[str]] = []  # what a screen reader is told each menu's lines are


def _board(show, doc, undo) -> SuccessBoard:
    board = SuccessBoard(doc, undo)
    give_fingers(board)  # as every stage page's lists get them (pages.build_stage_page)
    # on the offscreen screen (800 px square), where a touch reaches it
    show(board, 790, 600).move(0, 0)
    settle()
    return board


def _texts(board, perspective) -> list[str]:
    column = board.columns[perspective].list
    return [column.item(r).text() for r in range(column.count())]


def _point(board, perspective, row: int) -> QPoint:
    column = board.columns[perspective].list
    return column.visualItemRect(column.item(row)).center()


def _in_menu(qtbot, open_it, choose: str | None = None) -> list[Item]:
    """Opens the menu by ``open_it``; notes its lines and clicks ``choose`` (or shuts it),
    from inside the menu's own loop."""
    shown: list[Item] = []

    def act() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            return
        if QGuiApplication.focusWindow() is not menu.windowHandle():
            # not yet: the window system's "menu shown and active" is still queued, and a
            # click (sent at once, ahead of the queue) would close the menu first; it then made
            # the closed menu's window the active one, shutting the editor Edit… had opened
            return
        watch.stop()
        lines = [a for a in menu.actions() if not a.isSeparator()]
        told = QAccessible.queryAccessibleInterface(menu)
        SPOKEN.append([told.child(i).text(QAccessible.Text.Name) for i in range(told.childCount())
                       if told.child(i).role() == QAccessible.Role.MenuItem])
        shown.extend((a.text(), a.shortcut().toString(), a.isEnabled()) for a in lines)
        if choose is None:
            menu.close()
            return
        action = next(a for a in lines if a.text() == choose)
        # through its window, as a real click comes (a click sent to the menu itself left the
        # window's right button down, and the next right-click reached no list)
        QTest.mouseClick(menu.windowHandle(), Qt.MouseButton.LeftButton,
                         pos=menu.actionGeometry(action).center())

    watch = QTimer(interval=5)
    watch.timeout.connect(act)
    watch.start()
    open_it()
    try:
        until(qtbot, lambda: shown != [], timeout=1000)
    finally:
        watch.stop()
    settle()
    return shown


def _right_click(board, perspective, row: int):
    """Through the window, as a real click comes: the window makes the right-click's menu
    event (a click sent to the list itself makes none), for the widget the mouse came into
    (so it comes in first: a click where the last test's mouse was brought no menu)."""
    port = board.columns[perspective].list.viewport()
    window = board.window().windowHandle()
    at = port.mapTo(board.window(), _point(board, perspective, row))

    def click() -> None:
        QTest.mouseMove(window, QPoint(1, 1))
        QTest.mouseMove(window, at)
        QTest.mouseClick(window, Qt.MouseButton.RightButton, pos=at)
    return click


def test_right_click_delete_then_undo_brings_it_back(qtbot, show, doc, undo):
    board = _board(show, doc, undo)
    words = _texts(board, OLDER)[0]
    shown = _in_menu(qtbot, _right_click(board, OLDER, 0), choose="Delete")
    assert [(text, enabled) for text, _key, enabled in shown] == [
        ("Edit…", True), ("Delete", True), ("Move up", False), ("Move down", False),
        ("Move to Family carers", True), ("Move to Staff and managers", True),
        ("Move to Commissioners", True)]
    assert {text: key for text, key, _ in shown}["Delete"] == "Del"
    assert {text: key for text, key, _ in shown}["Move to Family carers"] == "Ctrl+Right"
    assert SPOKEN[-1] == [text for text, _key, _ in shown]  # each line named, its words alone
    assert _texts(board, OLDER) == []
    undo.stack.undo()
    assert _texts(board, OLDER) == [words]


def test_move_to_another_voices_column_by_name(qtbot, show, doc, undo):
    board = _board(show, doc, undo)
    words = _texts(board, OLDER)[0]
    steps = undo.stack.count()
    _in_menu(qtbot, _right_click(board, OLDER, 0), choose="Move to Commissioners")
    assert words in _texts(board, Perspective.COMMISSIONERS) and _texts(board, OLDER) == []
    assert undo.stack.count() == steps + 1
    undo.stack.undo()
    assert _texts(board, OLDER) == [words]


def test_move_down_and_up_from_the_keyboards_menu(qtbot, show, doc, undo):
    """The Menu key opens the chosen statement's menu; Move down is greyed on the last."""
    board = _board(show, doc, undo)
    entry = board.columns[OLDER].entry
    entry.setText("I am asked how I want things done")
    assert board.add_statement(OLDER)
    first, second = _texts(board, OLDER)
    column = board.columns[OLDER].list
    column.setFocus()
    column.setCurrentRow(1)
    shown = _in_menu(qtbot, lambda: QTest.keyClick(column, Qt.Key.Key_Menu), choose="Move up")
    assert ("Move down", "Alt+Down", False) in shown and ("Move up", "Alt+Up", True) in shown
    assert _texts(board, OLDER) == [second, first]
    shown = _in_menu(qtbot, lambda: QTest.keyClick(column, Qt.Key.Key_F10,
                                                   Qt.KeyboardModifier.ShiftModifier))
    assert ("Move down", "Alt+Down", True) in shown  # the moved one is still the chosen one


def test_edit_opens_the_words_in_place(qtbot, show, doc, undo):
    board = _board(show, doc, undo)
    _in_menu(qtbot, _right_click(board, OLDER, 0), choose="Edit…")
    column = board.columns[OLDER].list
    assert column.state() == QAbstractItemView.State.EditingState
    typed_into = QApplication.focusWidget()  # the keys typed next go into the statement's words
    assert typed_into is not None and column.isAncestorOf(typed_into)


def test_a_long_press_opens_the_same_menu_and_changes_nothing(qtbot, show, doc, undo):
    """Real touch events: a finger held still on a statement and lifted."""
    board = _board(show, doc, undo)
    column = board.columns[CARERS].list
    board.columns[CARERS].entry.setText("I can take a break")
    assert board.add_statement(CARERS)
    point = _point(board, CARERS, 0)
    steps = undo.stack.count()

    def held_and_lifted() -> None:
        _touch(column, ("press", 0, point))
        hold = column.findChild(ItemFingers).hold  # its HOLD_MS come now
        assert hold.isActive()
        hold.stop()
        hold.timeout.emit()
        _touch(column, ("release", 0, point))

    shown = _in_menu(qtbot, held_and_lifted)
    assert [text for text, _key, _ in shown] == [
        "Edit…", "Delete", "Move up", "Move down", "Move to Older people",
        "Move to Staff and managers", "Move to Commissioners"]
    assert column.currentRow() == 0 and undo.stack.count() == steps


def test_read_only_greys_every_line(qtbot, show, doc, undo):
    board = _board(show, doc, undo)
    undo.read_only = True
    shown = _in_menu(qtbot, _right_click(board, OLDER, 0))
    assert not any(enabled for _text, _key, enabled in shown)
