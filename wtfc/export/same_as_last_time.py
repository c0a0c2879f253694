"""Before the report: its cover's purpose, scope and "How we agreed to work and decide" still
word for word last time's.

A workshop started from last time's (File → New workshop from this one…) takes those words
with it. Prepare says so once, when it is made, and never after it is saved and opened again,
so a report printed last time's scope ("Sixteen reviews from September…") beside this time's
30 people. Given last time's workshop (paired on Review, or ``--previous``), the app asks and
the command line warns, each naming the words; neither stops the export, as the same scope
may well be right again.
"""

from __future__ import annotations

from collections.abc import Callable

from wtfc.export.report_sections import AGREEMENTS
from wtfc.model.workshop import Workshop

QUOTED = 40  # characters of each field quoted, so the facilitator knows which words
WHERE = "They are on Prepare, where they can be changed."
ONE_WHERE = "It is on Prepare, where it can be changed."
# Only the report prints them (its cover): the feedback sheet, posters and data do not.
PRINTED_BY = ("report",)


def same_as_last_time(workshop: Workshop, previous: Workshop, what: str = "report", *,
                      quote: Callable[[str], str] | None = None) -> str:
    """"The scope is word for word last time's (“Sixteen reviews from September…”): check it
    is right for this time.", naming each of the three that is, or "" (none is, it is empty,
    export ``what`` does not print them, or ``previous`` is an earlier save of this workshop,
    whose words are this day's too: of the same day, or, neither date set, holding the same
    cards or themes, which a new cycle leaves behind). ``quote`` shows the words' start (the
    app passes the guard's, which shows a personal detail as its kind); without one, none are
    shown."""
    # with two different dates it is another day's even if ids are shared: a Save As of last
    # time's file kept as this cycle keeps its theme ids, and its words are last time's
    if what not in PRINTED_BY or (workshop.date and workshop.date == previous.date) \
            or (not workshop.date and not previous.date and _same_workshop(workshop, previous)):
        return ""
    fields = (("the purpose", workshop.purpose, previous.purpose),
              ("the scope", workshop.scope, previous.scope),
              (f"“{AGREEMENTS}”", workshop.agreements, previous.agreements))
    same = [(name, f" ({quote(_start(now))})" if quote else "")
            for name, now, then in fields if _words(now) and _words(now) == _words(then)]
    if not same:
        return ""
    if len(same) == 1:
        [(name, words)] = same
        return (f"{_capital(name)} is word for word last time's{words}: check it is right for "
                f"this time. {ONE_WHERE}")
    named = [f"{name}{words}" for name, words in same]
    listed = ", ".join(named[:-1]) + f" and {named[-1]}"
    return (f"{_capital(listed)} are word for word last time's: check they are right for this "
            f"time. {WHERE}")


def _same_workshop(workshop: Workshop, previous: Workshop) -> bool:
    """Any card or theme id in both: ``next_cycle`` makes none, so only two saves of one
    workshop share them (a workshop whose date is not set has nothing else to tell it by)."""
    cards = {c.id for c in previous.cards}
    themes = {t.id for t in previous.themes}
    return any(c.id in cards for c in workshop.cards) or \
        any(t.id in themes for t in workshop.themes)


def _words(text: str) -> str:
    """The words, however they are spaced or broken into lines."""
    return " ".join(text.split())


def _start(text: str) -> str:
    """Its first ``QUOTED`` characters, to a word's end, and "…" where there is more."""
    text = _words(text)
    if len(text) <= QUOTED:
        return text
    cut = text[:QUOTED].rsplit(" ", 1)[0] if " " in text[:QUOTED] else text[:QUOTED]
    return f"{cut.rstrip(',;:.')}…"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
