"""The day's start time and its breaks outlive the edits around them: clearing a stage's minutes
keeps the lunch planned after it, and "New workshop from this one…" keeps the day's shape."""

from __future__ import annotations

import datetime as dt

from wtfc.model.document import Document
from wtfc.model.next_cycle import next_cycle
from wtfc.model.operations.agenda import set_stage_minutes
from wtfc.model.operations.day_times import set_break_after, set_day_start
from wtfc.model.workshop import Stage, Workshop


def _planned() -> Document:
    doc = Document(Workshop(title="Spring"))
    set_stage_minutes(doc, Stage.THEME, 150).do(doc)  # each made on the plan as it is then
    set_break_after(doc, Stage.THEME, 45).do(doc)
    set_day_start(doc, dt.time(10, 0)).do(doc)
    return doc


def _break_after_theme(ws: Workshop) -> int | None:
    return next((p.break_after for p in ws.agenda if p.stage == Stage.THEME), None)


def test_clearing_a_stage_s_minutes_keeps_the_lunch_after_it_and_undo_brings_them_back():
    doc = _planned()
    clear = set_stage_minutes(doc, Stage.THEME, None)
    clear.do(doc)
    assert _break_after_theme(doc.workshop) == 45
    clear.undo(doc)
    assert _break_after_theme(doc.workshop) == 45
    assert next(p.minutes for p in doc.workshop.agenda if p.stage == Stage.THEME) == 150


def test_the_next_cycle_keeps_the_start_time_and_the_breaks():
    fresh = next_cycle(_planned().workshop)
    assert fresh.starts_at == dt.time(10, 0)
    assert _break_after_theme(fresh) == 45
