# ruff: noqa: F811  (the fixture ``now`` imported from clock_fixtures is a parameter here)
"""Blanking the room (B) with the timer shown hides the time and moves nothing: the view keeps
the timer's corner, as while paused. Giving the corner back and taking it again laid a big wall
out twice (2,000 cards: 103 ms to blank, 195 ms to come back) for a view nobody saw."""

from __future__ import annotations

import pytest
from clock_fixtures import MIN, later, now, plan  # noqa: F401  (the fixture ``now``)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from wtfc.model.workshop import Stage
from wtfc.ui.boards.room_paint import RoomCanvas
from wtfc.ui.wall.scene import WallScene


@pytest.fixture
def window(now, demo_window):
    demo_window.go_to_stage(Stage.THEME)
    plan(demo_window, Stage.THEME, 30)
    demo_window.room.act_show.setChecked(True)
    demo_window.room.window.act_full_screen.setChecked(False)
    demo_window.room.window.resize(1280, 720)
    demo_window.room_timer.action.setChecked(True)
    demo_window.stage_side.start_action.trigger()
    later(demo_window, now, MIN)
    return demo_window


@pytest.fixture
def layouts(monkeypatch) -> list[str]:
    """Each room wall and board laid out from now on."""
    made: list[str] = []
    wall, board = WallScene.relayout, RoomCanvas._sync_pages

    def wall_laid_out(scene, *args):
        made.append("wall")
        return wall(scene, *args)

    def board_laid_out(view, *, relayout=True):
        if relayout:  # not a page turn
            made.append(type(view).__name__)
        return board(view, relayout=relayout)

    monkeypatch.setattr(WallScene, "relayout", wall_laid_out)
    monkeypatch.setattr(RoomCanvas, "_sync_pages", board_laid_out)
    return made


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def timer_seen(window) -> bool:
    return window.room_timer.label.isVisibleTo(window.room.window)


@pytest.mark.parametrize("stage", [Stage.THEME, Stage.PLAN])
def test_blanking_and_back_lays_nothing_out_again(window, layouts, stage):
    window.go_to_stage(stage)
    settle()
    room = window.room.window
    corner = room.content.timer_corner()
    assert timer_seen(window)
    layouts.clear()
    room.act_blank.setChecked(True)
    settle()
    assert not timer_seen(window) and room.is_blank()
    room.act_blank.setChecked(False)
    settle()
    assert timer_seen(window) and room.content.timer_corner() == corner
    assert layouts == []


def test_a_blanked_room_is_black_under_the_timers_strip(window):
    room = window.room.window
    room.show_message("Coffee break")  # a view that keeps no corner: the strip across the top
    settle()
    assert room.contentsMargins().top() > 0 and timer_seen(window)
    room.act_blank.setChecked(True)
    settle()
    assert not timer_seen(window)
    shot = room.grab().toImage()
    for y in (2, room.contentsMargins().top() // 2, room.height() // 2):
        assert shot.pixelColor(room.width() // 2, y) == QColor("black"), y
