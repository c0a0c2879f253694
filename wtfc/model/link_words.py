"""What an action answers, in one wording for every view and export: the cause it tackles and
the success statement it aims at (both chosen in the action dialog).

The Plan and Act boards, the room view, the A3 and A1 posters and the report all print these
lines, so a cause the room has not agreed to address (or has since un-marked on the why-tree)
says so wherever the action is read, not only on the facilitator's board. A success statement
is quoted, as the posters and the report quote statements wherever they list them.
"""

from __future__ import annotations

from wtfc.model.operations._names import quoted
from wtfc.model.workshop import Action, Cause, SuccessStatement

NOT_AGREED = "cause not agreed"  # short, for a line under an action
NOT_AGREED_IN_FULL = "cause not agreed to address"  # where there is room (a tooltip)


def tackles_words(cause: Cause, *, in_full: bool = False) -> str:
    """ "Tackles: <cause>", or "Tackles (cause not agreed): <cause>" when the room has not
    agreed to address it; ``in_full`` says "(cause not agreed to address)"."""
    if cause.agreed:
        return f"Tackles: {cause.text}"
    return f"Tackles ({NOT_AGREED_IN_FULL if in_full else NOT_AGREED}): {cause.text}"


def aims_at_words(statement: SuccessStatement, *, whose: bool = False) -> str:
    """ "Aims at: “<statement>”"; ``whose`` adds whose words they are: "Aims at: Commissioners
    would say: “We buy outcomes, not minutes”"."""
    said = f"{statement.perspective.label}: " if whose else ""
    return f"Aims at: {said}“{statement.text}”"


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
