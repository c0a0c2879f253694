"""This time's action, in a report or action poster made again at the check months after the
day, says what changed since the room agreed it, as Act and next cycle's "Last time's actions"
do: a moved date read as the room's ("1 January 2028 · In progress") with no "(agreed: 31 Mar
2027)", and new words with no "Changed since the workshop: was '…'" (A3 R2). On the day itself
nothing has changed, and nothing more is printed.
"""

from __future__ import annotations

from wtfc.export import fonts as f
from wtfc.export.content import ExportContent
from wtfc.export.not_checked import checked_when_and_status
from wtfc.model.agreed_words import agreed_date_note, done_late, done_words
from wtfc.model.workshop import Action


def agreed_when_and_status(content: ExportContent, action: Action, *, long: bool = True) -> str:
    """The "By when" cell (``not_checked.checked_when_and_status``) with, under a date moved
    since the workshop, "(agreed: 31 March 2027)", and a late "Done" said as "Done, 3 months
    after the date agreed"; ``long`` False writes "31 Mar 2027" for a narrow column."""
    when, _, rest = checked_when_and_status(content, action).partition("<br/>")
    if agreed := agreed_date_note(action, long=long):  # a moved date never hides its slip
        when += f"<br/>({f.markup(agreed)})"
    if done_late(action):  # "Done" (never "not checked"): wraps between its words, as
        rest = f"<b>{f.markup(done_words(action))}</b>"  # report_review's last-time cell
    return f"{when}<br/>{rest}"
