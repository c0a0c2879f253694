"""Last time's open actions nobody has checked since that workshop, said so beside their status.

An action's status is what the room set on the day until someone checks it on the Act board
(``Action.checked_on``). Printed "as of" the next cycle's export date, a "Not started" left from
the day read as a fresh check (R5: 8 of 13 last time's actions never checked). So the report's
"Last time's actions" and the feedback letter's "Since last time" say it, in the Act board's
words ("Not checked yet", after the day), once a check's interval has passed since that
workshop (``CHECK_INTERVAL``, when Act first asks for a check). This time's actions, printed in
the weeks after the day, are not marked: their status is the day's, and says so ("as of").
"""

from __future__ import annotations

import datetime as dt

from wtfc.model.operations.actions import CHECK_INTERVAL
from wtfc.model.workshop import ActionStatus

NOT_CHECKED = "Not checked since the workshop"


def not_checked(status: ActionStatus, checked_on: dt.date | None, held_on: dt.date | None,
                today: dt.date) -> bool:
    """Open, never checked, and ``today`` a check's interval or more after the workshop
    (``held_on``; None, a workshop with no date: never said, there is no day to count from)."""
    return (status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
            and checked_on is None and held_on is not None
            and today - held_on >= CHECK_INTERVAL)

