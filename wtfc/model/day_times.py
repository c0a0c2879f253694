"""The day's plan on the clock: when each stage and break starts, when the day ends, and how far
the stage timers run so far put the day behind (or ahead of) its plan.

A start time (``Workshop.starts_at``) and breaks (``StagePlan.break_after``: the minutes of a
break after a stage, such as lunch) are optional, as the planned minutes are: with no start
time the plan has lengths only, and the day's line says how far behind it is without a clock
time. Clock times are ``dt.time``; how they are written (the laptop's own 24-hour or am/pm
format) is the caller's, given as ``clock`` (the UI passes the locale's short time format).

How far behind, from the timers (``drift_minutes``): the stages before the one now timed took
the time their timers ran (one never timed took its plan); the one now timed (running, or else
the latest with time run) takes at least its plan, more once it runs over; the later ones
their plan. So Prepare's 30 minutes run to 50 say "20 min behind", and Theme finished 10
minutes early after it says "10 min behind".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from wtfc.model.agenda import minutes_words, planned_minutes
from wtfc.model.workshop import Stage, Workshop

LUNCH_FROM = 30  # a break this long or longer is lunch; a shorter one, a break (tea, coffee)
MINUTE_MS = 60_000

Clock = Callable[[dt.time], str]


def clock_24h(time: dt.time) -> str:
    """ "10:00": how a clock time is written where no locale is given (the tests, History)."""
    return f"{time:%H:%M}"


def break_name(minutes: int) -> str:
    """ "Lunch" for a break of half an hour or more, else "Break"."""
    return "Lunch" if minutes >= LUNCH_FROM else "Break"


@dataclass(frozen=True)
class Slot:
    """A stage with planned minutes, or a break (``stage`` None, ``after`` the stage before
    it), ``starts`` minutes after the day starts."""

    starts: int
    minutes: int
    stage: Stage | None = None
    after: Stage | None = None


def day_slots(ws: Workshop) -> list[Slot]:
    """The planned stages and the breaks between them, in the day's order. A break after the
    last planned stage is left out: the day has ended by then."""
    slots: list[Slot] = []
    at = 0
    plans = [p for p in ws.agenda if p.minutes]
    for n, plan in enumerate(plans):
        minutes = plan.minutes or 0
        slots.append(Slot(at, minutes, stage=plan.stage))
        at += minutes
        if plan.break_after and n < len(plans) - 1:
            slots.append(Slot(at, plan.break_after, after=plan.stage))
            at += plan.break_after
    return slots


def break_minutes(ws: Workshop) -> int:
    """The breaks' minutes on the day, added up."""
    return sum(s.minutes for s in day_slots(ws) if s.stage is None)


def day_minutes(ws: Workshop) -> int:
    """From the start to the end of the day: the planned stages and the breaks between them."""
    return planned_minutes(ws) + break_minutes(ws)


def clock_at(start: dt.time, minutes: int) -> dt.time:
    """The clock time ``minutes`` after ``start``."""
    moment = dt.datetime.combine(dt.date(2000, 1, 1), start) + dt.timedelta(minutes=minutes)
    return moment.time()


def ends_at(ws: Workshop) -> dt.time | None:
    """When the day is planned to end; None without a start time or any planned minutes."""
    if ws.starts_at is None or not planned_minutes(ws):
        return None
    return clock_at(ws.starts_at, day_minutes(ws))


def times_line(ws: Workshop, clock: Clock = clock_24h) -> str:
    """The plan on the clock in one line, for Prepare: "10:00 Prepare · 10:30 Theme ·
    13:00 Lunch · … · ends about 17:00" (no-break spaces after the times); "" without a start
    time or planned minutes."""
    end = ends_at(ws)
    if ws.starts_at is None or end is None:
        return ""
    start = ws.starts_at
    # each time held to its stage by a no-break space, where the line wraps
    parts = [f"{clock(clock_at(start, s.starts))}\u00a0"
             f"{s.stage.label if s.stage is not None else break_name(s.minutes)}"
             for s in day_slots(ws)]
    return " \u00b7 ".join([*parts, f"ends about\u00a0{clock(end)}"])


def drift_minutes(ws: Workshop, elapsed_ms: Callable[[Stage], int],
                  running: Stage | None, shown: Stage | None = None) -> int | None:
    """How many minutes behind the plan the timers put the day (below 0: ahead), in whole
    minutes towards none (30 seconds over is on time); None while no planned stage's timer
    has run. See the module's words for how. With no timer running, the stage now timed is
    the latest with time run up to the stage on screen (``shown``): a later stage's timer
    tried out while setting up does not make a paused stage look finished."""
    plans = [p for p in ws.agenda if p.minutes]
    order = [p.stage for p in plans]
    timed = [stage for stage in order if elapsed_ms(stage) > 0]
    if not timed:
        return None
    if running in order:
        current = running
    elif shown in order:
        so_far = [s for s in timed if order.index(s) <= order.index(shown)]
        current = so_far[-1] if so_far else timed[-1]
    else:
        current = timed[-1]
    drift = 0
    for plan in plans:
        over = elapsed_ms(plan.stage) - (plan.minutes or 0) * MINUTE_MS
        before = order.index(plan.stage) < order.index(current)
        if before and elapsed_ms(plan.stage) > 0:
            drift += over  # done: it took what its timer ran, more or less than planned
        else:
            drift += max(over, 0)  # still to come (or now): at least its plan
    return int(drift / MINUTE_MS)


def day_line(ws: Workshop, drift: int | None, clock: Clock = clock_24h) -> str:
    """ "Day: 20 min behind plan — ends about 16:35 (planned 16:15)", "Day: on time — ends
    about 16:15", "Day: 5 min ahead of plan" (no start time); "" while ``drift`` is None."""
    if drift is None:
        return ""
    if drift > 0:
        said = f"{minutes_words(drift)} behind plan"
    elif drift < 0:
        said = f"{minutes_words(-drift)} ahead of plan"
    else:
        said = "on time"
    end = ends_at(ws)
    if ws.starts_at is None or end is None:
        return f"Day: {said}"
    about = clock_at(ws.starts_at, day_minutes(ws) + drift)
    planned = f" (planned {clock(end)})" if drift else ""
    return f"Day: {said} \u2014 ends about {clock(about)}{planned}"
