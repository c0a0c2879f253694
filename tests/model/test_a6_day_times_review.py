"""Code review A6 (session 37): the day's plan on the clock, edge cases."""

from __future__ import annotations

import datetime as dt

from wtfc.model.agenda import USUAL_MINUTES
from wtfc.model.day_times import day_line, drift_minutes
from wtfc.model.workshop import Stage, StagePlan, Workshop

MIN = 60_000


def _usual(start=dt.time(10, 0), breaks=None, minutes=None) -> Workshop:
    breaks = {Stage.THEME: 45} if breaks is None else breaks
    minutes = dict(USUAL_MINUTES) if minutes is None else minutes
    return Workshop(title="Spring", starts_at=start, agenda=[
        StagePlan(stage=s, minutes=m, break_after=breaks.get(s)) for s, m in minutes.items()])


def _ran(**minutes):
    return lambda stage: int(minutes.get(stage.name.lower(), 0) * MIN)


def test_a_timer_tried_out_at_setup_does_not_make_a_paused_stage_look_finished():
    """Review's timer tried for a minute while setting up (to see the room timer), then Prepare
    run 50 minutes, Theme 5 minutes and paused (a comfort break): the day is 20 minutes behind,
    not 2 h 5 min ahead because Review, later in the day, is taken as the stage now timed."""
    ws = _usual()
    paused = drift_minutes(ws, _ran(review=1, prepare=50, theme=5), running=None,
                           shown=Stage.THEME)
    running = drift_minutes(ws, _ran(review=1, prepare=50, theme=5), running=Stage.THEME)
    assert running == 20
    assert paused == running, day_line(ws, paused)
