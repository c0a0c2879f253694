"""Operations on the day's plan: how long each stage is planned to take, and the facilitator's
own notes for it.

Each replaces the whole plan in one undoable step (``details_changed("agenda")``), its stages in
the order of ``Stage``. A stage with neither minutes, notes nor a break after it is taken off
the list, so a stage whose plan was cleared is the same as one never planned.

Unlike the other operations these take ``stage`` and the value positionally too
(``set_stage_minutes(doc, stage, 45)``): the stage navigator's notes box calls them that way.
"""

from __future__ import annotations

from wtfc.model.agenda import USUAL_MINUTES, minutes_words, plan_for
from wtfc.model.commands import Edit, EditBuilder, new_part
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.workshop import Stage, StagePlan, Workshop

_STAGE_ORDER = {stage: n for n, stage in enumerate(Stage)}


def _with_plan(workshop: Workshop, plan: StagePlan) -> list[StagePlan]:
    """The day's plan with ``plan`` in place of its stage's, in the stages' own order."""
    kept = [p for p in workshop.agenda if p.stage != plan.stage]
    if plan.minutes is not None or plan.notes or plan.break_after:  # a break: day_times.py
        kept.append(plan)
    return sorted(kept, key=lambda p: _STAGE_ORDER[p.stage])


def set_stage_minutes(doc: Document, stage: Stage, minutes: int | None) -> Edit:
    """Plan ``minutes`` for ``stage`` on the day (None or 0: no planned time)."""
    if minutes is not None and not 0 <= minutes <= 480:
        raise EditRefused("A stage can be planned to take between 1 and 480 minutes (8 hours).")
    minutes = minutes or None
    label = (
        f"Plan {minutes_words(minutes)} for {stage.label}"
        if minutes is not None
        else f"Clear the planned time for {stage.label}"
    )
    b = EditBuilder(doc, label)
    plan = plan_for(doc.workshop, stage).model_copy(update={"minutes": minutes})
    b.detail("agenda", _with_plan(doc.workshop, plan))
    return b.build()


def edit_stage_notes(doc: Document, stage: Stage, text: str) -> Edit:
    """Change the facilitator's notes for ``stage``. The words are kept as typed (a box that
    saves as it goes would lose a space typed at the end if they were trimmed); notes of
    nothing but spaces are no notes. Word's pasted line break is a newline, as on opening."""
    from wtfc.model.control_characters import with_line_breaks

    text = with_line_breaks(text) if text.strip() else ""
    b = EditBuilder(doc, f"Edit your notes for {stage.label}")
    plan = new_part(StagePlan, **{**plan_for(doc.workshop, stage).model_dump(), "notes": text})
    b.detail("agenda", _with_plan(doc.workshop, plan))
    return b.build()


def use_usual_timings(doc: Document) -> Edit:
    """Plan the usual minutes for every stage that has none yet, in one step; a stage already
    planned keeps its minutes, and every stage keeps its notes."""
    b = EditBuilder(doc, "Use the usual timings")
    workshop = doc.workshop
    for stage, minutes in USUAL_MINUTES.items():
        plan = plan_for(workshop, stage)
        if plan.minutes is None:
            plan = plan.model_copy(update={"minutes": minutes})
            workshop = workshop.model_copy(update={"agenda": _with_plan(workshop, plan)})
    b.detail("agenda", workshop.agenda)
    return b.build()
