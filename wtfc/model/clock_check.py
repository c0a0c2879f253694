"""A laptop clock that is wrong: today's date before a check the workshop already records.

A flat CMOS battery or a wrong manual setting put the laptop at 3 March 2019: the report then
said "Action status as of 3 March 2019", nothing was late, and ``wtfc check`` said OK. A check
is never in the future (the action dialog holds a new one to today), so a recorded check after
today says the clock is behind. The day is passed in, never read from the clock here."""

from __future__ import annotations

import datetime as dt

from wtfc.model.dates import long_date
from wtfc.model.workshop import Workshop


def last_check(ws: Workshop) -> dt.date | None:
    """The latest day any action was checked (None: none was)."""
    return max((a.checked_on for a in ws.actions if a.checked_on is not None), default=None)


def clock_warning(ws: Workshop, today: dt.date) -> str:
    """Said when ``today`` is before the last check recorded ("" when it is not)."""
    latest = last_check(ws)
    if latest is None or today >= latest:
        return ""
    now = long_date(today)
    return (
        f"This computer's date is {now}, before the last check recorded in this workshop "
        f"({long_date(latest)}): its clock may be wrong. The report and the feedback sheet "
        f"would say how things stood on {now}, and no action would show as late. Put the "
        f"computer's date right, then export."
    )
