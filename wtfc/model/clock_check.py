"""A laptop clock that is wrong: today's date well before a day the workshop already records,
or years before the workshop itself.

A flat CMOS battery or a wrong manual setting put the laptop at 3 March 2019: the report then
said "Action status as of 3 March 2019", nothing was late, and ``wtfc check`` said OK. A check
is never in the future (the action dialog holds a new one to today), nor is the day an action
was done or added, so a recorded day after today says the clock is behind; but not by a day or
two, which is a time zone, or the clock of the laptop used at the meeting: the warning told a
right laptop to put its date right, each time the file was opened. A file with no such day yet
(no check recorded) said nothing on a laptop at 1 January 2001, so a workshop dated more than a
year after today is a wrong clock too: one being prepared is weeks ahead, not years. The day is
passed in, never read from the clock here."""

from __future__ import annotations

import datetime as dt

from wtfc.model.dates import long_date
from wtfc.model.workshop import Action, Workshop

SLACK = dt.timedelta(days=2)  # a check this far ahead of today is no sign of a wrong clock
# a workshop dated further ahead than this is a clock behind: one being prepared is weeks ahead
YEAR = dt.timedelta(days=366)
_LONGEST_WHAT = 60  # an action's words in the warning, past which they are cut with "…"


# the days an action records from a computer's clock, the first said first when two are the same
_RECORDED = ("checked_on", "done_on", "added_on")


def latest_recorded(ws: Workshop) -> tuple[dt.date, Action, str] | None:
    """The latest day any action records (checked, done or added), with the action and which
    field holds it (None: none does)."""
    latest: tuple[dt.date, Action, str] | None = None
    for field in _RECORDED:
        for action in ws.actions:
            day = getattr(action, field)
            if day is not None and (latest is None or day > latest[0]):
                latest = (day, action, field)
    return latest


def before_the_workshop_wrongly(ws: Workshop, today: dt.date) -> bool:
    """``today`` is before the workshop's own date where the record says it cannot be: more
    than a year before it, or the file already records a day after it (a check, a day done or
    added) or words or a date kept as the room agreed, which only a later day keeps."""
    day = ws.date
    if day is None or today >= day:
        return False
    latest = latest_recorded(ws)
    return (today < day - YEAR or (latest is not None and latest[0] > day)
            or any(a.agreed_what is not None or a.agreed_by_when is not None
                   for a in ws.actions))


def _cut(what: str) -> str:
    what = " ".join(what.split())
    if len(what) > _LONGEST_WHAT:
        what = what[:_LONGEST_WHAT - 1].rstrip() + "…"
    return what


def clock_warning(ws: Workshop, today: dt.date) -> str:
    """Said when ``today`` is more than two days before the latest day recorded (naming the
    action and what that day is, so a slip in it can be found), or more than a year before
    the workshop's own date; "" when neither."""
    now = long_date(today)
    exports = (f"An export would say how things stood on {now}, and show as late only what "
               f"was due before then.")
    latest = latest_recorded(ws)
    if latest is not None and today < latest[0] - SLACK:
        day, action, field = latest
        what, when = _cut(action.what), long_date(day)
        if field == "checked_on":
            return (
                f"This computer's date is {now}, before the last check recorded in this "
                f"workshop ({when}): its clock may be wrong. {exports} The later check is on "
                f"‘{what}’. If the computer's date is wrong, put it right, then export; if "
                f"that check's date is a slip, correct it on the action.")
        said = (f"‘{what}’ is recorded as done on {when}. If the computer's date is wrong, put "
                f"it right, then export; if that date is a slip, correct ‘Checked on’ on the "
                f"action: the day it was done goes back with it."
                if field == "done_on" else
                f"‘{what}’ is recorded as added on {when}. If the computer's date is wrong, "
                f"put it right, then export; if it is right, the computer it was added on was "
                f"ahead, and this is said until then.")
        return (f"This computer's date is {now}, before a day recorded in this workshop "
                f"({when}): its clock may be wrong. {exports} {said}")
    if ws.date is not None and today < ws.date - YEAR:
        return (
            f"This computer's date is {now}, more than a year before this workshop's own date "
            f"({long_date(ws.date)}): its clock may be wrong. {exports} If the computer's "
            f"date is wrong, put it right, then export; if the workshop's date is a slip, "
            f"correct it on 1 Prepare.")
    return ""
