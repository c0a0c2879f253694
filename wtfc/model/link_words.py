"""What an action answers, in one wording for every view and export: the cause it tackles and
the success statement it aims at (both chosen in the action dialog).

The Plan and Act boards, the room view, the A3 and A1 posters and the report all print these
lines, so a cause the room has not agreed to address (or has since un-marked on the why-tree)
says so wherever the action is read, not only on the facilitator's board. A success statement
is quoted, as the posters and the report quote statements wherever they list them.
"""

from __future__ import annotations

from wtfc.model.workshop import Cause, SuccessStatement

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
