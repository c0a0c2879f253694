"""The day's plan: each stage's planned minutes and the facilitator's own notes — the usual
timings, minutes in words, and each edit done, undone, redone and refused in plain words."""

from __future__ import annotations

import pytest
from workshop_builders import do_undo_redo, sample_document

from wtfc.model.agenda import USUAL_MINUTES, minutes_words, plan_for, planned_minutes
from wtfc.model.errors import EditRefused
from wtfc.model.operations.agenda import edit_stage_notes, set_stage_minutes, use_usual_timings
from wtfc.model.workshop import Stage, StagePlan

THEME, PLAN, REVIEW = Stage.THEME, Stage.PLAN, Stage.REVIEW


def test_the_usual_day_is_six_and_a_quarter_hours_of_the_days_stages():
    assert {s.label: m for s, m in USUAL_MINUTES.items()} == {
        "Prepare": 30,
        "Theme": 150,
        "Understand": 90,
        "Identify success": 45,
        "Plan": 45,
        "Review": 15,
    }
    assert Stage.COLLECT not in USUAL_MINUTES and Stage.ACT not in USUAL_MINUTES  # not on the day
    assert minutes_words(sum(USUAL_MINUTES.values())) == "6 h 15 min"


@pytest.mark.parametrize(
    ("minutes", "words"),
    [(45, "45 min"), (60, "1 h"), (150, "2 h 30 min"), (480, "8 h"), (0, "0 min")],
)
def test_minutes_read_as_a_facilitator_writes_them(minutes, words):
    assert minutes_words(minutes) == words


def test_a_stage_with_no_plan_has_an_empty_one():
    doc = sample_document()
    assert plan_for(doc.workshop, THEME) == StagePlan(stage=THEME, minutes=None, notes="")
    assert planned_minutes(doc.workshop) == 0


def test_plan_a_stages_minutes():
    doc = sample_document()
    edit = set_stage_minutes(doc, THEME, 45)
    assert edit.label == "Plan 45 min for Theme"

    def done(d):
        assert plan_for(d.workshop, THEME).minutes == 45
        assert plan_for(d.workshop, PLAN).minutes is None

    do_undo_redo(doc, edit, done, changed={}, details=["agenda"])
    assert set_stage_minutes(doc, THEME, 45).is_empty  # the same minutes: no undo step
    assert set_stage_minutes(doc, stage=THEME, minutes=150).label == "Plan 2 h 30 min for Theme"


def test_stages_keep_their_own_order_and_clearing_the_last_thing_takes_a_stage_off():
    doc = sample_document()
    for stage, minutes in ((REVIEW, 15), (THEME, 150), (PLAN, 45)):
        set_stage_minutes(doc, stage, minutes).do(doc)
    assert [p.stage for p in doc.workshop.agenda] == [THEME, PLAN, REVIEW]
    edit = set_stage_minutes(doc, PLAN, None)
    assert edit.label == "Clear the planned time for Plan"

    def done(d):
        assert [p.stage for p in d.workshop.agenda] == [THEME, REVIEW]

    do_undo_redo(doc, edit, done, details=["agenda"])
    assert set_stage_minutes(doc, PLAN, 0).is_empty  # 0 is no plan too: nothing to clear


def test_clearing_the_minutes_keeps_the_stages_notes():
    doc = sample_document()
    edit_stage_notes(doc, THEME, "Start with the working cards").do(doc)
    set_stage_minutes(doc, THEME, 150).do(doc)
    set_stage_minutes(doc, THEME, None).do(doc)
    assert doc.workshop.agenda == [StagePlan(stage=THEME, notes="Start with the working cards")]


@pytest.mark.parametrize("minutes", [-5, 481, 900])
def test_an_impossible_length_is_refused_plainly(minutes):
    doc = sample_document()
    with pytest.raises(EditRefused, match="between 1 and 480 minutes"):
        set_stage_minutes(doc, THEME, minutes)


def test_edit_a_stages_notes():
    doc = sample_document()
    edit = edit_stage_notes(doc, Stage.IDENTIFY_SUCCESS, "Ask the carers' table to go first. ")
    assert edit.label == "Edit your notes for Identify success"

    def done(d):  # kept as typed: a box saving as it goes keeps the space just typed
        assert (
            plan_for(d.workshop, Stage.IDENTIFY_SUCCESS).notes
            == "Ask the carers' table to go first. "
        )
        assert plan_for(d.workshop, Stage.IDENTIFY_SUCCESS).minutes is None

    do_undo_redo(doc, edit, done, changed={}, details=["agenda"])
    assert edit_stage_notes(
        doc, Stage.IDENTIFY_SUCCESS, "Ask the carers' table to go first. "
    ).is_empty


def test_notes_of_spaces_alone_are_no_notes():
    doc = sample_document()
    assert edit_stage_notes(doc, THEME, "  \n ").is_empty
    edit_stage_notes(doc, THEME, "Bring the red pens").do(doc)
    edit_stage_notes(doc, THEME, " ").do(doc)
    assert doc.workshop.agenda == []


def test_notes_past_the_limit_are_refused_plainly():
    doc = sample_document()
    with pytest.raises(EditRefused, match="at most 4,000 characters"):
        edit_stage_notes(doc, THEME, "x" * 4001)


def test_use_the_usual_timings_in_one_step_filling_only_the_unplanned_stages():
    doc = sample_document()
    set_stage_minutes(doc, THEME, 120).do(doc)
    edit_stage_notes(doc, PLAN, "Lanes on the long wall").do(doc)
    edit = use_usual_timings(doc)
    assert edit.label == "Use the usual timings"

    def done(d):
        minutes = {p.stage: p.minutes for p in d.workshop.agenda}
        assert minutes == {**USUAL_MINUTES, THEME: 120}  # the facilitator's own 120 is kept
        assert plan_for(d.workshop, PLAN).notes == "Lanes on the long wall"
        assert [p.stage for p in d.workshop.agenda] == [s for s in Stage if s in minutes]
        assert minutes_words(planned_minutes(d.workshop)) == "5 h 45 min"

    do_undo_redo(doc, edit, done, changed={}, details=["agenda"])
    assert use_usual_timings(doc).is_empty  # every usual stage planned: nothing to add
