"""What the letter's opening says the reviews told of: only the kinds the workshop has cards of,
as the letter heads only those (A25 R3). A workshop that collected only red cards (a "concerns"
column imported) promised "what is working in their lives, what is not working, and what is
important for the future", then told only what is not working."""

from __future__ import annotations

from collections.abc import Sequence

from wtfc.export.content import ExportContent
from wtfc.model.workshop import Kind

# By kind; the first named is "in their lives" (a hope's "for the future" says whose already)
TOLD_OF = {Kind.WORKING: "what is working", Kind.NOT_WORKING: "what is not working",
           Kind.FUTURE: "what is important for the future"}


def told_of(content: ExportContent, order: Sequence[Kind], counted: bool) -> str:
    """The end of "We looked at what 16 people said in their reviews…": ": what is working in
    their lives, what is not working, and …" for the kinds with cards in ``order``, or " about
    what is not working in their lives" for one. ``counted``: the people were counted aloud
    ("their lives"), not one or two ("people's lives"). No cards at all: the three, as the
    method asks them."""
    have = {k for k, n in content.kind_counts.items() if n} or set(order)
    parts = [TOLD_OF[k] for k in order if k in have]
    if parts[0] != TOLD_OF[Kind.FUTURE]:
        parts[0] += " in their lives" if counted else " in people's lives"
    if len(parts) == 1:
        return f" about {parts[0]}"
    return ": " + (" and ".join(parts) if len(parts) == 2
                   else f"{', '.join(parts[:-1])}, and {parts[-1]}")
