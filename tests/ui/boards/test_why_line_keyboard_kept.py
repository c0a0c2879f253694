"""When the keyboard leaves the open why-tree line for something else, it stays there: the
line's closing gave it back to the tree, so Ctrl+H from the line showed History with the arrows
still moving between boxes, and a click on a Teams count box while typing a reason left the
next digit typed into the tree (review 24 code_d2 F4). Closed with Enter or Escape, the
keyboard still goes back to the tree."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSpinBox, QUndoView

from tests.ui.settled import settle
from wtfc.model.workshop import Stage

CTRL = Qt.KeyboardModifier.ControlModifier


def _why_board(window, qtbot):
    window.resize(1366, 768)
    window.go_to_stage(Stage.UNDERSTAND)
    tabs = window.page(Stage.UNDERSTAND)
    tabs.setCurrentWidget(tabs.causes)
    board = tabs.causes
    window.activateWindow()
    qtbot.waitExposed(window)
    board.view.setFocus()
    board.start_why()
    qtbot.waitUntil(board.editor.hasFocus)
    return board


def test_ctrl_h_from_the_line_gives_the_keyboard_to_history(demo_window, qtbot):
    board = _why_board(demo_window, qtbot)
    causes = len(demo_window.doc.workshop.causes)
    qtbot.keyClicks(board.editor, "Rotas ignore travel")
    qtbot.keyClick(board.editor, Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(demo_window.history_dock.isVisible)
    settle()
    assert isinstance(QApplication.focusWidget(), QUndoView)
    assert len(demo_window.doc.workshop.causes) == causes + 1  # the words typed are kept
    assert not board.line.mode


def test_ctrl_h_from_the_empty_line_gives_the_keyboard_to_history(demo_window, qtbot):
    board = _why_board(demo_window, qtbot)
    qtbot.keyClick(board.editor, Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(demo_window.history_dock.isVisible)
    settle()
    assert isinstance(QApplication.focusWidget(), QUndoView)


def test_a_click_on_a_teams_count_while_typing_keeps_the_keyboard_there(demo_window, qtbot):
    board = _why_board(demo_window, qtbot)
    causes = len(demo_window.doc.workshop.causes)
    qtbot.keyClicks(board.editor, "Rotas ignore travel")
    spin = next(s for s in board.findChildren(QSpinBox) if s.isVisible())
    window = demo_window
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, spin.mapTo(window, spin.rect().center()))
    settle()
    assert QApplication.focusWidget() is spin
    assert len(window.doc.workshop.causes) == causes + 1


def test_enter_and_escape_still_give_the_keyboard_back_to_the_tree(demo_window, qtbot):
    board = _why_board(demo_window, qtbot)
    qtbot.keyClicks(board.editor, "Rotas ignore travel")
    qtbot.keyClick(board.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(board.view.hasFocus)
    board.start_why()
    qtbot.waitUntil(board.editor.hasFocus)
    qtbot.keyClick(board.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(board.view.hasFocus)
    assert not board.line.mode
