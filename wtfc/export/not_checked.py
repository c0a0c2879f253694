"""An open action nobody has checked since the workshop says so beside its status.

An action's status is what the room set on the day until someone checks it on the Act board
(``Action.checked_on``). Printed "as of" an export's date months later, a "Not started" left
from the day read as a fresh check (R5: 8 of 13 last time's actions never checked in next
cycle's letter and report). So once a check's interval has passed since the workshop
(``CHECK_INTERVAL``, when Act first asks for a check) the letter's "Since last time", the
report's "Last time's actions" and, for a report or action poster made again that late, this
time's actions say it, in the Act board's words ("Not checked yet", after the day). In the weeks
after the day nothing is said: the status is the day's, and the export says "as of".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from wtfc.export.look import when_and_status
from wtfc.model.operations.actions import CHECK_INTERVAL
from wtfc.model.workshop import Action, ActionStatus

if TYPE_CHECKING:
    from wtfc.export.content import ExportContent

NOT_CHECKED = "Not checked since the workshop"


def not_checked(status: ActionStatus, checked_on: dt.date | None, held_on: dt.date | None,
                today: dt.date) -> bool:
    """Open, never checked, and ``today`` a check's interval or more after the workshop
    (``held_on``; None, a workshop with no date: never said, there is no day to count from)."""
    return (status in (ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS)
            and checked_on is None and held_on is not None
            and today - held_on >= CHECK_INTERVAL)



def checked_when_and_status(content: ExportContent, action: Action) -> str:
    """The "By when" cell of the report and the action poster (``look.when_and_status``), and
    under it "Not checked since the workshop" for this time's action of ``not_checked``: a
    report or poster made again months after the day."""
    cell = when_and_status(action, content.today)
    if not_checked(action.status, action.checked_on, content.workshop.date, content.today):
        cell += f"<br/>{NOT_CHECKED}"
    return cell
