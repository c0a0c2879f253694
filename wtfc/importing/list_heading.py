"""The kind a list's heading gives its items, where the questions give the kinds.

``split_answers`` takes a heading off a marked list ("What is working?⏎- My carers⏎- The lunch
club"): it is no one's answer. In a column whose answers start with their question (no kind
column), that heading was the only question in the cell, so its items were skipped as having
no kind; they take the heading's kind instead, as a split cell's later answers take the kind
of the question above them."""

from __future__ import annotations

from wtfc.model.kind_values import KindValues
from wtfc.model.workshop import Kind


def heading_kind(cell: str, answers: list[str], kinds: KindValues) -> Kind | None:
    """The kind of the heading ``answers_in(cell)`` (``answers``) took off ``cell``, or None
    when none was taken off or it says no kind."""
    stripped = cell.strip()
    if not answers or not stripped:
        return None
    head = " ".join(stripped.splitlines()[0].split())
    # taken off: its words begin no answer (an unmarked first line kept is the first answer,
    # or begins it); a marked first line ("- What is working?") is an item, never a heading
    if not head[:1].isalpha() or answers[0].startswith(head):
        return None
    return kinds.kind_of(head)
