"""The why-tree and the actions that tackle its causes: a delete that takes causes some
actions are linked to says on the board which actions lost their link (Ctrl+Z puts it back).
"""

from __future__ import annotations

from wtfc.model.operations._names import quoted
from wtfc.model.workshop import Action


def unlinked_words(actions: list[Action]) -> str:
    """What the board says after a delete took the cause of ``actions`` ("" for none)."""
    if not actions:
        return ""
    if len(actions) == 1:
        lost = f"The action {quoted(actions[0].what, 50)} no longer has a root cause"
    else:
        lost = f"{len(actions)} actions no longer have a root cause"
    return f"{lost}: Ctrl+Z puts the cause and the link back."
