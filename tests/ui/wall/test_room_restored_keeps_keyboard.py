"""The room window brought back from the taskbar keeps the keyboard the facilitator gave it.

Restoring it (a stray click minimised it, or it sat behind) gave it a show from the platform,
which handed the keyboard straight back to the laptop's window: the first click on the room
window, to press B, PgDn or F11 there, did nothing. Only wtfc's own show hands it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.renders import save_render
from tests.ui.settled import settle

WAIT_MS = 10_000  # for a thing that happens: long enough for a loaded machine, never waited out


def _active(qtbot, window) -> None:
    window.activateWindow()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)


def _shown_and_handed_back(qtbot, window):
    """Room view → Show: the platform activates the room window (offscreen does) and the
    keyboard comes back to the facilitator's window."""
    _active(qtbot, window)
    activated: list = []
    app = QApplication.instance()
    app.focusWindowChanged.connect(activated.append)
    try:
        window.room.act_show.trigger()
        room = window.room.window
        qtbot.waitUntil(lambda: room.windowHandle() in activated
                        and QApplication.activeWindow() is window, timeout=WAIT_MS)
    finally:
        app.focusWindowChanged.disconnect(activated.append)
    settle()  # any hand-back still queued (a zero timer per show and activation) has run
    assert QApplication.activeWindow() is window
    return room


def test_the_room_window_restored_from_the_taskbar_keeps_the_keyboard(qtbot, demo_window):
    window = demo_window
    qtbot.waitExposed(window)
    room = _shown_and_handed_back(qtbot, window)
    room.showMinimized()
    qtbot.waitUntil(room.isMinimized, timeout=WAIT_MS)
    _active(qtbot, window)
    activated: list = []
    QApplication.instance().focusWindowChanged.connect(activated.append)
    room.showNormal()  # the taskbar button: the platform shows it again…
    room.activateWindow()  # …and activates it
    room.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: room.windowHandle() in activated, timeout=WAIT_MS)
    QApplication.instance().focusWindowChanged.disconnect(activated.append)
    settle()  # as above: a hand-back would have run by now
    assert QApplication.activeWindow() is room  # not sent back to the laptop's window
    blank_before = room.is_blank()
    QTest.keyClick(room.windowHandle(), Qt.Key.Key_B)  # the room's own key acts there
    assert room.is_blank() != blank_before
    save_render(room, "room_restored_blanked_there")
    window.room.act_show.trigger()


def test_showing_the_room_view_again_from_the_menu_still_hands_the_keyboard_back(qtbot,
                                                                                 demo_window):
    """Hidden and shown again from Room view → Show: wtfc's own show, so the facilitator's
    window keeps the keyboard (the hand-back is not lost with the restore's)."""
    window = demo_window
    qtbot.waitExposed(window)
    _shown_and_handed_back(qtbot, window)
    window.room.act_show.trigger()  # hidden
    assert not window.room.window.isVisible()
    _shown_and_handed_back(qtbot, window)
    window.room.act_show.trigger()

