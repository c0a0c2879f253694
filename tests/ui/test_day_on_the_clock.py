# ruff: noqa: F811  (the fixture ``now`` imported from clock_fixtures is a parameter here)
"""The day on the clock (review 37 R2 finding 6): a start time and a lunch typed on Prepare's
day's plan, each one undoable step; the plan then gives clock times, on Prepare and on the
room's Welcome; and under the stage timer a day line says how far behind the timers put the
day and when it will end. The clock is the test's own: nothing waits real minutes."""

from __future__ import annotations

import datetime as dt

import pytest
from clock_fixtures import MIN, later, now  # noqa: F401  (the fixture ``now``)
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QLabel, QScrollArea

from tests.ui.prepare.prepare_helpers import type_number
from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.agenda import USUAL_MINUTES, plan_for
from wtfc.model.document import Document
from wtfc.model.operations.day_times import set_break_after, set_day_start
from wtfc.model.workshop import Stage, StagePlan, Workshop
from wtfc.ui.boards.welcome_room import WelcomeRoomView
from wtfc.ui.boards.welcome_words import plan_rows
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.left_field import typed_edits

TEN = dt.time(10, 0)


def _twelve_hour(t) -> str:
    """A laptop set to a 12-hour clock, spelt out: the C library's AM/PM follows the locale."""
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def _usual(starts_at: dt.time | None = TEN, lunch: int | None = 45) -> Workshop:
    agenda = [StagePlan(stage=s, minutes=m, break_after=lunch if s == Stage.THEME else None)
              for s, m in USUAL_MINUTES.items()]
    return Workshop(title="Spring reviews", agenda=agenda, starts_at=starts_at)


def said(label: QLabel) -> str:
    """The label's words, its no-break spaces (a time kept to its stage) read as spaces."""
    return label.text().replace("\u00a0", " ")


@pytest.fixture
def doc():
    return Document(_usual(starts_at=None, lunch=None))


@pytest.fixture
def page(show, doc, undo):
    return show(DetailsPage(doc, undo), 1024, 768)


def test_a_start_time_typed_on_prepare_is_one_step_and_gives_the_plan_clock_times(
        qtbot, page, undo):
    plan, doc = page.plan, page.doc
    assert plan.times.start.text() == "Not set"
    assert plan.total.text() == "6 h 15 min planned, plus breaks."
    plan.times.start.setFocus()
    plan.times.start.setTime(QTime(10, 0))
    # typed, not yet recorded: the recovery copy holds it
    assert [c.label for c in typed_edits(page)] == ["Start the day at 10:00"]
    plan.times.start.clearFocus()
    plan.times.start.editingFinished.emit()
    assert doc.workshop.starts_at == TEN
    assert undo.stack.undoText() == "Start the day at 10:00"
    assert said(plan.total) == (
        "6 h 15 min planned, plus breaks.\n10:00 Prepare · 10:30 Theme · 13:00 Understand · "
        "14:30 Identify success · 15:15 Plan · 16:00 Review · ends about 16:15")
    undo.stack.undo()
    assert doc.workshop.starts_at is None and plan.times.start.text() == "Not set"
    assert plan.total.text() == "6 h 15 min planned, plus breaks."
    undo.stack.redo()
    assert plan.times.start.time() == QTime(10, 0)


def test_lunch_after_theme_typed_on_prepare_is_one_step(qtbot, page, undo):
    plan, doc = page.plan, page.doc
    undo.push(set_day_start(doc, TEN))
    assert plan.times.after.currentData() == Stage.THEME  # the usual day's half-way
    assert plan.times.break_box.text() == "No break"
    type_number(qtbot, plan.times.break_box, 45)
    assert plan_for(doc.workshop, Stage.THEME).break_after == 45
    assert undo.stack.undoText() == "Plan 45 min for lunch after Theme"
    assert said(plan.total) == (
        "6 h 15 min planned, and 45 min of breaks.\n10:00 Prepare · 10:30 Theme · 13:00 Lunch · "
        "13:45 Understand · 15:15 Identify success · 16:00 Plan · 16:45 Review · "
        "ends about 17:00")
    assert plan.times.after.currentText() == "Theme (45 min break)"
    # another stage chosen shows its own break (none), the lunch kept
    plan.times.after.setCurrentIndex(plan.times.after.findData(Stage.PREPARE))
    assert plan.times.break_box.text() == "No break"
    type_number(qtbot, plan.times.break_box, 15, leave=False)
    assert page.commit_pending()  # the window saving while the box has the keyboard
    assert plan_for(doc.workshop, Stage.PREPARE).break_after == 15
    undo.stack.undo()
    undo.stack.undo()
    assert not any(p.break_after for p in doc.workshop.agenda)
    undo.stack.redo()
    settle()
    scroll = page.findChild(QScrollArea)
    scroll.ensureWidgetVisible(plan)
    settle()
    save_render(page, "prepare_plan_1024x768")


