"""Last time's yardsticks: what the room said success would look like, what it would do
differently, and when it would look again.

The method tests change against the success picture the room agreed ("evaluated through looking
at the actual changes in older people's lives"), so the Review step puts last time's success
statements beside the themes they belong to, and opens with what last time's workshop said it
would do differently and the date it said it would look again. The board, the room view and
the report say them in these words. They are last time's words, so the personal-detail guard
reads them as it reads the rest (``last_time_parts.py``: "success" and "differently").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from wtfc.model.dates import long_date
from wtfc.model.workshop import Perspective, Workshop

SUCCESS_HEAD = "What we said success would look like"
# whose words, as the success poster groups them, shorter for a line beside a theme
WHOSE = {Perspective.OLDER_PEOPLE: "older people", Perspective.FAMILY_CARERS: "family carers",
         Perspective.STAFF_AND_MANAGERS: "staff and managers",
         Perspective.COMMISSIONERS: "commissioners"}


@dataclass(frozen=True)
class Yardsticks:
    """``success``: last time's theme id → its statements as (whose words, the words), in the
    order of ``Perspective``; ``do_differently`` and ``next_review`` as last time recorded."""

    do_differently: str = ""
    next_review: dt.date | None = None
    success: dict[str, list[tuple[Perspective, str]]] = field(default_factory=dict)


def yardsticks(previous: Workshop) -> Yardsticks:
    order = list(Perspective)
    success: dict[str, list[tuple[Perspective, str]]] = {}
    for s in sorted(previous.success, key=lambda s: order.index(s.perspective)):
        if s.text.strip():
            success.setdefault(s.theme_id, []).append((s.perspective, s.text.strip()))
    return Yardsticks(previous.reflection.do_differently.strip(), previous.next_review, success)


def do_differently_text(y: Yardsticks) -> str:
    """"Last time we said we would do differently: …" ("" when nothing was said)."""
    return f"Last time we said we would do differently: {y.do_differently}" \
        if y.do_differently else ""


def next_review_text(y: Yardsticks) -> str:
    """"We said we would look again on 12 May 2027." ("" when no date was set)."""
    return f"We said we would look again on {long_date(y.next_review)}." \
        if y.next_review else ""


def opening_lines(y: Yardsticks) -> list[str]:
    """What opens the day, in order: what we would do differently, when we would look again."""
    return [line for line in (do_differently_text(y), next_review_text(y)) if line]


def success_lines(statements: list[tuple[Perspective, str]]) -> list[str]:
    """One line for each perspective: "Older people: “…” “…”"."""
    groups: dict[Perspective, list[str]] = {}
    for whose, words in statements:
        groups.setdefault(whose, []).append(f"“{words}”")
    return [f"{WHOSE[whose][:1].upper()}{WHOSE[whose][1:]}: {' '.join(ws)}"
            for whose, ws in groups.items()]


def success_text(statements: list[tuple[Perspective, str]], sep: str = " · ") -> str:
    """"What we said success would look like: Older people: “…” “…” · Staff and managers:
    “…”" ("" for none); ``sep`` between the perspectives."""
    if not statements:
        return ""
    return f"{SUCCESS_HEAD}: {sep.join(success_lines(statements))}"
