"""What the action dialog calls an action's link to its theme's tree, by the theme's kind.

The boards, the room and every export lead the linked cause in by its theme's kind
(``link_words.TACKLES``: a hope's "In the way: …"), but the dialog the link is chosen in said
"Root cause:" for every theme: over a hope's "No transport after the number 12 bus stopped" it
named the reason people want to get out a root cause, and over a working theme's "Neighbours
live close by" a problem's cause. A problem's field keeps its name (the method's word); a hope's
and a working theme's take the lead-in the boards print and the tree's own question
(``cause_kind_words``), so the field reads as what the action will be seen to answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from wtfc.model.cause_kind_words import cause_words
from wtfc.model.link_words import TACKLES
from wtfc.model.workshop import Kind


@dataclass(frozen=True)
class CauseField:
    label: str  # the form's row: "Root cause", a hope's "In the way"
    name: str  # what a screen reader hears: "Root cause it tackles (optional)"
    tip: str  # "Optionally, the cause on the why-tree it tackles"
    what: str  # a link a Save would leave out: "the root cause 'Contracts pay…'"


ROOT_CAUSE = CauseField("Root cause", "Root cause it tackles (optional)",
                        "Optionally, the cause on the why-tree it tackles", "the root cause")


def cause_field(kind: Kind | None) -> CauseField:
    """The field's words for a theme of ``kind`` (None: no theme, or a stale one, as a
    problem's, the words the dialog always had): a hope's "In the way", "What stands in the
    way (optional)", "Optionally, an answer on the theme's tree to “What stands in the way of
    this?”" and "what stands in the way"."""
    if kind is None or kind == Kind.NOT_WORKING:
        return ROOT_CAUSE
    words = cause_words(kind)
    return CauseField(TACKLES[kind], f"{words.heading} (optional)",
                      f"Optionally, {words.answer} on the theme's tree to "
                      f"“{words.question[:1].upper()}{words.question[1:]}”",
                      words.heading[:1].lower() + words.heading[1:])


def kinds_led_in() -> str:
    """How the boards and the exports lead an action's cause in, kind by kind, for words over
    every kind's actions (a column's heading): "“Because:” a cause of what is not working; “In
    the way:” what stands in the way of what is important for the future; “Builds on:” why it
    works, for what is working"."""
    hope, working = (cause_words(kind).heading.lower() for kind in (Kind.FUTURE, Kind.WORKING))
    return (f"“{TACKLES[Kind.NOT_WORKING]}:” a cause of what is not working; "
            f"“{TACKLES[Kind.FUTURE]}:” {hope} of what is important for the future; "
            f"“{TACKLES[Kind.WORKING]}:” {working}, for what is working")
