"""The line under the why-tree, greyed until Why? (W), says so in grey words, and a click in it
asks why under the chosen box: a first-time facilitator clicked in the long empty box to type a
reason, and the keys they typed went to the tree (review 24 firsttime F5)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from wtfc.ui.boards.cause_line import IDLE_HINT
from wtfc.ui.boards.why_tree_layout import ROOT


def _click(board) -> None:
    """A real click through the window, where a greyed box still sees it."""
    editor = board.editor
    QTest.mouseClick(board.window().windowHandle(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, editor.mapTo(board.window(),
                                                                  editor.rect().center()))


def test_the_closed_line_says_how_to_open_it(causes_board):
    editor = causes_board.editor
    assert not editor.isEnabled() and editor.text() == ""
    assert editor.placeholderText() == IDLE_HINT == "Press Why? (W) to type a reason here"
    causes_board.view.select("c")
    causes_board.start_why()
    assert editor.isEnabled() and editor.placeholderText() == ""
    causes_board.line.end()
    assert editor.placeholderText() == IDLE_HINT


def test_a_click_in_the_closed_line_asks_why_under_the_chosen_box(causes_board, doc, undo):
    board = causes_board
    board.view.select("c")
    _click(board)
    assert board.editor.isEnabled() and board.editor.hasFocus()
    assert board.prompt.text().startswith("Why? (")
    assert board.selected() == "c"  # the choice stays
    QTest.keyClicks(board.editor, "Rotas ignore travel between villages")
    QTest.keyClick(board.editor, Qt.Key.Key_Return)
    new = doc.workshop.causes[-1]
    assert (new.text, new.parent_id) == ("Rotas ignore travel between villages", "c")
    undo.stack.undo()
    assert new.id not in board.scene.nodes
    undo.stack.redo()
    assert new.id in board.scene.nodes


def test_nothing_chosen_asks_why_of_the_theme_and_an_open_line_is_left_alone(causes_board):
    board = causes_board
    assert board.selected() is None  # as the page opens
    _click(board)
    assert board.editor.isEnabled()
    assert board.line.mode == "why" and board.selected() == ROOT
    QTest.keyClicks(board.editor, "Half typed")
    _click(board)  # a click in the open line is the line's own: the words stay
    assert board.editor.text() == "Half typed"
