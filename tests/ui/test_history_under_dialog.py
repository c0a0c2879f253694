"""A floating History (its own window) stays clickable while an action's dialog is open over
the main window: a row clicked jumped under the dialog, and its Save then wrote the words it
opened with over the step just gone to (code review A12 R4). Now History refuses while a
dialog is open, puts the row back and says why at the window's foot."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.actions import edit_action
from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan import PlanBoard


def dialog_over_a_floating_history(w):
    """On Plan, an action's words edited then undone (a step to redo), History floated, the
    action's dialog open: (its board, the action, the History row the workshop is at)."""
    w.go_to_stage(Stage.PLAN)
    settle()
    board = next(b for b in w.findChildren(PlanBoard) if b.isVisible())
    action = w.doc.workshop.actions[0]
    start = w.undo.stack.index()
    w.undo.push(edit_action(w.doc, action_id=action.id, what="Step two words"))
    w.undo.stack.setIndex(start)
    w.history_dock.show()
    w.history_dock.setFloating(True)
    settle()
    board.select_action(action.id)
    board.open_edit_dialog()
    settle()
    return board, action, start


def test_no_jump_while_the_action_dialog_is_open(qtbot, demo_window):
    w = demo_window
    board, action, start = dialog_over_a_floating_history(w)
    stack, was = w.undo.stack, action.what
    view = w.history_dock.widget()
    rect = view.visualRect(view.model().index(start + 1, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()
    assert stack.index() == start and w.doc.get("actions", action.id).what == was
    assert view.currentIndex().row() == start  # the row the workshop is at, shown again
    assert w.statusBar().currentMessage().startswith("Close the open dialog first")
    save_render(w.statusBar(), "history_under_dialog_refused")
    board.dialog.accept()
    settle()
    assert w.doc.get("actions", action.id).what == was
    assert stack.count() == start + 1  # nothing written over: the step still to redo
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: stack.index() == start + 1)  # with the dialog closed, it jumps
    assert w.doc.get("actions", action.id).what == "Step two words"
