"""What an action answers, in one wording for every view and export: the cause it tackles and
the success statement it aims at (both chosen in the action dialog); and how a late one's
status reads.

The Plan and Act boards, the room view, the A3 and A1 posters and the report all print these
lines, so a cause the room has not agreed to act on (or has since un-marked on the why-tree)
says so wherever the action is read, not only on the facilitator's board. A success statement
is quoted, as the posters and the report quote statements wherever they list them.

The cause's lead-in follows its theme's kind, as the why-tree's own words do
(``cause_kind_words``): a hope's tree answers "what stands in the way of this?", so "Because: No
transport after the number 12 bus stopped" under its action read as why people want to get out.
"""

from __future__ import annotations

from wtfc.model.operations._names import quoted
from wtfc.model.workshop import Action, ActionStatus, Cause, Kind, SuccessStatement

NOT_AGREED = "cause not agreed"  # short, for a line under an action
NOT_AGREED_IN_FULL = "we have not agreed to act on this cause"  # where there is room (a tooltip)
# Plain words an older reader takes in at once: "Tackles:" left them to guess it meant the
# cause the action deals with, and "Aims at:" that words someone hopes to say follow.
BECAUSE = "Because"
SO_SAY = "So people can say"
# By the theme's kind: a problem's action acts because of its cause; a working theme's builds
# on why it works (the method: spread what works); a hope's clears what is in the way of it
# (the poster's and report's "In the way:", cause_kind_words). No kind (a stale theme): Because.
TACKLES = {Kind.NOT_WORKING: BECAUSE, Kind.WORKING: "Builds on", Kind.FUTURE: "In the way"}


def tackles_words(cause: Cause, kind: Kind | None = None, *, in_full: bool = False) -> str:
    """ "Because: <cause>", or "Because (cause not agreed): <cause>" when the room has not
    agreed to act on it; ``in_full`` says "(we have not agreed to act on this cause)".
    ``kind``, the cause's theme's: "Builds on: …" for what is working, "In the way: …" for a
    hope."""
    lead = TACKLES[kind] if kind is not None else BECAUSE
    if cause.agreed:
        return f"{lead}: {cause.text}"
    return f"{lead} ({NOT_AGREED_IN_FULL if in_full else NOT_AGREED}): {cause.text}"


def aims_at_words(statement: SuccessStatement, *, whose: bool = False) -> str:
    """ "So people can say: “<statement>”"; ``whose`` says whose words they are: "So
    commissioners can say: “We buy outcomes, not minutes”"."""
    if not whose:
        return f"{SO_SAY}: “{statement.text}”"
    who = statement.perspective.label.removesuffix(" would say")
    return f"So {who[:1].lower()}{who[1:]} can say: “{statement.text}”"


def late_status(status: ActionStatus) -> str:
    """A late action's status, as the boards, the room and last time's list say it under the
    action: "⚠ Late: started" or "⚠ Late: not started" (the feedback sheet's "Late, not
    started"; never colour alone). "⚠ Overdue · Not started" joined two facts with a dot, and
    overdue is not one of the statuses."""
    return "⚠ Late: started" if status == ActionStatus.IN_PROGRESS else "⚠ Late: not started"


def links_lost(actions: list[Action]) -> str:
    """For a delete's label, the actions it leaves without their cause or success statement:
    " (the action 'Pilot…' loses its link)", " (2 actions lose their link)", "" for none."""
    if not actions:
        return ""
    if len(actions) == 1:
        return f" (the action {quoted(actions[0].what)} loses its link)"
    return f" ({len(actions)} actions lose their link)"


def unlinked_words(actions: list[Action], lost: str, part: str) -> str:
    """What a board says after a delete took what ``actions`` linked to ("" for none):
    unlinked_words(actions, "a root cause", "cause") -> "The action '…' no longer has a root
    cause: Ctrl+Z puts the cause and the link back." """
    if not actions:
        return ""
    if len(actions) == 1:
        said = f"The action {quoted(actions[0].what, 50)} no longer has {lost}"
    else:
        said = f"{len(actions)} actions no longer have {lost}"
    return f"{said}: Ctrl+Z puts the {part} and the link back."
