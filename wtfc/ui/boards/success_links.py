"""Success statements and the actions linked to them: a delete that takes a statement some
actions aim at says on the Identify success board which actions lost their link (Ctrl+Z puts
it back), as the why-tree does for a cause.
"""

from __future__ import annotations

from wtfc.model.operations._names import quoted
from wtfc.model.workshop import Action


def unlinked_words(actions: list[Action]) -> str:
    """What the board says after deleting the statement ``actions`` aimed at ("" for none)."""
    if not actions:
        return ""
    if len(actions) == 1:
        lost = f"The action {quoted(actions[0].what, 50)} no longer has a success statement"
    else:
        lost = f"{len(actions)} actions no longer have a success statement"
    return f"{lost}: Ctrl+Z puts the statement and the link back."
