"""What is said when the day's agenda is made: ``wtfc export agenda`` warns, and the app says it
after "Export saved" (or asks first, for writing the PDF cannot show).

The agenda prints only the workshop's details and plan (``agenda_words``), so the other
exports' warnings (the actions' dates, the themes' names, every typed part of the day) are
not its own: it says what it left out or printed as a kind, and what its fonts cannot draw.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from wtfc.export.agenda_words import AGREEMENTS, PURPOSE, Guard, agenda_words
from wtfc.export.output import Progress
from wtfc.export.unshowable import DETAILS, Unshowable, warning
from wtfc.export.writing import unshown
from wtfc.model.day_times import Clock, clock_24h
from wtfc.model.untitled_workshop import untitled_warning
from wtfc.model.workshop import Workshop

Quote = Callable[[str], str]

TITLE_LEFT_OUT = ("The workshop's title is left out of the agenda, as the room's Welcome leaves "
                  "it out: it may hold a personal detail. To print it, change it on 1 Prepare.")
NOTHING_PLANNED = ("No stage has planned minutes yet, so the agenda lists the usual day's "
                   "stages with no times. Plan them on 1 Prepare (The day's plan).")
NO_START = ("The day has no start time, so the agenda gives each stage's length but no clock "
            "times. For times and breaks, fill in 'Day starts at' on 1 Prepare.")


def as_kinds_note(places: tuple[str, ...]) -> str:
    """Where words are printed as their kind ("[name]", "[phone]"), as the Welcome shows them."""
    if not places:
        return ""
    where = places[0] if len(places) == 1 else ", ".join(places[:-1]) + " and " + places[-1]
    return (f"Some words in {where} may be personal details, so the agenda prints them as their "
            f"kind ([name], [phone]…), as the room's Welcome shows them. If they are fine (a "
            f"service's or a place's name), there is nothing to do; else change them on "
            f"1 Prepare.")


def agenda_unshowable(ws: Workshop, quote: Quote, guard: Guard | None) -> list[Unshowable]:
    """The parts the agenda prints that hold writing its fonts cannot draw, quoted by ``quote``
    (possible personal details shown as their kind); not a title ``guard`` leaves out."""
    title = "" if agenda_words(ws, guard).title_left_out else ws.title
    parts = ((f"{DETAILS}title: ", title), (f"{DETAILS}venue: ", ws.venue),
             (f"{DETAILS}purpose ({PURPOSE}): ", ws.purpose),
             (f"{DETAILS}agreements ({AGREEMENTS}): ", ws.agreements))
    return [Unshowable(where + quote(text), missing) for where, text in parts
            if text.strip() and (missing := unshown(text))]


def agenda_notes(ws: Workshop, guard: Guard | None) -> list[str]:
    """What the agenda left out or printed as a kind, and what it cannot give yet."""
    words = agenda_words(ws, guard)
    notes = [TITLE_LEFT_OUT] if words.title_left_out else []
    notes += [note for note in (as_kinds_note(words.shown_as_kinds), untitled_warning(ws)) if note]
    if not any(plan.minutes for plan in ws.agenda):
        notes.append(NOTHING_PLANNED)
    elif ws.starts_at is None:
        notes.append(NO_START)
    return notes


def run_agenda(ws: Workshop, output: Path, progress: Progress, warn: Callable[[str], None], *,
               quote: Quote, guard: Guard | None, clock: Clock = clock_24h) -> list[Path]:
    """``wtfc export agenda``: its warnings, then the PDF."""
    from wtfc.export.agenda import export_agenda

    for message in (warning(agenda_unshowable(ws, quote, guard)), *agenda_notes(ws, guard)):
        if message:
            warn(message)
    return [export_agenda(ws, output, guard=guard, clock=clock, progress=progress)]
