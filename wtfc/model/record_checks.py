"""What a workshop record may hold but cannot be right: a next review before the workshop.

An edit is refused (``operations.record.set_next_review``); a file that already holds one
still opens, and ``wtfc check`` and ``wtfc export`` warn of it, as the feedback sheet would
otherwise tell people "We will look again … on 1 January 2020".
"""

from __future__ import annotations

import datetime as dt

from wtfc.model.workshop import Workshop


def _day(when: dt.date) -> str:
    return f"{when.day} {when:%B %Y}"  # "12 May 2027", as the exports print dates


def refused_review(workshop_date: dt.date | None, when: dt.date | None) -> str:
    """Why ``when`` is not kept as the next review, in plain words ("" when it may be): it
    falls before the workshop (either date not set: nothing to compare)."""
    if workshop_date is None or when is None or when >= workshop_date:
        return ""
    return (
        f"The next review cannot be before the workshop itself ({_day(workshop_date)}); "
        f"{_day(when)} is earlier. Choose the date the group will look again, after the "
        f"workshop."
    )


def record_warnings(ws: Workshop) -> list[str]:
    """What the workshop record holds that cannot be right, in plain words (none: [])."""
    if ws.date is None or ws.next_review is None or ws.next_review >= ws.date:
        return []
    return [
        f"The next review ({_day(ws.next_review)}) is before the workshop itself "
        f"({_day(ws.date)}), so the report and the feedback sheet would say the group will "
        f"look again on {_day(ws.next_review)}. Set the right date on the Review board "
        f"(Next review)."
    ]
