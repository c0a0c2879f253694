"""A double-click on a board's Delete deletes one action even when the delete takes longer
than the double-click time (Act laid out again on a slow laptop, a big workshop): the guard
timed 400 ms from when the first click's work started, so the second click, waiting in the
queue meanwhile, deleted the next action too, unseen (1 run in 10 of test_plan's double-click
test on a loaded machine)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from tests.ui.boards.board_workshops import TODAY
from tests.ui.boards.click_once_clock import ClickOnceClock
from wtfc.ui.boards.plan import PlanBoard


def test_a_double_click_on_a_slow_delete_deletes_one_action(qtbot, doc, undo, monkeypatch):
    quick, clock = PlanBoard.delete_selected, ClickOnceClock(monkeypatch)

    def delete_on_a_slow_laptop(self):
        quick(self)
        clock.passes(0.5)  # past the double-click time, to the guard's clock

    monkeypatch.setattr(PlanBoard, "delete_selected", delete_on_a_slow_laptop)
    board = PlanBoard(doc, undo, today=lambda: TODAY)
    qtbot.addWidget(board)
    board.resize(1600, 720)
    board.show()
    qtbot.waitExposed(board)
    button = next(b for b in board.findChildren(QPushButton) if b.text() == "Delete")
    at, window = button.mapTo(board, button.rect().center()), board.windowHandle()
    board.select_action("x2")
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(window, left, plain, at)
    QTest.mouseClick(window, left, plain, at, 80)  # the double-click's second, after the work
    assert doc.get("actions", "x2") is None and doc.get("actions", "x3") is not None
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert doc.get("actions", "x2") is not None
    undo.stack.redo()
    assert doc.get("actions", "x2") is None and doc.get("actions", "x3") is not None
    clock.double_click_time_passes()  # then a click deletes again, as Delete does
    QTest.mouseClick(window, left, plain, at)
    assert doc.get("actions", "x3") is None and undo.stack.count() == 2
