"""The menus say what their items do and, greyed, when they work; each item has its letter.

The Room view menu's explanations were tooltips no menu showed; seven of its items had no
underlined letter; Next/Previous page, Blank and Full screen were greyed with no reason, and
the Zoom menu greyed on every page but Theme, though the why-tree zooms with the same keys.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint

from tests.ui.renders import save_render
from wtfc.model.workshop import Stage


@pytest.fixture
def window(demo_window):
    return demo_window


def _menu(window, title: str):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def _letter(text: str) -> str:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).upper() if found else ""


def test_every_room_view_item_has_its_own_letter_and_its_tips_are_shown(window):
    menu = _menu(window, "&Room view")
    assert menu.toolTipsVisible() and _menu(window, "&Zoom").toolTipsVisible()
    items = [a for a in menu.actions() if not a.isSeparator()]
    letters = [_letter(a.text()) for a in items]
    assert all(letters), [a.text() for a, x in zip(items, letters, strict=True) if not x]
    assert len(set(letters)) == len(letters)
    assert all(a.toolTip() or a.menu() for a in items)  # a submenu's items are screens


def test_greyed_room_view_items_say_show_the_room_view_first(window, qtbot):
    room = window.room
    greyed = [room.act_next_page, room.act_previous_page, room.window.act_blank,
              room.window.act_full_screen]
    assert not any(a.isEnabled() for a in greyed)
    assert all("Not now: show the room view first" in a.toolTip() for a in greyed)
    menu = _menu(window, "&Room view")
    menu.popup(window.mapToGlobal(QPoint(200, 40)))
    qtbot.waitExposed(menu)
    save_render(menu, "room_view_menu_off")
    menu.close()
    room.act_show.trigger()
    assert room.window.act_blank.isEnabled()
    assert "Not now" not in room.window.act_blank.toolTip()
    assert room.window.act_blank.toolTip() == ("Black out the projector without closing it "
                                               "(B or ., a presenter remote's Blank)")
    room.act_show.trigger()
    assert "Not now" in room.window.act_full_screen.toolTip()


def test_the_zoom_menu_greyed_off_the_wall_says_why_and_has_letters(window):
    menu = _menu(window, "&Zoom")
    assert [_letter(a.text()) for a in menu.actions()] == ["I", "O", "F"]
    window.go_to_stage(Stage.UNDERSTAND)
    for action in menu.actions():
        assert not action.isEnabled()
        assert "Not now: this menu zooms the Theme page's wall" in action.toolTip()
        assert "Ctrl+=" in action.toolTip()
    window.go_to_stage(Stage.THEME)
    assert all(a.isEnabled() and "Not now" not in a.toolTip() for a in menu.actions())


def test_edit_s_items_say_what_they_do_in_the_status_bar(window):
    items = [a for a in _menu(window, "&Edit").actions() if not a.isSeparator()]
    assert all(a.statusTip() for a in items), [a.text() for a in items if not a.statusTip()]
