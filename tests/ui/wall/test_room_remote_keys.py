"""A presenter remote's keys reach the room view (review 25 clicker F2-F4).

Remotes send Page Down / Page Up for Next / Previous (some Right / Left), and "." (Logitech
R400/R500) or "B" for Blank. Only Ctrl+Shift+Right / Left turned the room's pages, "." did
nothing, and in read-out mode "." was typed into "Put in theme" while Right / Left did nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.renders import save_render
from wtfc.model.workshop import Stage
from wtfc.ui.shortcut_help import shortcut_groups

K = Qt.Key


def _wall_has_keyboard(window):
    view = window.page(Stage.THEME).view
    view.setFocus()
    assert QApplication.focusWidget() is view
    return view


def test_full_stop_blanks_the_room_as_b_does(room_on, qtbot):
    room = room_on.room.window
    QTest.keyClick(_wall_has_keyboard(room_on), K.Key_Period)
    assert room.is_blank()
    save_render(room, "room_blank_by_remote")
    QTest.keyClick(QApplication.focusWidget(), K.Key_Period)
    assert not room.is_blank()
    room.activateWindow()  # clicked: the room window has the keyboard
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room)
    QTest.keyClick(room, K.Key_Period)
    assert room.is_blank()


def test_a_text_box_keeps_b_and_full_stop(room_on, qtbot):
    room_on.go_to_stage(Stage.PREPARE, focus=True)
    title = room_on.page(Stage.PREPARE).title
    assert QApplication.focusWidget() is title
    title.selectAll()
    QTest.keyClicks(title, "Bus b.")
    assert title.text() == "Bus b."
    assert not room_on.room.window.is_blank()


def test_page_down_on_the_wall_turns_the_rooms_page(room_on, qtbot):
    view = room_on.room.window.content
    wall = _wall_has_keyboard(room_on)
    scroll = wall.verticalScrollBar().value()
    QTest.keyClick(wall, K.Key_PageDown)
    QTest.keyClick(wall, K.Key_PageDown)
    QTest.keyClick(wall, K.Key_PageUp)
    assert view.page == 1
    save_render(room_on.room.window, "room_turned_by_remote")  # "Page 2 of N"
    assert wall.verticalScrollBar().value() == scroll  # the laptop's wall stays put
    QTest.keyClick(wall, K.Key_Right)  # the wall's own arrow: the room's page stays
    assert view.page == 1


def test_a_table_keeps_page_down_for_its_rows(room_on, qtbot):
    room_on.go_to_stage(Stage.UNDERSTAND, focus=True)
    table = QApplication.focusWidget()
    view = room_on.room.window.content
    assert view.page_count() > 1
    row = table.currentIndex().row()
    QTest.keyClick(table, K.Key_PageDown)
    assert table.currentIndex().row() > row
    assert view.page == 0


def test_in_the_room_window_page_keys_and_arrows_turn_pages(room_on, qtbot):
    room = room_on.room.window
    room.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is room)
    target = QApplication.focusWidget() or room
    for key in (K.Key_PageDown, K.Key_Right, K.Key_Right, K.Key_Left, K.Key_PageUp):
        QTest.keyClick(target, key)
    assert room.content.page == 1


def test_no_pages_no_page_keys_taken(demo_window, qtbot):
    wall = demo_window.page(Stage.THEME).view  # the room view hidden: the wall scrolls
    demo_window.go_to_stage(Stage.THEME, focus=True)
    wall.setFocus()
    scroll = wall.verticalScrollBar().value()
    QTest.keyClick(wall, K.Key_PageDown)
    assert wall.verticalScrollBar().value() > scroll


def test_readout_empty_box_gives_the_remote_its_keys(room_on, qtbot):
    panel = room_on.page(Stage.THEME)
    panel.toggle_readout(True)
    readout = panel.readout
    box = readout.theme_box
    assert QApplication.focusWidget() is box
    first = readout.card_id
    QTest.keyClick(box, K.Key_Right)
    assert readout.card_id != first
    QTest.keyClick(box, K.Key_Left)
    assert readout.card_id == first
    QTest.keyClick(box, K.Key_Period)  # Blank: no theme called "."
    assert room_on.room.window.is_blank() and box.text() == ""
    QTest.keyClick(box, K.Key_Period)
    assert not room_on.room.window.is_blank()
    QTest.keyClicks(box, "Bus.")  # with words typed, the box keeps every key
    QTest.keyClick(box, K.Key_Left)
    assert box.text() == "Bus." and box.cursorPosition() == 3
    assert readout.card_id == first and not room_on.room.window.is_blank()
    save_render(panel, "readout_remote_keys")


def test_f1_lists_the_remote_keys(room_on, qtbot):
    groups = shortcut_groups(room_on.menuBar(), room_on.page(Stage.THEME), "Theme")
    keys = {what: keys for group in groups for keys, what in group.rows}
    assert keys["Blank the room view"] == "B or ."
    assert any(k.startswith("Ctrl+Shift+Right or Page Down") for k in keys.values())
