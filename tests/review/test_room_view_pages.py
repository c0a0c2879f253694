"""Turning the Plan and Review room views' pages from the app: the room wall's keys and menu
actions, the page in the room window's corner, page 1 again for another view or theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.boards.views import CausesRoomView


@pytest.fixture
def room(window):
    window.files.open_demo()
    window.room.act_show.setChecked(True)
    window.room.window.resize(1366, 768)
    return window.room


@pytest.mark.parametrize("name", ["plan", "review", "causes"])
def test_ctrl_shift_right_turns_the_board_page_and_the_window_says_which(room, qtbot, name):
    if name == "causes":  # at 1366x768 the demo's why-tree is one page (its branches side by side)
        room.window.resize(1024, 768)
    room.show_view(name)
    view = room.window.content
    assert isinstance(view, PlanRoomView | ReviewRoomView | CausesRoomView)
    qtbot.waitUntil(lambda: view.size() == room.window.size())
    count = view.page_count()
    assert count > 1 and room.act_next_page.isEnabled()
    assert view.page_label.text() == f"Page 1 of {count}" and view.page_label.isVisible()
    room.window.activateWindow()
    qtbot.keyClick(room.window, Qt.Key.Key_Right,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.page == 1
    assert view.page_label.text() == f"Page 2 of {count}"
    for _ in range(count + 1):
        room.act_next_page.trigger()
    assert view.page == count - 1
    for _ in range(count + 1):
        room.act_previous_page.trigger()
    assert view.page == 0


def test_the_page_starts_again_when_the_view_or_the_theme_changes(room, window, qtbot):
    window.go_to_stage(Stage.PLAN)
    room.show_view("plan")
    plan = room.window.content
    qtbot.waitUntil(lambda: plan.size() == room.window.size())
    count = plan.page_count()
    assert count >= 2  # the demo's thirteen actions (3 pages where the screen is 1366x768)
    room.act_next_page.trigger()
    assert plan.page == 1
    board = window.page(Stage.PLAN)
    board.theme_filter.setCurrentIndex(1)  # one theme on the Plan board: its first page
    assert room.window.content is not plan and room.window.content.page == 0
    board.theme_filter.setCurrentIndex(0)  # all themes again: from the first page
    plan = room.window.content
    assert plan.page == 0 and plan.page_label.text() == f"Page 1 of {count}"
    room.act_next_page.trigger()
    room.show_view("review")
    review = room.window.content
    assert isinstance(review, ReviewRoomView) and review.page == 0
    room.act_next_page.trigger()
    assert review.page == 1
    room.show_view("plan")
    assert room.window.content.page == 0
    room.show_view("readout")  # nothing to turn: the keys stay with the facilitator's page
    assert not room.act_next_page.isEnabled()
