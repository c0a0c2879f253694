"""Moving between stages: words being typed are recorded first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wtfc.model.workshop import Stage

KEY = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def _stage_key(window, qtbot, stage: Stage) -> None:
    """Ctrl+1…8 pressed wherever the keyboard is."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or window,
                   KEY(KEY.Key_1 + list(Stage).index(stage)), CTRL)
    assert window.shown_stage() == stage


# -- a priority's reason being typed ------------------------------------------------------------
def test_a_reason_being_typed_is_recorded_before_the_stage_moves_on(demo_window, qtbot):
    _stage_key(demo_window, qtbot, Stage.UNDERSTAND)
    board = demo_window.page(Stage.UNDERSTAND).priorities
    theme = next(t for t in demo_window.doc.workshop.themes if not t.priority.reason)
    board.select_theme(theme.id)
    board.reason.setFocus()
    qtbot.keyClicks(board.reason, "Typed then moved on")
    _stage_key(demo_window, qtbot, Stage.IDENTIFY_SUCCESS)
    assert demo_window.doc.theme(theme.id).priority.reason == "Typed then moved on"
    stack = demo_window.undo.stack
    assert stack.text(stack.count() - 1).startswith("Go to stage")
    assert "priority" in stack.text(stack.count() - 2)  # the words first, as their own step
    demo_window.undo_action.trigger()  # back to Understand: the reason is still there
    assert demo_window.doc.workshop.stage == Stage.UNDERSTAND
    assert demo_window.doc.theme(theme.id).priority.reason == "Typed then moved on"


def test_a_reason_being_typed_is_recorded_before_a_save_or_export(demo_window, qtbot):
    _stage_key(demo_window, qtbot, Stage.UNDERSTAND)
    page = demo_window.page(Stage.UNDERSTAND)
    page.priorities.select_theme(demo_window.doc.workshop.themes[-1].id)
    page.priorities.reason.setFocus()
    qtbot.keyClicks(page.priorities.reason, "Words before saving")
    page.setCurrentWidget(page.causes)  # even from the other tab
    assert demo_window.commit_pending_edits()
    assert demo_window.doc.workshop.themes[-1].priority.reason == "Words before saving"
