"""A presenter remote the rest of the way (review 25 code-e E1-E5, E7).

Blank then Next had turned pages behind the black screen; in read-out the room window's Next did
not step the card (a "b"-sending remote's Blank still types "b" into an empty *Put in theme*:
a facilitator finds a theme by typing its name in lower case); Next on a
table, list or tree moved the laptop's row (now an opt-in gives the room the keys there); and
Prepare's form stopped scrolling with Page Down from a tick box.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.workshop import Stage
from wtfc.ui.app_settings import settings
from wtfc.ui.shortcut_help import shortcut_groups
from wtfc.ui.wall.room_paging import REMOTE_SETTING, RoomPaging

K = Qt.Key


def _room_has_keyboard(window, qtbot):
    room = window.room.window
    room.activateWindow()  # clicked
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room)
    return QApplication.focusWidget() or room


def test_next_while_blank_brings_the_room_back_on_the_same_page(room_on, qtbot):
    room = room_on.room.window
    wall = room_on.page(Stage.THEME).view
    wall.setFocus()
    QTest.keyClick(wall, K.Key_PageDown)
    assert room.content.page == 1
    QTest.keyClick(wall, K.Key_Period)  # a break
    assert room.is_blank()
    QTest.keyClick(wall, K.Key_PageDown)  # Next: back, on the page the room left
    assert not room.is_blank() and room.content.page == 1
    QTest.keyClick(wall, K.Key_B)
    QTest.keyClick(wall, K.Key_PageUp)  # Previous does the same
    assert not room.is_blank() and room.content.page == 1
    target = _room_has_keyboard(room_on, qtbot)
    QTest.keyClick(target, K.Key_B)
    QTest.keyClick(target, K.Key_Right)  # the room window's arrows too
    assert not room.is_blank() and room.content.page == 1
    QTest.keyClick(target, K.Key_Right)
    assert room.content.page == 2


def test_next_brings_a_blank_one_page_view_back(room_on, qtbot):
    room = room_on.room
    for name in room.view_actions:
        if name != "readout":
            room.show_view(name)
            content = room.window.content
            if not hasattr(content, "show_page") or content.page_count() == 1:
                break
    else:
        pytest.fail("no view in one page")
    wall = room_on.page(Stage.THEME).view
    wall.setFocus()
    QTest.keyClick(wall, K.Key_Period)
    assert room.window.is_blank()
    QTest.keyClick(wall, K.Key_PageDown)
    assert not room.window.is_blank()
    scroll = wall.verticalScrollBar().value()
    QTest.keyClick(wall, K.Key_PageDown)  # shown, in one page: the laptop's wall scrolls again
    assert wall.verticalScrollBar().value() > scroll


def test_readout_next_from_the_room_window_steps_the_card(room_on, qtbot):
    panel = room_on.page(Stage.THEME)
    panel.toggle_readout(True)
    settle()
    readout, room = panel.readout, room_on.room.window
    first = readout.card_id
    target = _room_has_keyboard(room_on, qtbot)
    QTest.keyClick(target, K.Key_PageDown)
    second = readout.card_id
    assert second != first
    QTest.keyClick(target, K.Key_Right)
    assert readout.card_id not in (first, second)
    QTest.keyClick(target, K.Key_Left)
    QTest.keyClick(target, K.Key_PageUp)
    assert readout.card_id == first
    QTest.keyClick(target, K.Key_Period)
    QTest.keyClick(target, K.Key_PageDown)  # back from blank: the same card, none skipped
    assert not room.is_blank() and readout.card_id == first
    save_render(room, "readout_stepped_from_room_window")


def test_readout_empty_box_types_b_and_dot_blanks(room_on, qtbot):
    """"b" is typed in an empty Put in theme (taken as Blank, "bus" typed in lower case to find
    a theme blanked the room); "." blanks, and Right steps the card, as a remote sends them."""
    panel = room_on.page(Stage.THEME)
    panel.toggle_readout(True)
    settle()
    readout, room = panel.readout, room_on.room.window
    box, first = readout.theme_box, readout.card_id
    QTest.keyClick(box, K.Key_Period)  # a Logitech remote's Blank
    assert room.is_blank() and box.text() == ""
    QTest.keyClick(box, K.Key_Right)  # its Next: the room back on the same card first
    assert not room.is_blank() and readout.card_id == first
    QTest.keyClick(box, K.Key_Right)  # then the card steps (nothing typed in the way)
    assert readout.card_id != first
    QTest.keyClick(box, K.Key_B)
    assert box.text() == "b"


def test_page_down_scrolls_prepares_form_from_a_tick_box(room_on, qtbot):
    room_on.go_to_stage(Stage.PREPARE, focus=True)
    settle()
    room = room_on.room.window
    assert room.content.page_count() > 1  # the welcome, paged
    area = next(a for a in room_on.page(Stage.PREPARE).findChildren(QScrollArea)
                if a.isVisible() and a.verticalScrollBar().maximum() > 0)
    button = next(b for b in area.findChildren(QAbstractButton)
                  if b.isVisible() and b.focusPolicy() & Qt.FocusPolicy.TabFocus)
    button.setFocus()
    area.verticalScrollBar().setValue(0)
    QTest.keyClick(QApplication.focusWidget(), K.Key_PageDown)
    assert area.verticalScrollBar().value() > 0 and room.content.page == 0
    room_on.room.paging.act_remote.setChecked(True)  # opted in: the room's page turns
    area.verticalScrollBar().setValue(0)
    QTest.keyClick(QApplication.focusWidget(), K.Key_PageDown)
    assert room.content.page == 1 and area.verticalScrollBar().value() == 0


def test_opt_in_remote_turns_pages_from_a_tree_not_a_text_box(room_on, qtbot):
    paging = room_on.room.paging
    act = paging.act_remote
    assert not act.isChecked()  # off by default
    assert act in room_on.room.actions()  # in the Room view menu
    room_on.go_to_stage(Stage.REVIEW, focus=True)
    settle()
    room = room_on.room.window
    tree = QApplication.focusWidget()
    assert room.content.page_count() > 1
    row = tree.currentIndex().row()
    QTest.keyClick(tree, K.Key_PageDown)  # off: the tree's own row moves
    assert room.content.page == 0 and tree.currentIndex().row() != row
    act.setChecked(True)
    row = tree.currentIndex().row()
    QTest.keyClick(tree, K.Key_PageDown)
    QTest.keyClick(tree, K.Key_PageDown)
    QTest.keyClick(tree, K.Key_PageUp)
    assert room.content.page == 1 and tree.currentIndex().row() == row
    save_render(room, "room_turned_by_remote_from_tree")
    room_on.go_to_stage(Stage.PREPARE, focus=True)  # the Title box keeps Page Down
    settle()
    title = room_on.page(Stage.PREPARE).title
    assert QApplication.focusWidget() is title
    page = room.content.page
    QTest.keyClick(title, K.Key_PageDown)
    assert room.content.page == page
    assert settings().value(REMOTE_SETTING, type=bool)  # remembered on this laptop
    assert RoomPaging(QWidget(), lambda: False).act_remote.isChecked()
    act.setChecked(False)
    assert not RoomPaging(QWidget(), lambda: False).act_remote.isChecked()


def test_tips_and_f1_say_page_down_and_the_opt_in(room_on, qtbot):
    room = room_on.room
    assert "Page Down" in room.act_next_page.toolTip()
    assert "Page Up" in room.act_previous_page.toolTip()
    assert "text or number box" in room.paging.act_remote.toolTip()
    groups = shortcut_groups(room_on.menuBar(), room_on.page(Stage.THEME), "Theme")
    said = [what for group in groups for _keys, what in group.rows]
    assert any("Presenter remote turns the pages" in what for what in said)
