"""What a screen reader hears on Identify success: what a key did to a statement (Enter in an
"Add…" box, Delete, Alt+Up/Down, Ctrl+Left/Right), and the page's theme and agreed causes with
the column the keyboard lands in. The columns' new rows appear with no event a reader hears,
and the lines above them are labels Tab never reaches."""

from __future__ import annotations

from collections.abc import Sequence

from wtfc.model.counting import count_phrase
from wtfc.model.workshop import Cause, Perspective, SuccessStatement
from wtfc.ui.boards.plan_text import short_name
from wtfc.ui.boards.success_causes import LEAD, NONE_YET

SAID_LENGTH = 60  # characters of a deleted statement said back: enough to know which


def column_now(perspective: Perspective, count: int) -> str:
    """ "Older people would say: 4 statements"."""
    return f"{perspective.label}: {count_phrase(count, 'statement')}"


def added_said(perspective: Perspective, count: int) -> str:
    """Enter in an "Add…" box: the box just empties, so "Added to Older people would say: 4
    statements"."""
    return f"Added to {column_now(perspective, count)}"


def deleted_said(statement: SuccessStatement, count: int, unlinked: str = "") -> str:
    """Delete: which statement went, what is left, and the actions that lost their link."""
    words = short_name(" ".join(statement.text.split()), SAID_LENGTH).rstrip(".")  # 'x.'.
    said = f"Deleted: '{words}'. {column_now(statement.perspective, count)} left."
    return f"{said} {unlinked}" if unlinked else said


def moved_said(step: int, at: int, count: int, perspective: Perspective) -> str:
    """Alt+Up / Alt+Down: "Moved up: 2 of 4 in Older people would say" (posters keep it)."""
    return f"Moved {'up' if step < 0 else 'down'}: {at} of {count} in {perspective.label}"


def shifted_said(perspective: Perspective, count: int) -> str:
    """Ctrl+Left / Ctrl+Right: "Moved to Family carers would say: 3 statements"."""
    return f"Moved to {column_now(perspective, count)}"


def page_said(theme: str, causes: Sequence[Cause] | None, keys: str) -> str:
    """A column's description: the theme the statements are for and the causes agreed to act
    on (the lines above the columns), then the column's keys. ``causes`` None: no theme, and
    ``theme`` says why ("No priority themes yet: choose some on 4 Understand")."""
    if causes is None:
        return f"{theme.rstrip('.')}. {keys}" if theme else keys
    agreed = (LEAD + "; ".join(c.text.strip().rstrip(".") for c in causes) + "."
              if causes else NONE_YET)
    return f"Theme: {theme}. {agreed} {keys}"
