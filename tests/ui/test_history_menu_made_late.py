"""Edit ▸ History's dock is made at the first Ctrl+H, not at start-up (``history_menu``): the
menu reads and answers the same before and after, and a step that drops the steps after it is
said whether History was ever opened or not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from wtfc.model.operations.details import edit_details


def _history_item(window):
    edit = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Edit")
    return next(a for a in edit.actions() if a.text() == "&History")


def test_the_first_ctrl_h_makes_the_list_and_shows_it_then_hides_it(demo_window, qtbot):
    window = demo_window
    item = _history_item(window)
    assert window._history_dock is None  # not made with the window
    assert item.shortcut().toString() == "Ctrl+H" and item.statusTip().startswith("Every change")
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window._history_dock is not None
                    and window.history_dock.isVisible())
    now = _history_item(window)  # the dock's own toggle, in the stand-in's place
    assert now is window.history_dock.toggleViewAction() and now.isChecked()
    assert now.shortcut().toString() == "Ctrl+H"
    assert [a.text() for a in now.associatedObjects()[0].actions()].count("&History") == 1
    QTest.keyClick(window.history_dock.widget(), Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert not window.history_dock.isVisible() and not now.isChecked()


def test_steps_dropped_are_said_with_history_never_opened(demo_window):
    window, doc = demo_window, demo_window.doc
    window.undo.push(edit_details(doc, purpose="First"))
    window.undo.push(edit_details(doc, purpose="Second"))
    window.undo_action.trigger()
    window.undo.push(edit_details(doc, purpose="Third"))  # the undone "Second" goes for good
    words = window.statusBar().currentMessage()
    assert words.startswith("Recorded: ") and "the later step in History went" in words
    assert window._history_dock is None  # said from the window, History still not made
