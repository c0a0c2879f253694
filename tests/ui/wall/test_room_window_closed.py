"""The room window closed from its own close box or Alt+F4 (on a one-screen laptop it is a
window like any other) is the room view hidden: *Show room view* stayed ticked, Blank and the
page keys went on working on a window no one saw (Page Down on the wall turned its hidden
page; "b" blanked it), and shown again it came back black (code review G, G2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from wtfc.model.workshop import Stage


def test_closing_the_room_window_unticks_show_room_view(room_on, qtbot):
    controller = room_on.room
    room = controller.window
    room.close()  # as its close box does
    qtbot.waitUntil(lambda: not room.isVisible())
    assert not controller.act_show.isChecked()
    assert not room.act_blank.isEnabled() and not controller.paging._filtering
    wall = room_on.page(Stage.THEME).view
    wall.setFocus()
    QTest.keyClick(wall, Qt.Key.Key_B)
    assert not room.is_blank()
    controller.act_show.setChecked(True)  # shown again: not black
    qtbot.waitUntil(room.isVisible)
    assert not room.is_blank()
