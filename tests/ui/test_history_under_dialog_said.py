""""Close the open dialog first, then choose the row in History" was written only to the main
window's foot, which an action's dialog covers at 1024x768 and 16 pt, and said to a screen
reader politely, not as the refusal it is (review 34 R6-3). Now it is shown at the row chosen
in the floating History, over everything, and announced assertively."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.operations.actions import edit_action
from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan import PlanBoard

WORDS = "Close the open dialog first, then choose the row in History"


def test_the_refusal_is_shown_at_the_row_and_said_urgently(qtbot, demo_window, font_points,
                                                           monkeypatch):
    font_points(16)
    w = demo_window
    w.go_to_stage(Stage.PLAN)
    settle()
    board = next(b for b in w.findChildren(PlanBoard) if b.isVisible())
    action = w.doc.workshop.actions[0]
    stack = w.undo.stack
    start = stack.index()
    w.undo.push(edit_action(w.doc, action_id=action.id, what="Step two words"))
    stack.setIndex(start)
    w.history_dock.show()
    w.history_dock.setFloating(True)
    settle()
    board.select_action(action.id)
    board.open_edit_dialog()
    settle()
    said = []
    real = QAccessible.updateAccessibility

    def record(event):
        if event.type() == QAccessible.Event.Announcement:
            said.append((event.message(), event.politeness()))
        return real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    view = w.history_dock.widget()
    rect = view.visualRect(view.model().index(start + 1, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle()
    assert stack.index() == start
    assert (WORDS, QAccessible.AnnouncementPoliteness.Assertive) in said
    tip = next(t for t in QApplication.topLevelWidgets() if t.objectName() == "qtooltip_label")
    assert QToolTip.isVisible() and QToolTip.text() == WORDS
    # a tip is a window over the dialog; and it is beside the row chosen, not at the foot
    assert tip.windowType() == Qt.WindowType.ToolTip
    row = QRect(view.viewport().mapToGlobal(rect.topLeft()), rect.size())
    assert abs(tip.geometry().top() - row.bottom()) < 40
    assert tip.geometry().left() - row.left() < 40
    assert tip.width() >= tip.fontMetrics().horizontalAdvance(WORDS)  # whole, on its line
    save_render(tip, "history_under_dialog_tip_16pt")
    board.dialog.reject()
    QToolTip.hideText()
