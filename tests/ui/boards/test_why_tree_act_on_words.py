"""A on the why-tree: the badge says "✔ We will act on this", and so does everything else about
that mark. The Edit menu and Ctrl+H's history said "Undo Agree to address '…'" (a screen reader
"Undone: Agree to address …"), the button's tooltip and F1 "agreed to address": council
English beside the badge's own words on the same screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from wtfc.ui.boards.causes import CausesBoard
from wtfc.ui.shortcut_help import HELP_ROWS


def _board(qtbot, doc, undo) -> CausesBoard:
    board = CausesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1400, 800)
    board.show()
    return board


def test_a_says_we_will_act_on_it_in_the_edit_menu_both_ways(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.view.select("c")
    board.view.setFocus()
    text = doc.get("causes", "c").text
    qtbot.keyClick(board.view, Qt.Key.Key_A)
    assert doc.get("causes", "c").agreed
    assert undo.stack.undoText() == f"Mark '{text}' as one we will act on"
    undo.stack.undo()
    assert not doc.get("causes", "c").agreed
    assert undo.stack.redoText() == f"Mark '{text}' as one we will act on"
    undo.stack.redo()
    assert doc.get("causes", "c").agreed
    qtbot.keyClick(board.view, Qt.Key.Key_A)  # and off again
    assert not doc.get("causes", "c").agreed
    assert undo.stack.undoText() == f"Unmark '{text}' as one we will act on"


def test_the_button_and_f1_say_the_badges_words(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    [button] = [b for b in board.findChildren(QPushButton) if b.text() == "Act on this (A)"]
    assert button.toolTip() == "Mark or unmark: we will act on this"
    rows = [row for w in (board, *board.findChildren(QWidget))
            for row in (w.property(HELP_ROWS) or [])]
    [a_row] = [row for row in rows if row.startswith("A\t")]
    assert a_row == 'A\tWhy-tree: mark or unmark "we will act on this"'
    assert not any("address" in row for row in rows)
