"""What the day's agenda for the tables says: the workshop as the room may see it, and the plan.

The agenda is the room's Welcome on paper, made before the day so facilitators no longer retype
it into Word: the title, the date and venue, why we are here, the day's plan (each stage as the
room knows it, with its planned minutes, and with a start time on Prepare its clock time, the
breaks between and when the day ends) and how we agreed to work and decide.

It is for the room, so it prints what the room view shows and nothing else:

* a title in which the guard finds a possible personal detail is left out whole, as the
  Welcome leaves it out (``room_title``): nobody has decided it may go up;
* the venue, purpose and agreements go through the guard as the Welcome draws them, each
  possible personal detail printed as its kind ("[name]", "[phone]");
* the facilitator's notes on the plan (``StagePlan.notes``) are never read here.

Export may not import the guard (``wtfc.importing``): the app and ``wtfc export`` hand it in as
``guard``, a text with its details shown as their kind. Without one nothing typed is printed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from wtfc.model.agenda import USUAL_MINUTES, minutes_words, planned_minutes
from wtfc.model.dates import long_date
from wtfc.model.day_times import (
    Clock,
    break_minutes,
    break_name,
    clock_24h,
    clock_at,
    day_slots,
    ends_at,
)
from wtfc.model.workshop import Stage, Workshop

Guard = Callable[[str], str]  # a text as the room may see it: details shown as "[name]"…

# each stage of the day as the room hears it: the Welcome's words (``welcome_words.STAGE_WORDS``,
# kept the same by tests/export/test_agenda_pdf.py), never the method's stage names
STAGE_WORDS = {
    Stage.PREPARE: "Welcome, and why we are here",
    Stage.COLLECT: "Bringing in what people said in their reviews",
    Stage.THEME: "Reading the cards and finding themes",
    Stage.UNDERSTAND: "Choosing priorities and asking \u201cwhy?\u201d",
    Stage.IDENTIFY_SUCCESS: "What would success look like?",
    Stage.PLAN: "Agreeing who will do what, by when",
    Stage.ACT: "Following the actions through",
    Stage.REVIEW: "Looking back on the day, and close",
}
HEADING = "The day's agenda"
PURPOSE = "Why we are here"
PLAN = "The day's plan"
AGREEMENTS = "How we agreed to work and decide"  # Prepare's, the Welcome's and the report's
NOT_PLANNED = "Times to be confirmed on the day."


@dataclass(frozen=True)
class PlanRow:
    at: str  # "10:00", "2." (no start time), or "" (a break with no start time)
    what: str  # "Reading the cards and finding themes", "Lunch"
    minutes: str  # "2 h 30 min", or "" while nothing is planned
    is_break: bool = False


@dataclass(frozen=True)
class AgendaWords:
    title: str  # "" when there is none, or the guard flags it (``title_left_out``)
    when_where: str  # "12 November 2026 · Riverside Community Hall"
    purpose: str
    plan: list[PlanRow]
    total: str  # "In all: 6 h 15 min, and 45 min of breaks. Ends about 17:00."
    agreements: list[str]  # one a line, as typed
    title_left_out: bool = False
    shown_as_kinds: tuple[str, ...] = ()  # where words print as their kind: "the venue"


def _hide_all(text: str) -> str:
    """The guard where none was given: nothing typed may be printed."""
    return ""


def agenda_words(ws: Workshop, guard: Guard | None, clock: Clock = clock_24h) -> AgendaWords:
    """The agenda's words for ``ws``; ``clock`` writes a clock time (the laptop's format)."""
    look = guard or _hide_all
    title = ws.title.strip()
    flagged = bool(title) and look(title) != title
    shown: list[str] = []

    def room(label: str, text: str) -> str:
        text = text.strip()
        if not text:
            return ""
        said = guarded_lines(text, look)
        if said != text:
            shown.append(label)
        return said

    parts = [long_date(ws.date)] if ws.date is not None else []
    if venue := room("the venue", ws.venue):
        parts.append(venue)
    purpose = room("why we are here", ws.purpose)
    agreements = room("how we agreed to work and decide", ws.agreements)
    rows, total = plan_rows(ws, clock)
    return AgendaWords(
        title="" if flagged else title,
        when_where=" \u00b7 ".join(parts),
        purpose=purpose,
        plan=rows,
        total=total,
        agreements=[line.strip() for line in agreements.splitlines() if line.strip()],
        title_left_out=flagged,
        shown_as_kinds=tuple(shown),
    )


def guarded_lines(text: str, guard: Guard) -> str:
    """``text`` through ``guard``, its lines kept: the guard reads the whole text (a name split
    over two lines is found), and where it gave its lines back (the app's), that is printed;
    a guard that puts a text on one line (``wtfc export``'s) is asked line by line too, and
    those lines are printed only when they hide all the whole text's reading hid."""
    whole = guard(text)
    if "\n" in whole or "\n" not in text:
        return whole
    lines = "\n".join(guard(line) for line in text.splitlines())
    return lines if " ".join(lines.split()) == " ".join(whole.split()) else whole


def plan_rows(ws: Workshop, clock: Clock = clock_24h) -> tuple[list[PlanRow], str]:
    """The day's plan as rows and its total in words, as the Welcome says it
    (``welcome_words.plan_rows``): with a start time each row has its clock time, and the total
    says when the day ends; with none planned yet, the usual day's stages without times."""
    slots = day_slots(ws)
    if not slots:
        usual = (s for s in Stage if s in USUAL_MINUTES)
        return [PlanRow(f"{n}.", STAGE_WORDS[s], "") for n, s in enumerate(usual, 1)], NOT_PLANNED
    start, end = ws.starts_at, ends_at(ws)
    rows = list(_rows(ws, clock))
    breaks = break_minutes(ws)
    total = f"In all: {minutes_words(planned_minutes(ws))}, " + (
        f"and {minutes_words(breaks)} of breaks." if breaks else "plus breaks.")
    if start is not None and end is not None:
        total += f" Ends about {clock(end)}."
    return rows, total


def _rows(ws: Workshop, clock: Clock) -> Iterator[PlanRow]:
    start, number = ws.starts_at, 0
    for slot in day_slots(ws):
        at = clock(clock_at(start, slot.starts)) if start is not None else ""
        if slot.stage is None:
            yield PlanRow(at, break_name(slot.minutes), minutes_words(slot.minutes), True)
            continue
        number += 1
        yield PlanRow(at or f"{number}.", STAGE_WORDS[slot.stage], minutes_words(slot.minutes))
