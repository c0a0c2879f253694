"""At midnight during a late evening workshop (or a laptop woken the next day) the room's plan or
review, built afresh, went back to page 1 in front of the room, whether or not anything it
showed had changed (review 34 R3-7). The new day now keeps the room on its page: the plan is
laid out again in place (its heading says "as of" the date on every page), the review only where
one of last time's late marks changed, and then on the same page (or the last one left)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.renders import save_render
from wtfc.model.dates import long_date
from wtfc.model.workshop import Stage
from wtfc.ui.boards.plan_room import PlanRoomView
from wtfc.ui.boards.review_room import ReviewRoomView
from wtfc.ui.day_watch import refresh_dated_views, watch_the_day


@pytest.fixture
def room(demo_window, qtbot):
    """The demo's room view up at 1366x768 (its plan in 7 pages, its review in 5)."""
    room = demo_window.room
    room.act_show.setChecked(True)
    room.window.resize(1366, 768)
    return room


def _on_page(room, qtbot, window, stage: Stage, name: str, page: int):
    window.go_to_stage(stage)
    room.show_view(name)
    view = room.window.content
    qtbot.waitUntil(lambda: view.size() == room.window.size())
    for _ in range(page):
        room.act_next_page.trigger()
    assert view.page == page and view.page_count() > page
    return view


def _drawn(view) -> list[str]:
    view.grab()
    return [words for _px, words, _cut in view.drawn_text]


def test_midnight_keeps_the_plan_on_its_page_and_says_the_new_date(room, demo_window, qtbot):
    view = _on_page(room, qtbot, demo_window, Stage.PLAN, "plan", 2)
    save_render(room.window, "day_watch_plan_before")
    next_day = dt.date.today() + dt.timedelta(days=1)
    view._today = lambda: next_day  # the view's clock: midnight passes
    refresh_dated_views(demo_window)
    assert room.window.content is view and view.page == 2
    assert view.page_label.text() == f"Page 3 of {view.page_count()}"
    assert any(f"as of {long_date(next_day)}" in words for words in _drawn(view))
    save_render(room.window, "day_watch_plan_after")


def test_a_new_day_with_no_late_mark_changed_leaves_the_review_as_it_was(room, demo_window,
                                                                         qtbot):
    view = _on_page(room, qtbot, demo_window, Stage.REVIEW, "review", 2)
    before = _drawn(view)
    refresh_dated_views(demo_window)  # today: last time's late marks as they were
    assert room.window.content is view and view.page == 2
    assert _drawn(view) == before


def test_a_late_mark_changed_rebuilds_the_review_on_the_same_page(room, demo_window, qtbot):
    view = _on_page(room, qtbot, demo_window, Stage.REVIEW, "review", 2)
    # the view read on a spring day, before any of last time's actions was due: none late
    view._today = lambda: dt.date(2026, 3, 1)
    view._on_workshop_changed()
    assert not any(a.overdue for a in view.comparison().actions)
    assert not any("Late" in words for words in _drawn(view))
    save_render(room.window, "day_watch_review_before")
    refresh_dated_views(demo_window)  # today: two of them are past their dates, still open
    again = room.window.content
    assert isinstance(again, ReviewRoomView) and again is not view
    assert again.page == 2 and again.page_label.text() == f"Page 3 of {again.page_count()}"
    assert any(words.startswith("⚠ Late: not started") for words in _drawn(again))
    save_render(room.window, "day_watch_review_after")


def test_the_hourly_and_wake_checks_on_the_same_day_move_nothing(room, demo_window, qtbot):
    view = _on_page(room, qtbot, demo_window, Stage.PLAN, "plan", 1)
    assert isinstance(view, PlanRoomView)
    clock = [dt.datetime.now().replace(hour=22, minute=59)]
    watch = watch_the_day(demo_window, now=lambda: clock[0])
    focus = demo_window.page(Stage.PLAN).theme_filter  # the facilitator's keyboard, on Plan
    demo_window.activateWindow()
    focus.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is focus)
    assert room.act_next_page.isEnabled()
    clock[0] = clock[0].replace(hour=23, minute=59)  # the hour's check, and the laptop woken
    assert not watch.check()
    assert room.window.content is view and view.page == 1
    clock[0] += dt.timedelta(minutes=2)  # past midnight: the new day's check
    assert watch.check()
    assert room.window.content is view and view.page == 1
    assert QApplication.focusWidget() is focus and room.act_next_page.isEnabled()
