"""The workshop's day of a moment: an evening workshop runs past midnight.

Whether an action's words or date are "changed since the workshop" is judged by the day: edits
on the workshop's day are the room still agreeing. A calendar day ends at midnight, so in an
evening workshop the room's own typo fixed at 00:10 was printed in the report, the posters and
the feedback letter as a later change ("Changed since the workshop: was …"). The workshop's day
ends in the small hours instead: nobody reviews a plan at three in the morning."""

from __future__ import annotations

import datetime as dt

SMALL_HOURS_END = 4  # o'clock: a moment before this belongs to the day before


def workshop_day(today: dt.date, now: dt.datetime | None = None) -> dt.date:
    """The day an edit made ``today`` belongs to: the day before when ``now`` (the computer's
    clock when None) is in today's small hours. ``today`` is the caller's day (a dialog keeps
    the one it opened on; a test fixes it), so the clock's hour counts only on that same date."""
    now = now or dt.datetime.now()
    if now.date() == today and now.hour < SMALL_HOURS_END:
        return today - dt.timedelta(days=1)
    return today
