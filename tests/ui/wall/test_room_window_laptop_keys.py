"""With the room window active (clicked, to drag it to the projector, or brought back from the
taskbar), Ctrl+Z, Ctrl+Shift+Z, Ctrl+S and F1 act as on the laptop's window.

They did nothing there, unseen: only B, F11 and the page keys were the room window's. It now
holds the main window's own Undo, Redo, Save and Keyboard shortcuts actions, so their words and
greying follow; showing the room view still leaves the keyboard on the laptop's window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.settled import settle
from tests.ui.wall.test_room_restored_keeps_keyboard import WAIT_MS, _shown_and_handed_back
from wtfc.model.operations.details import edit_details


def _room_active(qtbot, room) -> None:
    room.activateWindow()
    room.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room, timeout=WAIT_MS)
    settle()
    assert QApplication.activeWindow() is room


def test_undo_redo_save_and_f1_work_with_the_room_window_active(qtbot, demo_window):
    window = demo_window
    qtbot.waitExposed(window)
    window.undo.push(edit_details(window.doc, title="Spring review"))
    room = _shown_and_handed_back(qtbot, window)  # the laptop keeps the keyboard, as before
    _room_active(qtbot, room)
    steps = window.undo.stack.index()
    QTest.keyClick(room.windowHandle(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.undo.stack.index() == steps - 1
    assert window.doc.workshop.title != "Spring review"
    QTest.keyClick(room.windowHandle(), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.doc.workshop.title == "Spring review"
    # the same actions: their words and greying follow the main window's
    assert window.undo_action in room.actions() and window.redo_action in room.actions()
    saved: list[bool] = []
    save = window.files.save_action
    assert save in room.actions()
    save.triggered.disconnect()  # the demo would ask where to save: only the key is checked
    save.triggered.connect(lambda: saved.append(True))
    QTest.keyClick(room.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved == [True]
    QTest.keyClick(room.windowHandle(), Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.shortcuts_dialog is not None
                    and window.shortcuts_dialog.isVisible(), timeout=WAIT_MS)
    window.shortcuts_dialog.close()
    window.room.act_show.trigger()
