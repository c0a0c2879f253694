"""The day's plan read out of a workshop: each stage's plan, the usual timings, minutes in words.

The usual timings are the typical one-day workshop of the method's research (wtfc-domain.md,
"Timings"): welcome and purpose ~30 min; reading and clustering the working, not working and
future cards ~45 + 60 + 45; choosing priorities ~30 and root causes ~60; success statements ~45;
action planning ~45; feedback and close ~15. Collect and Act happen before and after the day, so
they have no usual length.
"""

from __future__ import annotations

from wtfc.model.workshop import Stage, StagePlan, Workshop

USUAL_MINUTES: dict[Stage, int] = {
    Stage.PREPARE: 30,  # welcome and purpose
    Stage.THEME: 45 + 60 + 45,  # working, not working, future
    Stage.UNDERSTAND: 30 + 60,  # choosing priorities, root causes
    Stage.IDENTIFY_SUCCESS: 45,
    Stage.PLAN: 45,
    Stage.REVIEW: 15,  # feedback and close
}


def plan_for(workshop: Workshop, stage: Stage) -> StagePlan:
    """The stage's plan, or an empty one (no minutes, no notes) when it has none."""
    return next((p for p in workshop.agenda if p.stage == stage), None) or StagePlan(stage=stage)


def planned_minutes(workshop: Workshop) -> int:
    """The minutes of every stage with a plan, added up (0 when nothing is planned)."""
    return sum(p.minutes or 0 for p in workshop.agenda)


def minutes_words(minutes: int) -> str:
    """A length of time as a facilitator writes it: "45 min", "2 h", "2 h 30 min"."""
    hours, rest = divmod(max(minutes, 0), 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"
