# ruff: noqa: F811  (the fixture ``now`` imported from clock_fixtures is a parameter here)
"""The room timer never covers the room's words: while it is chosen, the room window keeps a
strip across its top for it and every stage's view is laid out (and paged) below it; and it is
on screen as soon as the facilitator moves to another stage, not a tick later."""

from __future__ import annotations

import pytest
from clock_fixtures import MIN, later, now, plan  # noqa: F401  (the fixture ``now``)
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from wtfc.model.demo import demo_previous_path
from wtfc.model.workshop import Stage
from wtfc.ui.boards.room_paint import RoomCanvas
from wtfc.ui.style import INK
from wtfc.ui.wall.room_wall import RoomWallView

# each stage's room view (Understand's three times: the priorities, the why-tree, the fishbone)
VIEWS = [
    (Stage.THEME, 0),
    (Stage.UNDERSTAND, 0),
    (Stage.UNDERSTAND, 1),
    (Stage.UNDERSTAND, 2),
    (Stage.IDENTIFY_SUCCESS, 0),
    (Stage.PLAN, 0),
    (Stage.ACT, 0),
    (Stage.REVIEW, 0),
]


@pytest.fixture
def window(now, demo_window):
    demo_window.go_to_stage(Stage.REVIEW)
    assert demo_window.page(Stage.REVIEW).load_previous(demo_previous_path())
    demo_window.go_to_stage(Stage.THEME)
    plan(demo_window, Stage.THEME, 150)
    demo_window.room.act_show.setChecked(True)
    demo_window.room.window.act_full_screen.setChecked(False)
    demo_window.room_timer.action.setChecked(True)
    demo_window.stage_side.start_action.trigger()
    later(demo_window, now, MIN)
    return demo_window


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def timer_box(window) -> QRect:
    label, room = window.room_timer.label, window.room.window
    return QRect(label.mapTo(room, label.rect().topLeft()), label.size())


def dark_under_timer(window) -> int:
    """The dark pixels (words, headings, boxes) the room view draws where the timer is."""
    label, room = window.room_timer.label, window.room.window
    box = timer_box(window)
    label.hide()
    image = room.grab().toImage()
    label.show()
    return sum(
        image.pixelColor(x, y).lightness() < 120
        for x in range(box.left(), box.right(), 2)
        for y in range(box.top(), box.bottom(), 2)
    )


def show(window, stage: Stage, tab: int) -> None:
    window.go_to_stage(stage)
    if stage is Stage.UNDERSTAND:
        window.page(stage).setCurrentIndex(min(tab, 1))
        window.page(stage).causes.shapes.show_shape(fishbone=tab == 2)
    settle()


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)])
def test_no_words_of_any_stage_are_under_the_timer(window, now, size):
    room = window.room.window
    room.resize(*size)
    for stage, tab in VIEWS:
        show(window, stage, tab)
        later(window, now, 1000)
        assert window.room_timer.label.text().endswith("min left")
        assert dark_under_timer(window) == 0, (size, stage, tab)
        view = room.content
        assert (type(view).__name__ == "FishboneRoomView") == (tab == 2)
        assert view.geometry().top() >= timer_box(window).bottom()  # laid out below it
        assert view.geometry().bottom() == room.height() - 1  # and to the foot
        if isinstance(view, RoomCanvas):  # still large enough: pages rather than small type
            view.grab()
            assert min(px for px, _text, _cut in view.drawn_text) >= 19.9
        elif isinstance(view, RoomWallView):
            assert view.smallest_text_px() >= 19.9


def test_the_views_get_the_whole_screen_back_when_the_timer_is_not_chosen(window, now):
    room = window.room.window
    room.resize(1366, 768)
    settle()
    assert room.content.geometry().top() > 50
    window.room_timer.action.setChecked(False)
    settle()
    assert room.content.geometry() == room.rect()
    window.room_timer.action.setChecked(True)
    window.stage_side.start_action.trigger()  # paused: the time goes, the room's words stay
    settle()
    assert not window.room_timer.label.isVisibleTo(room)
    assert room.content.geometry().top() > 50
    room.act_blank.setChecked(True)  # black to the top
    settle()
    assert room.blank_page.geometry() == room.rect()


def timer_seen(window) -> bool:
    """The timer's ink is on the projector (its corner is not the view's light ground)."""
    box = timer_box(window)
    image = window.room.window.grab().toImage()
    return image.pixelColor(box.left() + 4, box.top() + 4) == INK


def test_the_timer_is_seen_as_soon_as_the_stage_changes(window, now):
    window.room.window.resize(1366, 768)
    settle()
    assert timer_seen(window)
    for stage in (Stage.UNDERSTAND, Stage.IDENTIFY_SUCCESS, Stage.PLAN, Stage.REVIEW, Stage.THEME):
        window.go_to_stage(stage)  # a new view is put in; no tick yet
        settle()
        assert timer_seen(window), stage
