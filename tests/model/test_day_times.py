"""The day's plan on the clock (review 37 R2 finding 6): a start time and breaks on Prepare's
day's plan, each an undoable step, kept in the file as format 6 only once set (an older file
loads as it was); the plan's clock times, and how far behind the timers put the day."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from workshop_builders import do_undo_redo, sample_document, sample_workshop

from wtfc.model.agenda import USUAL_MINUTES, plan_for
from wtfc.model.day_times import day_line, drift_minutes, ends_at, times_line
from wtfc.model.errors import EditRefused
from wtfc.model.migrations import format_needed
from wtfc.model.operations.agenda import set_stage_minutes
from wtfc.model.operations.day_times import set_break_after, set_day_start
from wtfc.model.storage import load_workshop, save_workshop, workshop_to_bytes
from wtfc.model.workshop import Stage, StagePlan, Workshop

TEN = dt.time(10, 0)
MIN = 60_000


def usual_day(starts_at: dt.time | None = TEN, lunch_after: Stage | None = None) -> Workshop:
    """The usual one-day plan (6 h 15 min), starting at ``starts_at``, lunch 45 min after."""
    agenda = [StagePlan(stage=s, minutes=m,
                        break_after=45 if s == lunch_after else None)
              for s, m in USUAL_MINUTES.items()]
    return sample_workshop().model_copy(update={"agenda": agenda, "starts_at": starts_at})


def test_start_the_day_at_ten_done_undone_redone():
    doc = sample_document()
    edit = set_day_start(doc, dt.time(10, 0, 30))
    assert edit.label == "Start the day at 10:00"

    def done(d):
        assert d.workshop.starts_at == TEN  # to the minute

    do_undo_redo(doc, edit, done, changed={}, details=["starts_at"])
    assert set_day_start(doc, None).label == "Clear the day's start time"


def test_lunch_after_theme_done_undone_redone_keeping_the_stages_minutes_and_notes():
    doc = sample_document()
    set_stage_minutes(doc, Stage.THEME, 150).do(doc)
    edit = set_break_after(doc, Stage.THEME, 45)
    assert edit.label == "Plan 45 min for lunch after Theme"

    def done(d):
        assert plan_for(d.workshop, Stage.THEME).break_after == 45
        assert plan_for(d.workshop, Stage.THEME).minutes == 150

    do_undo_redo(doc, edit, done, changed={}, details=["agenda"])
    assert set_break_after(doc, Stage.PREPARE, 15).label == "Plan 15 min for break after Prepare"
    assert set_break_after(doc, Stage.THEME, 0).label == "Take the break after Theme off the plan"


def test_taking_the_only_thing_planned_for_a_stage_off_takes_it_off_the_plan():
    doc = sample_document()
    set_break_after(doc, Stage.PLAN, 15).do(doc)
    assert plan_for(doc.workshop, Stage.PLAN).break_after == 15
    set_break_after(doc, Stage.PLAN, None).do(doc)
    assert doc.workshop.agenda == []


@pytest.mark.parametrize("minutes", [-5, 241])
def test_an_impossible_break_is_refused_plainly(minutes):
    with pytest.raises(EditRefused, match="between 1 and 240 minutes"):
        set_break_after(sample_document(), Stage.THEME, minutes)


def test_a_start_time_and_lunch_are_kept_in_the_file_as_format_6(tmp_path):
    workshop = usual_day(lunch_after=Stage.THEME)
    path = tmp_path / "spring.wtfc"
    save_workshop(workshop, path)
    raw = json.loads(path.read_bytes())
    assert raw["schema_version"] == 6 == format_needed(workshop)
    assert raw["starts_at"] == "10:00:00"
    loaded = load_workshop(path).workshop
    assert loaded.starts_at == TEN
    assert plan_for(loaded, Stage.THEME).break_after == 45


def test_without_them_the_file_is_written_as_before():
    raw = json.loads(workshop_to_bytes(usual_day(starts_at=None)))
    assert raw["schema_version"] == 5
    assert "starts_at" not in raw
    assert all("break_after" not in plan for plan in raw["agenda"])


def test_an_older_file_loads_with_no_start_time_and_no_breaks(tmp_path):
    raw = json.loads(workshop_to_bytes(usual_day(starts_at=None)))
    raw["schema_version"] = 4
    path = tmp_path / "old.wtfc"
    path.write_text(json.dumps(raw), encoding="utf-8")
    loaded = load_workshop(path)
    assert loaded.read_only_reason == ""
    assert loaded.workshop.starts_at is None
    assert [p.minutes for p in loaded.workshop.agenda] == list(USUAL_MINUTES.values())
    assert not any(p.break_after for p in loaded.workshop.agenda)


def test_the_plans_clock_times_from_ten_with_lunch_after_theme():
    workshop = usual_day(lunch_after=Stage.THEME)
    assert times_line(workshop) == (
        "10:00\u00a0Prepare · 10:30\u00a0Theme · 13:00\u00a0Lunch · 13:45\u00a0Understand · "
        "15:15\u00a0Identify success · 16:00\u00a0Plan · 16:45\u00a0Review · ends about\u00a017:00")
    assert ends_at(usual_day()) == dt.time(16, 15)  # no lunch planned
    assert times_line(usual_day(starts_at=None)) == ""


def test_a_short_break_is_a_break_and_one_after_the_last_stage_is_not_on_the_day():
    workshop = usual_day(lunch_after=Stage.REVIEW)
    assert ends_at(workshop) == dt.time(16, 15)
    plans = [p.model_copy(update={"break_after": 15}) if p.stage == Stage.PREPARE else p
             for p in workshop.agenda]
    workshop = workshop.model_copy(update={"agenda": plans})
    assert times_line(workshop).replace("\u00a0", " ").startswith(
        "10:00 Prepare · 10:30 Break · 10:45 Theme")


def ran(**minutes: float):
    """The timers' run time, by stage name."""
    return lambda stage: int(minutes.get(stage.name.lower(), 0) * MIN)


def test_prepare_run_twenty_minutes_over_puts_the_day_twenty_behind():
    workshop = usual_day()
    drift = drift_minutes(workshop, ran(prepare=50), Stage.PREPARE)
    assert drift == 20
    assert day_line(workshop, drift) == (
        "Day: 20 min behind plan — ends about 16:35 (planned 16:15)")


def test_a_stage_finished_early_gives_time_back_and_one_running_takes_at_least_its_plan():
    workshop = usual_day()
    # Prepare took 25 of its 30; Theme runs, 10 minutes in: 5 min ahead
    assert drift_minutes(workshop, ran(prepare=25, theme=10), Stage.THEME) == -5
    assert day_line(workshop, -5) == "Day: 5 min ahead of plan — ends about 16:10 (planned 16:15)"
    # paused on Theme: the latest timed stage is still the one now
    assert drift_minutes(workshop, ran(prepare=30, theme=10), None) == 0
    assert day_line(workshop, 0) == "Day: on time — ends about 16:15"


def test_no_line_before_any_timer_and_no_clock_times_without_a_start():
    workshop = usual_day(starts_at=None)
    assert drift_minutes(workshop, ran(), None) is None
    assert day_line(workshop, None) == ""
    assert day_line(workshop, 80) == "Day: 1 h 20 min behind plan"
    assert drift_minutes(workshop, ran(prepare=30.4), Stage.PREPARE) == 0  # seconds: on time
