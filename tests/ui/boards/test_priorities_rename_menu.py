"""Choose priorities' right-click "Rename theme…" renames from any cell (review 36 R1 F1).

A right-click makes the cell under it current, and the menu item was F2's own action, which on
a Votes or "Why it was chosen" cell edits that cell: choosing "Rename theme…" there opened the
votes editor and no rename dialog. The item now always renames; the F2 key keeps both meanings.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.ui.boards.test_priorities_rename import _answer, _board, _group
from tests.ui.boards.test_success_menu import _in_menu
from tests.ui.settled import settle
from wtfc.ui.boards.priorities_model import Column


def _cell(board, theme_id: str, column: Column):
    row = board.proxy.mapFromSource(board.model.index(board.model.row_of(theme_id), 0)).row()
    return board.proxy.index(row, column)


def _right_click(board, index):
    """Through the window, as a real click comes (the window makes the menu's event)."""
    table = board.table
    window = board.window().windowHandle()
    at = table.viewport().mapTo(board.window(), table.visualRect(index).center())

    def click() -> None:
        QTest.mouseMove(window, QPoint(1, 1))
        QTest.mouseMove(window, at)
        QTest.mouseClick(window, Qt.MouseButton.RightButton, pos=at)
    return click


def test_rename_from_the_menu_on_a_votes_or_why_cell(qtbot, doc, undo, monkeypatch):
    board = _board(qtbot, doc, undo)
    board.move(0, 0)  # on the offscreen screen, where a click reaches it
    settle()
    group = _group(doc)
    asked = _answer(board, monkeypatch, "I want to choose my own carer")
    for column in (Column.VOTES, Column.REASON):
        cell = _cell(board, group.id, column)
        shown = _in_menu(qtbot, _right_click(board, cell), choose="Rename theme…")
        assert [text for text, _key, _on in shown] == ["Rename theme…"]
        assert board.table.currentIndex() == cell  # the right-click chose the cell
        assert board.table.state() != board.table.State.EditingState  # no editor opened
    assert asked == ["Group 1 (not named yet)", "I want to choose my own carer"]
    assert doc.theme(group.id).name == "I want to choose my own carer"


def test_f2_on_a_votes_cell_still_edits_the_votes(qtbot, doc, undo, monkeypatch):
    board = _board(qtbot, doc, undo)
    group = _group(doc)
    asked = _answer(board, monkeypatch, "I feel rushed")
    board.select_theme(group.id, Column.VOTES)
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_F2)
    assert board.table.state() == board.table.State.EditingState
    assert asked == []
