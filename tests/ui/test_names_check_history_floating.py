"""Check all cards again while Edit > History floats in its own window.

The check's progress is modal to the main window, so no card changes while its copy is read;
History floated is a window of its own, not blocked: a row clicked there jumped, and the check
ended "Cards changed during the check, so nothing was stored." (review 34 R1 M1). Its list is
greyed while the check runs, and comes back after.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.settled import settle, until
from wtfc.model.operations.cards import add_card
from wtfc.model.workshop import Kind, Stage


def test_a_floating_history_takes_no_jump_while_the_cards_are_checked(qtbot, demo_window):
    w = demo_window
    w.go_to_stage(Stage.COLLECT)
    start = w.undo.stack.index()
    for i in range(3):
        w.undo.push(add_card(w.doc, kind=Kind.NOT_WORKING, text=f"Mrs Quarrie never comes {i}"))
    end = w.undo.stack.index()
    box = w.page(Stage.COLLECT).watch_names
    box.background_from = 0  # the background check, as at 2,000 cards
    box.names_box.setPlainText("Quarrie")
    w.history_dock.show()
    w.history_dock.setFloating(True)
    settle()
    view = w.history_dock.widget()

    box.check_all_again()
    assert box.check is not None  # running
    rect = view.visualRect(view.model().index(start, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert w.undo.stack.index() == end  # no jump
    until(qtbot, lambda: box.check is None, timeout=10_000)
    assert "5 held back now (was 2)" in box.check_result.text()  # stored, as one step
    assert w.undo.stack.index() == end + 1

    assert view.isEnabled()  # and History is there again
    rect = view.visualRect(view.model().index(start, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()
    assert w.undo.stack.index() == start
