# ruff: noqa: F811  (the fixture ``now`` imported from clock_fixtures is a parameter here)
"""Room view → "Show the timer to the room": the running stage timer's time in a corner of the
projector, large enough for the back of the room; off until chosen, and nothing while the timer
is paused or the room view blanked. The clock is the test's own."""

from __future__ import annotations

import pytest
from clock_fixtures import MIN, later, now, plan  # noqa: F401  (the fixture ``now``)
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontInfo

from wtfc.model.workshop import Stage


@pytest.fixture
def window(now, demo_window):
    demo_window.go_to_stage(Stage.THEME)
    plan(demo_window, Stage.THEME, 30)
    demo_window.room.act_show.setChecked(True)
    demo_window.room.window.act_full_screen.setChecked(False)
    demo_window.room.window.resize(1280, 720)
    return demo_window


def shown(window) -> str | None:
    label = window.room_timer.label
    return label.text() if label.isVisibleTo(window.room.window) else None


def test_it_is_in_the_room_view_menu_and_off_until_chosen(window, now):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Room view")
    action = next(a for a in menu.actions() if a.text() == "Show the ti&mer to the room")
    assert action.isCheckable() and not action.isChecked()
    window.stage_side.start_action.trigger()
    later(window, now, 18 * MIN)
    assert shown(window) is None  # the group may feel rushed by it: the facilitator chooses


def test_the_room_sees_the_time_left_then_over_in_the_corner(window, now):
    window.room_timer.action.setChecked(True)
    window.stage_side.start_action.trigger()
    later(window, now, 18 * MIN + 1000)
    assert shown(window) == "12 min left"
    label, room = window.room_timer.label, window.room.window
    assert QFontInfo(label.font()).pixelSize() >= 28  # read from the back of the room
    box = label.geometry()  # the bottom-right corner, beside "Page 1 of 3" when there are pages
    assert box.right() <= room.width() and box.bottom() >= room.height() - 60
    page = room.content.page_label.geometry()  # the demo's wall at 1280×720: 3 pages
    assert page.top() == box.top() and 0 < page.left() - box.right() <= 16  # just left of it
    window.go_to_stage(Stage.PLAN)  # the timer runs on, and the room still sees it
    later(window, now, 16 * MIN)
    assert shown(window) == "4 min over"


def test_nothing_while_paused_or_blanked(window, now):
    window.room_timer.action.setChecked(True)
    window.stage_side.start_action.trigger()
    later(window, now, MIN)
    assert shown(window) == "29 min left"
    window.room.window.act_blank.setChecked(True)
    assert shown(window) is None
    window.room.window.act_blank.setChecked(False)
    assert shown(window) == "29 min left"
    window.stage_side.start_action.trigger()  # paused
    assert shown(window) is None


@pytest.mark.parametrize(
    ("planned", "run", "words"),
    [(None, 119 * MIN, "1 h 59 min so far"), (30, (13 * 60 + 28) * MIN, "12 h 58 min over")],
)
def test_long_times_stay_inside_the_corner_the_view_keeps(window, now, planned, run, words):
    """'1 h 59 min so far' started 23 px left of the corner the view kept for the timer."""
    plan(window, Stage.THEME, planned)
    window.room_timer.action.setChecked(True)
    window.stage_side.start_action.trigger()
    later(window, now, run)
    assert shown(window) == words.capitalize()
    room, label = window.room.window, window.room_timer.label
    corner = room.content.timer_corner()
    kept = QRect(room.content.mapTo(room, corner.topLeft()), corner.size())
    assert kept.contains(label.geometry()), (kept, label.geometry())
