"""Read-out mode reaches the projector: following the stage, Ctrl+R puts the read-out card on
the room view with its kind's themes numbered as the facilitator's list numbers them, and Esc
puts the wall back; a room view chosen by hand stays (review 24 method F2)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from wtfc.model.workshop import Kind
from wtfc.ui.wall.room_readout import RoomReadOut, list_px
from wtfc.ui.wall.room_wall import RoomWallView


@pytest.fixture
def room(theme_room):
    return theme_room  # tests/ui/wall/conftest.py


def _keys_to(qtbot, panel):
    """The facilitator's window has the keyboard (the offscreen platform gives it to the room
    window when that is shown)."""
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)


def _ctrl_r(qtbot, panel):
    _keys_to(qtbot, panel)
    qtbot.keyClick(panel.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert panel.readout_active()


def _esc(qtbot, panel):
    _keys_to(qtbot, panel)
    qtbot.keyClick(panel.readout.theme_box, Qt.Key.Key_Escape)
    assert not panel.readout_active()


def _alt_numbers(panel) -> dict[str, int]:
    """Theme name → N of the facilitator's "Alt+N  name  (count)" rows."""
    rows = (panel.readout.matches.item(i).text() for i in range(panel.readout.matches.count()))
    found = (re.match(r"Alt\+(\d)  (.*)  \(\d+\)$", row) for row in rows)
    return {m.group(2): int(m.group(1)) for m in found if m}


def test_ctrl_r_shows_the_card_and_numbered_themes_and_esc_the_wall_again(qtbot, room, panel,
                                                                          doc):
    assert room.choice == "room"
    _ctrl_r(qtbot, panel)
    panel.readout.show_card("n5")
    content = room.window.content
    assert room.choice == "readout" and isinstance(content, RoomReadOut)
    assert content.shown_card().id == "n5"
    content.grab()  # painted at the projector's size
    alt = _alt_numbers(panel)  # "number 2" on the projector is Alt+2 on the laptop
    assert content.rows_drawn == [f"{alt['I feel like a package']}. I feel like a package · "
                                  "3 cards", f"{alt['I never know who is coming']}. I never "
                                  "know who is coming · 2 cards"]
    assert "✗ Not working themes" in content.heading()  # the kind in words, not colour alone
    _esc(qtbot, panel)
    assert room.choice == "room" and isinstance(room.window.content, RoomWallView)


def test_the_room_moves_on_with_the_facilitators_card_and_its_kind(qtbot, room, panel):
    _ctrl_r(qtbot, panel)
    panel.readout.show_card("w2")
    content = room.window.content
    content.grab()
    assert content.shown_card().id == "w2"
    assert [row.name for row in content.rows()] == ["I like my day centre"]
    assert content.rows_drawn[0].endswith("I like my day centre · 1 card")
    assert content.rows_drawn[0][0].isdigit()  # numbered as the wall numbers it
    assert "✓ Working themes" in content.heading()


def test_a_room_view_chosen_by_hand_is_kept(qtbot, room, panel):
    panel.set_current_theme("staff")
    room.view_actions["theme"].trigger()  # Room view → The current theme, by hand
    _ctrl_r(qtbot, panel)
    assert room.choice == "theme"
    _esc(qtbot, panel)
    assert room.choice == "theme"


def test_read_out_chosen_by_hand_stays_after_esc(qtbot, room, panel):
    room.view_actions["readout"].trigger()  # the facilitator wants the card up: it stays
    _ctrl_r(qtbot, panel)
    _esc(qtbot, panel)
    assert room.choice == "readout"


def test_the_wall_picked_by_hand_in_read_out_lets_the_next_read_out_through(qtbot, room, panel):
    """Room view > The wall for a moment mid read-out (to point at a theme), Esc, and the next
    Ctrl+R still puts the card up: the projector had stayed on the wall for the whole session."""
    _ctrl_r(qtbot, panel)
    room.view_actions["room"].trigger()
    assert room.choice == "room"
    _esc(qtbot, panel)
    assert room.choice == "room"
    _ctrl_r(qtbot, panel)
    assert room.choice == "readout" and isinstance(room.window.content, RoomReadOut)
    _esc(qtbot, panel)
    assert room.choice == "room" and isinstance(room.window.content, RoomWallView)


def test_not_following_the_stage_keeps_the_wall(qtbot, room, panel):
    room.act_follow.setChecked(False)
    _ctrl_r(qtbot, panel)
    assert room.choice == "room"


def test_many_themes_end_in_and_n_more_at_a_size_the_back_can_read(qtbot, room, panel, doc):
    """Past the ninth a theme is listed with a bullet (no Alt number to say), in two columns;
    "and N more" only for those that do not fit even so (review 37 R1 F4: 9 of a county's 13
    and "and 4 more" with room to spare)."""
    from wtfc.model.operations.themes import create_theme

    for i in range(40):  # short enough for two columns (longer ones take two lines each)
        create_theme(doc, kind=Kind.NOT_WORKING, name=f"I want thing {i}").do(doc)
    _ctrl_r(qtbot, panel)
    panel.readout.show_card("n5")
    content = room.window.content
    content.grab()
    drawn = content.rows_drawn
    assert drawn[-1] == f"and {42 - (len(drawn) - 1)} more"
    assert len(drawn) > 20  # two columns, as many as fit: past the ninth too
    assert drawn[0].startswith("1. ") and drawn[8].startswith("9. ")
    assert all(row.startswith("• I want thing ") for row in drawn[9:-1])
    assert content.plan().columns == 2 and not any("…" in row for row in drawn)
    assert list_px(content.height()) >= 24 and content.text_px >= 24
