"""How the feedback letter says an action's date and how it stands, in short plain words."""

from __future__ import annotations

import datetime as dt

from wtfc.export.content import whole_date
from wtfc.export.not_checked import NOT_CHECKED, not_checked
from wtfc.model.agreed_words import done_words
from wtfc.model.operations.actions import is_overdue
from wtfc.model.workshop import Action, ActionStatus


def when_words(action: Action) -> str:
    if action.by_when is None:
        return "The date is still to be agreed."
    return f"By\xa0{whole_date(action.by_when)}."


def status_words(action: Action, today: dt.date, held_on: dt.date | None = None) -> str:
    """How an action stands, in the words the report and posters print ("In progress", "⚠
    Late: in progress": ``content.paper_status``), so a reader with both sees one state, not
    "started" here and "in progress" there (review 34 A14 M4). A late one says "Late" first,
    and as shortly: a late status that wraps onto a line of its own,
    on every action once the dates pass, took a 30-theme workshop's sheet from 8 pages to 9
    ("Late, and not started yet."). One nobody has checked since the workshop (``held_on``)
    says so: its status is the day's, not one of ``today`` (``not_checked``)."""
    late = is_overdue(action, today)
    if action.status == ActionStatus.DONE:  # "Done, 3 months after the date agreed."
        return f"{done_words(action)}."
    if action.status == ActionStatus.IN_PROGRESS:
        said = "Late, in progress" if late else "In progress"
    else:
        said = "Late, not started" if late else "Not started yet"
    if not_checked(action.status, action.checked_on, held_on, today):
        return f"{said} ({NOT_CHECKED.lower()})."
    return f"{said}."
