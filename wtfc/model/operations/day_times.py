"""Operations on the day's plan on the clock: the time the day starts at, and a break after a
stage (lunch, say). Each is one undoable step, told as ``details_changed("starts_at")`` and
``details_changed("agenda")``; see ``wtfc/model/day_times.py`` for what they change."""

from __future__ import annotations

import datetime as dt

from wtfc.model.agenda import minutes_words, plan_for
from wtfc.model.commands import Edit, EditBuilder
from wtfc.model.day_times import break_name, clock_24h
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.workshop import Stage, StagePlan

MOST_BREAK = 240  # the longest break the file keeps (four hours)
_STAGE_ORDER = {stage: n for n, stage in enumerate(Stage)}


def set_day_start(doc: Document, starts_at: dt.time | None) -> Edit:
    """Start the day at ``starts_at`` (to the minute); None: the plan has no clock times."""
    if starts_at is not None:
        starts_at = starts_at.replace(second=0, microsecond=0, tzinfo=None)
    label = (f"Start the day at {clock_24h(starts_at)}" if starts_at is not None
             else "Clear the day's start time")
    b = EditBuilder(doc, label)
    b.detail("starts_at", starts_at)
    return b.build()


def set_break_after(doc: Document, stage: Stage, minutes: int | None) -> Edit:
    """A break of ``minutes`` after ``stage`` on the day (None or 0: no break there)."""
    if minutes is not None and not 0 <= minutes <= MOST_BREAK:
        raise EditRefused("A break can be planned to last between 1 and 240 minutes (4 hours).")
    minutes = minutes or None
    label = (f"Plan {minutes_words(minutes)} for {break_name(minutes).lower()} after "
             f"{stage.label}" if minutes is not None
             else f"Take the break after {stage.label} off the plan")
    b = EditBuilder(doc, label)
    plan = plan_for(doc.workshop, stage).model_copy(update={"break_after": minutes})
    kept: list[StagePlan] = [p for p in doc.workshop.agenda if p.stage != stage]
    if plan.minutes is not None or plan.notes or plan.break_after:
        kept.append(plan)
    b.detail("agenda", sorted(kept, key=lambda p: _STAGE_ORDER[p.stage]))
    return b.build()
