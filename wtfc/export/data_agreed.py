"""The data export's Actions columns for what the room agreed and how it went since (format
6): the words and date agreed, each only where it was changed since the workshop (blank: the
action's own What and By when are the room's), the day it was recorded done, what people told
us at the check, and the day it was added where that was after the workshop (typed up later).
"""

from __future__ import annotations

import datetime as dt

from wtfc.model.agreed_words import HEARD_AT_CHECK, date_moved, reworded
from wtfc.model.workshop import Action

SINCE_AGREED = ["Agreed at the workshop", "Date agreed", "Done on", HEARD_AT_CHECK,
                "Added after the workshop on"]


def since_agreed(action: Action) -> list[str | dt.date | None]:
    """The action's cells under ``SINCE_AGREED``: as the Act board says it, an agreed word or
    date the same as now is no change, so it is left blank."""
    return [action.agreed_what if reworded(action) else "",
            action.agreed_by_when if date_moved(action) else None,
            action.done_on, action.heard_at_check, action.added_on]