def test_the_rooms_welcome_gives_each_stage_and_lunch_its_clock_time(show):
    ws = _usual()
    rows, total = plan_rows(ws)
    assert rows == [
        ("10:00 Welcome, and why we are here", "30 min"),
        ("10:30 Reading the cards and finding themes", "2 h 30 min"),
        ("13:00 Lunch", "45 min"),
        ("13:45 Choosing priorities and asking \u201cwhy?\u201d", "1 h 30 min"),
        ("15:15 What would success look like?", "45 min"),
        ("16:00 Agreeing who will do what, by when", "45 min"),
        ("16:45 Looking back on the day, and close", "15 min"),
    ]
    assert total == "In all: 6 h 15 min, and 45 min of breaks. Ends about 17:00."
    # in the laptop's own format
    rows, total = plan_rows(ws, clock=_twelve_hour)
    assert rows[2] == ("1:00 PM Lunch", "45 min") and total.endswith("Ends about 5:00 PM.")
    # no start time: lengths only, lunch among them
    rows, total = plan_rows(_usual(starts_at=None))
    assert rows[:3] == [("1. Welcome, and why we are here", "30 min"),
                        ("2. Reading the cards and finding themes", "2 h 30 min"),
                        ("Lunch", "45 min")]
    assert total == "In all: 6 h 15 min, and 45 min of breaks."
    view = show(WelcomeRoomView(Document(ws)), 1024, 768)
    words = []
    for number in range(view.page_count()):
        view.show_page(number)
        view.grab()
        words += [said for _px, said, _cut in view.drawn_text]
        if any("13:00 Lunch" in said for said in words):
                    save_render(view, "welcome_plan_1024x768")
    assert "13:00 Lunch" in words
    assert "In all: 6 h 15 min, and 45 min of breaks. Ends about 17:00." in words


@pytest.fixture
def window(now, demo_window):
    """The demo (the usual day planned) starting at 10:00, on Prepare."""
    demo_window.undo.push(set_day_start(demo_window.doc, TEN))
    demo_window.go_to_stage(Stage.PREPARE)
    return demo_window


def test_prepare_run_twenty_minutes_over_says_the_day_is_twenty_behind(window, now):
    panel = window.stage_side.timer
    assert panel.day.isHidden()  # no timer has run: nothing to say
    panel.start.click()
    later(window, now, 5 * MIN)
    assert panel.day.text() == "Day: on time — ends about 16:15"
    later(window, now, 45 * MIN)
    assert panel.day.text() == "Day: 20 min behind plan — ends about 16:35 (planned 16:15)"
    assert not panel.day.isHidden()
    # moving on, Theme's timer started: Prepare's 20 minutes stay behind the day
    window.go_to_stage(Stage.THEME)
    panel.start.click()
    later(window, now, 10 * MIN)
    assert panel.day.text().startswith("Day: 20 min behind plan — ends about 16:35")
    # a lunch planned on Prepare moves both ends on
    window.undo.push(set_break_after(window.doc, Stage.THEME, 45))
    assert panel.day.text() == "Day: 20 min behind plan — ends about 17:20 (planned 17:00)"
    window.resize(1024, 768)
    settle()
    assert panel.day.height() >= panel.day.heightForWidth(panel.day.width())  # not cut short
    save_render(window, "timer_day_line")


def test_without_a_start_time_the_line_says_only_how_far_behind(window, now):
    window.undo.push(set_day_start(window.doc, None))
    panel = window.stage_side.timer
    panel.start.click()
    later(window, now, 50 * MIN)
    assert panel.day.text() == "Day: 20 min behind plan"


def test_the_day_line_is_never_the_rooms(window, now):
    """The room's timer shows only the running stage's time, and only when chosen."""
    window.stage_side.timer.start.click()
    later(window, now, 50 * MIN)
    room = window.room.window
    assert not any("behind plan" in label.text() for label in room.findChildren(QLabel))
