"""Ctrl+H gives the History list the keyboard, and Ctrl+H again (or the dock's close button)
gives it back to where it was: shown, the list sat beside the page with the keyboard left in
the stage list, so the arrows moved between stages, not through the changes (review a11y24)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wtfc.model.operations.details import edit_details
from wtfc.ui.wall.view import WallView

CTRL = Qt.KeyboardModifier.ControlModifier


def _ctrl_h(window) -> None:
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_H, CTRL)
    QApplication.processEvents()


def _ready(window, qtbot):
    window.activateWindow()
    for n in range(3):
        window.undo.push(edit_details(window.doc, purpose=f"Purpose {n}"))
    window.navigator.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.navigator)


def test_ctrl_h_takes_the_keyboard_into_history_and_back(demo_window, qtbot):
    window = demo_window
    _ready(window, qtbot)
    history = window.history_dock.widget()
    _ctrl_h(window)
    assert history.isVisible() and QApplication.focusWidget() is history
    QTest.keyClick(history, Qt.Key.Key_Up)  # the arrows now go through the changes
    assert window.undo.stack.index() == 2 and window.doc.workshop.purpose == "Purpose 1"
    _ctrl_h(window)
    assert not history.isVisible() and QApplication.focusWidget() is window.navigator


def test_closing_the_dock_gives_the_keyboard_back_too(demo_window, qtbot):
    window = demo_window
    _ready(window, qtbot)
    _ctrl_h(window)
    assert QApplication.focusWidget() is window.history_dock.widget()
    window.history_dock.close()  # its close button
    QApplication.processEvents()
    assert QApplication.focusWidget() is window.navigator


def test_a_click_elsewhere_while_shown_keeps_the_keyboard_there(demo_window, qtbot):
    window = demo_window
    _ready(window, qtbot)
    _ctrl_h(window)
    chosen = window.findChild(WallView)  # the demo opens on Theme: a click on the wall
    chosen.setFocus(Qt.FocusReason.MouseFocusReason)
    QApplication.processEvents()
    assert QApplication.focusWidget() is chosen
    _ctrl_h(window)
    assert QApplication.focusWidget() is chosen
