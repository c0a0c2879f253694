"""A laptop clock that is wrong: today's date well before a check the workshop already records.

A flat CMOS battery or a wrong manual setting put the laptop at 3 March 2019: the report then
said "Action status as of 3 March 2019", nothing was late, and ``wtfc check`` said OK. A check
is never in the future (the action dialog holds a new one to today), so a recorded check after
today says the clock is behind; but not by a day or two, which is a time zone, or the clock of
the laptop used at the meeting: the warning told a right laptop to put its date right, each
time the file was opened. The day is passed in, never read from the clock here."""

from __future__ import annotations

import datetime as dt

from wtfc.model.dates import long_date
from wtfc.model.workshop import Action, Workshop

SLACK = dt.timedelta(days=2)  # a check this far ahead of today is no sign of a wrong clock
_LONGEST_WHAT = 60  # an action's words in the warning, past which they are cut with "…"


def last_check(ws: Workshop) -> dt.date | None:
    """The latest day any action was checked (None: none was)."""
    return max((a.checked_on for a in ws.actions if a.checked_on is not None), default=None)


def _checked_last(ws: Workshop, latest: dt.date) -> Action:
    return next(a for a in ws.actions if a.checked_on == latest)


def clock_warning(ws: Workshop, today: dt.date) -> str:
    """Said when ``today`` is more than two days before the last check recorded ("" when it
    is not), naming the action checked then, so a slip in that check can be found."""
    latest = last_check(ws)
    if latest is None or today >= latest - SLACK:
        return ""
    now = long_date(today)
    what = " ".join(_checked_last(ws, latest).what.split())
    if len(what) > _LONGEST_WHAT:
        what = what[:_LONGEST_WHAT - 1].rstrip() + "…"
    return (
        f"This computer's date is {now}, before the last check recorded in this workshop "
        f"({long_date(latest)}): its clock may be wrong. An export would say how things stood "
        f"on {now}, and show as late only what was due before then. The later check is on "
        f"‘{what}’. If the computer's date is wrong, put it right, then export; if that "
        f"check's date is a slip, correct it on the action."
    )
