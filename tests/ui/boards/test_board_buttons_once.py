"""One gesture, one edit: a double-click on a board button acts once (click_once.py).

Older facilitators double-click buttons out of habit. The why-tree chooses a deleted reason's
parent, so the second click of a double-click on "Delete" deleted the branch above it too,
unseen; "Next status (Space)" moved an action on two steps. The keys still act each time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from tests.ui.boards.board_workshops import TODAY
from tests.ui.boards.click_once_clock import ClickOnceClock
from tests.ui.renders import save_render
from wtfc.model.workshop import ActionStatus
from wtfc.ui.boards.plan import STATUS_COLUMN, PlanBoard


def _double_click(qtbot, board, text: str):
    """Two clicks 80 ms apart through the platform, as a real double-click arrives; returns
    a single click on the same button."""
    qtbot.waitExposed(board)
    button = next(b for b in board.findChildren(QPushButton) if b.text() == text)
    at, window = button.mapTo(board, button.rect().center()), board.windowHandle()
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(window, left, plain, at)
    QTest.mouseClick(window, left, plain, at, 80)
    return lambda: QTest.mouseClick(window, left, plain, at)


def _causes(doc) -> list[str]:
    return sorted(c.id for c in doc.workshop.causes if c.theme_id == "package")


def test_a_double_click_on_the_why_trees_delete_deletes_the_chosen_reason_only(qtbot, doc,
                                                                                 undo,
                                                                                 causes_board,
                                                                                 monkeypatch):
    board, clock = causes_board, ClickOnceClock(monkeypatch)
    board.view.select("e")  # "Training covers tasks…", under "Paid carers are too task focused"
    click = _double_click(qtbot, board, "Delete")
    assert _causes(doc) == ["a", "b", "c", "d"]  # its parent "d" is still there
    assert undo.stack.count() == 1 and board.selected() == "d"
    save_render(board, "why_tree_double_click_delete")  # "Paid carers…" chosen, still there
    undo.stack.undo()  # one Ctrl+Z brings the reason back
    assert _causes(doc) == ["a", "b", "c", "d", "e"]
    undo.stack.redo()
    assert _causes(doc) == ["a", "b", "c", "d"] and board.selected() == "d"
    clock.double_click_time_passes()
    click()  # "d" chosen, seen, and clicked again: deleted
    assert _causes(doc) == ["a", "b", "c"] and undo.stack.count() == 2


def test_the_delete_key_pressed_twice_still_deletes_twice(qtbot, doc, undo, causes_board):
    board = causes_board
    board.view.select("e")
    board.view.setFocus()
    qtbot.keyClick(board.view, Qt.Key.Key_Delete)
    qtbot.keyClick(board.view, Qt.Key.Key_Delete)
    assert _causes(doc) == ["a", "b", "c"] and undo.stack.count() == 2


def test_a_double_click_on_next_status_moves_the_status_on_once(qtbot, doc, undo, show,
                                                                 monkeypatch):
    clock = ClickOnceClock(monkeypatch)
    board = show(PlanBoard(doc, undo, today=lambda: TODAY), 1600, 720)
    board.select_action("x4")  # not started
    click = _double_click(qtbot, board, "Next status (Space)")
    assert doc.get("actions", "x4").status == ActionStatus.IN_PROGRESS  # not Done
    assert undo.stack.count() == 1 and board.selected_action().id == "x4"
    row = board.tree.currentItem()
    assert "In progress" in row.text(STATUS_COLUMN)
    save_render(board, "plan_double_click_next_status")
    undo.stack.undo()
    assert doc.get("actions", "x4").status == ActionStatus.NOT_STARTED
    undo.stack.redo()
    assert doc.get("actions", "x4").status == ActionStatus.IN_PROGRESS
    clock.double_click_time_passes()
    click()  # a click after the double-click time moves it on again
    assert doc.get("actions", "x4").status == ActionStatus.DONE and undo.stack.count() == 2


def test_space_pressed_twice_still_moves_the_status_on_twice(qtbot, doc, undo, show):
    board = show(PlanBoard(doc, undo, today=lambda: TODAY), 1600, 720)
    board.select_action("x4")
    board.tree.setFocus()
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    qtbot.keyClick(board.tree, Qt.Key.Key_Space)
    assert doc.get("actions", "x4").status == ActionStatus.DONE and undo.stack.count() == 2
