"""An action typed in well after the workshop, told apart from the room's own.

``Action.added_on`` is set for any action added after the workshop's day, mostly the flip
chart typed up the day after: that is still what the room agreed, and prints as it. One added
weeks later (an officer's own idea, at a check) is not, and a commissioner deciding what the
room asked her to fund must see which it is (review 34 R5 F6): the report, the action poster
and the feedback letter say "Added after the workshop (17 November 2026)" under its words, and
the report's cover counts them.
"""

from __future__ import annotations

import datetime as dt

from wtfc.model.dates import long_date
from wtfc.model.workshop import Action, Workshop

# Days after the workshop an action may be added and still be the room's: a Friday's flip
# charts typed up by the end of the next week.
TYPED_UP_WITHIN = 7


def added_after(action: Action, workshop: Workshop) -> dt.date | None:
    """The day ``action`` was added, when that was more than ``TYPED_UP_WITHIN`` days after
    the workshop (an undated workshop: never)."""
    day, added = workshop.date, action.added_on
    if day is None or added is None or (added - day).days <= TYPED_UP_WITHIN:
        return None
    return added


def added_after_words(action: Action, workshop: Workshop) -> str:
    """ "Added after the workshop (17 November 2026)", or "" for the room's own action."""
    added = added_after(action, workshop)
    return f"Added after the workshop ({long_date(added)})" if added else ""


def added_after_count(workshop: Workshop) -> int:
    return sum(added_after(action, workshop) is not None for action in workshop.actions)
