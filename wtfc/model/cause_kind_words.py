"""What a why-tree asks, in words that fit its theme's kind: one table for the screen, the
report, the poster, Edit → Copy and the data export (review R3 R1).

The method roots out the causes of what is not working. A priority may be what is working (the
room asks why, to spread it) or a hope for the future, where the room asks "what stands in the
way of this?" Printed under "Why it happens" with "Why?" before each answer, a hope's "No
transport after the number 12 bus stopped" read as the reason people want to get out: the
opposite of what the room said. So each kind has its own heading and lead-in; what is not
working keeps the words it always had, and the W key asks the tree's question for every kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from wtfc.model.workshop import Kind


@dataclass(frozen=True)
class CauseWords:
    question: str  # what the room is asked on Understand: "why is this not working?"
    heading: str  # over the causes in the report and on the poster: "Why it happens"
    lead: str  # before each cause in the report and in a copied tree: "Why?"
    ask: str  # the why-tree's button and its line's prompt: "Why?" (then "(W)" or "('…')")
    answer: str  # what the line is for: "a reason", in "Press Why? (W) to type a reason here"


CAUSE_WORDS = {
    Kind.NOT_WORKING: CauseWords("why is this not working?", "Why it happens", "Why?", "Why?",
                                 "a reason"),
    Kind.WORKING: CauseWords("why is this working?", "Why it works", "Why?", "Why?", "a reason"),
    Kind.FUTURE: CauseWords("what stands in the way of this?", "What stands in the way",
                            "In the way:", "What is in the way?", "an answer"),
}
# A tree with no theme (a stale id): the words what is not working has always had.
NO_KIND = CAUSE_WORDS[Kind.NOT_WORKING]


def cause_words(kind: Kind | None) -> CauseWords:
    return CAUSE_WORDS[kind] if kind is not None else NO_KIND


def idle_hint(kind: Kind | None) -> str:
    """The why-tree's closed line: "Press Why? (W) to type a reason here"."""
    words = cause_words(kind)
    return f"Press {words.ask} (W) to type {words.answer} here"
