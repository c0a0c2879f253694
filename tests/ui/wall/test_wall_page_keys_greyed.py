"""Ctrl+Shift+Right/Left on the wall while the room view has no pages to turn (closed, or one
page) change nothing: greyed, they reached the wall as Shift+arrows and added cards to the
choice ("sel 0->1->2"), a page-turn key changing what is chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wtfc.model.workshop import Stage

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_greyed_page_keys_leave_the_wall_s_choice_alone(qtbot, demo_window):
    window = demo_window
    window.go_to_stage(Stage.THEME, focus=True)
    view = window.page(Stage.THEME).view
    assert not window.room.act_next_page.isEnabled()  # the room view is closed
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # a card chosen with the keyboard
    chosen = [item.key for item in view.selected_cards()]
    assert len(chosen) == 1
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Right):
        qtbot.keyClick(view, key, CTRL_SHIFT)
    assert [item.key for item in view.selected_cards()] == chosen
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # still extends
    assert len(view.selected_cards()) == 2
