"""What the room agreed for an action, and how it has gone since, in one wording for every view
and export: a date that slipped ("By 1 Oct 2027 (agreed: 1 Oct 2026)"), words changed since the
workshop ("Changed since the workshop: was '…'") and an action done after its agreed date
("Done, 3 months after the date agreed").

Setting a new date or rewording an action six months on must not make it read as what the room
agreed, on the Act board, in the report, in the feedback letter or in next year's Review: each
of them says it with these words. They take anything with an action's fields (an ``Action``, or
last time's action as the Review compares it).
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from wtfc.model.dates import long_date, short_date
from wtfc.model.operations._names import quoted
from wtfc.model.workshop import ActionStatus

CHANGED = "Changed since the workshop"
AGREED = "agreed"
IN_FULL = 4000  # an action's longest words: quoted whole
# what people told us when an action was checked, the answer to "How we'll know" (R2)
HEARD_AT_CHECK = "What people told us at the check"
HEARD = "People told us"  # before the words, where the check's date is beside them


class AgreedAction(Protocol):
    """An ``Action``, or last time's as the Review compares it (frozen: read-only here)."""

    @property
    def what(self) -> str: ...
    @property
    def by_when(self) -> dt.date | None: ...
    @property
    def status(self) -> ActionStatus: ...
    @property
    def agreed_what(self) -> str | None: ...
    @property
    def agreed_by_when(self) -> dt.date | None: ...
    @property
    def done_on(self) -> dt.date | None: ...


def agreed_what(action: AgreedAction) -> str:
    """The words the room agreed (the letter's "we said we would do these things")."""
    return action.agreed_what if action.agreed_what is not None else action.what


def agreed_date(action: AgreedAction) -> dt.date | None:
    """The date the room agreed (None: none was agreed)."""
    return action.agreed_by_when if action.agreed_by_when is not None else action.by_when


def reworded(action: AgreedAction) -> bool:
    return action.agreed_what is not None and action.agreed_what != action.what


def date_moved(action: AgreedAction) -> bool:
    return action.agreed_by_when is not None and action.agreed_by_when != action.by_when


def slipped(action: AgreedAction) -> bool:
    """Its date is now later than agreed (or taken away): the year's slip is still said."""
    agreed = action.agreed_by_when
    return agreed is not None and (action.by_when is None or action.by_when > agreed)


def _date(day: dt.date, long: bool) -> str:
    return long_date(day) if long else short_date(day)


def by_when_words(action: AgreedAction, *, long: bool = False, none: str = "No date yet") -> str:
    """ "By 1 Oct 2027 (agreed: 1 Oct 2026)" when the date moved since the workshop, else
    "By 1 Oct 2026" (``none`` when there is no date); ``long`` writes "1 October 2026"."""
    said = f"By {_date(action.by_when, long)}" if action.by_when else none
    if date_moved(action) and action.agreed_by_when is not None:
        said += f" ({AGREED}: {_date(action.agreed_by_when, long)})"
    return said


def agreed_date_note(action: AgreedAction, *, long: bool = False) -> str:
    """ "agreed: 1 Oct 2026" beside a date column, or "" when the date is as agreed."""
    if not date_moved(action) or action.agreed_by_when is None:
        return ""
    return f"{AGREED}: {_date(action.agreed_by_when, long)}"


def changed_words(action: AgreedAction, *, length: int = 0) -> str:
    """ "Changed since the workshop: was '…'" ("" when the words are the room's); ``length``
    shortens the old words for a narrow place (0: in full)."""
    if not reworded(action) or action.agreed_what is None:
        return ""
    return f"{CHANGED}: was {quoted(action.agreed_what, length or IN_FULL)}"


def agreed_said(action: AgreedAction) -> str:
    """What the room agreed, where it differs now: "Agreed at the workshop: 'Develop ISFs', by
    1 October 2026" (either part alone when only one changed; "" when nothing has)."""
    parts = [quoted(action.agreed_what, IN_FULL)] if reworded(action) and action.agreed_what \
        else []
    if date_moved(action) and action.agreed_by_when is not None:
        parts.append(f"by {long_date(action.agreed_by_when)}")
    return f"Agreed at the workshop: {', '.join(parts)}" if parts else ""


def since_agreed_words(action: AgreedAction) -> str:
    """For the feedback letter, after how an action stands: "We changed this: it is now
    'Develop ISFs with one provider first'. The date we agreed, 1 October 2026, has moved to
    1 October 2027." ("" when it is as the room agreed)."""
    # its own full stop left off: "… first.'." read as a slip of the pen
    said = [f"We changed this: it is now {quoted(action.what.rstrip('.'), IN_FULL)}."] \
        if reworded(action) else []
    if date_moved(action) and action.agreed_by_when is not None:
        agreed = long_date(action.agreed_by_when)
        said.append(f"The date we agreed, {agreed}, has moved to {long_date(action.by_when)}."
                    if action.by_when else f"The date we agreed, {agreed}, is to be agreed "
                    "again.")
    return " ".join(said)


def now_words(action: AgreedAction) -> str:
    """For a list of the agreed words: "Now: '…'" when the action has been reworded."""
    return f"Now: {quoted(action.what, IN_FULL)}" if reworded(action) else ""


def span_words(days: int) -> str:
    """ "5 days", "3 weeks", "4 months", "1 year and 2 months": how long after the date."""
    if days < 14:
        return "1 day" if days == 1 else f"{days} days"
    if days < 61:
        return f"{round(days / 7)} weeks"
    months = round(days / 30.44)
    if months < 12:
        return f"{months} months"
    years, left = divmod(months, 12)
    said = "1 year" if years == 1 else f"{years} years"
    if left:
        said += " and 1 month" if left == 1 else f" and {left} months"
    return said


def days_late(action: AgreedAction) -> int:
    """How many days after the agreed date it was done (0: on time, not done or not known)."""
    agreed = agreed_date(action)
    if action.status != ActionStatus.DONE or action.done_on is None or agreed is None:
        return 0
    return max(0, (action.done_on - agreed).days)


def done_late(action: AgreedAction) -> bool:
    return days_late(action) > 0


def done_words(action: AgreedAction) -> str:
    """ "Done, 3 months after the date agreed" when done late, "Done" otherwise."""
    late = days_late(action)
    return f"Done, {span_words(late)} after the date agreed" if late else "Done"


def done_short_words(action: AgreedAction) -> str:
    """ "Done, 3 months late" where a column is narrow (a board's status), "Done" otherwise."""
    late = days_late(action)
    return f"Done, {span_words(late)} late" if late else "Done"


def done_late_words(action: AgreedAction) -> str:
    """ "done 3 months after the date agreed" to follow a status, or ""."""
    late = days_late(action)
    return f"done {span_words(late)} after the date agreed" if late else ""
