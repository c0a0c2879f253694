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
from tests.ui.test_history_under_dialog import dialog_over_a_floating_history

WORDS = "Close the open dialog first, then choose the row in History"


def test_the_refusal_is_shown_at_the_row_and_said_urgently(qtbot, demo_window, font_points,
                                                           monkeypatch):
    font_points(16)
    w = demo_window
    board, _action, start = dialog_over_a_floating_history(w)
    stack = w.undo.stack
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
