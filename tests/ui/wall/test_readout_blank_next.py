"""Read-out on the laptop while the room is blank: the remote's Next (Page Down), Previous
(Page Up), and Right / Left in the empty Put in theme bring the room back on the same card.
Read-out's own shortcuts took them first and stepped the card behind the black screen, so the
facilitator read aloud cards the room never saw (code review G, G1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wtfc.model.workshop import Stage

K = Qt.Key


@pytest.mark.parametrize("key", [K.Key_PageDown, K.Key_PageUp, K.Key_Right, K.Key_Left])
def test_next_while_blank_in_readout_brings_the_room_back_on_the_same_card(
        room_on, qtbot, key):
    panel = room_on.page(Stage.THEME)
    panel.toggle_readout(True)
    qtbot.wait(20)
    readout, room = panel.readout, room_on.room.window
    readout.step(1)  # not on the first card: Previous has somewhere to go
    first, box = readout.card_id, readout.theme_box
    QTest.keyClick(box, K.Key_Period)  # the remote's Blank
    assert room.is_blank()
    QTest.keyClick(QApplication.focusWidget(), key)
    assert not room.is_blank() and readout.card_id == first
    QTest.keyClick(QApplication.focusWidget(), key)  # the room back: the next press steps
    assert readout.card_id != first and box.text() == ""
