"""What the room's Welcome view says: the day and place, who is in the room, and the day's plan.

Words only, from the workshop's details as Prepare records them. The day's plan is the
stages' planned minutes (``Workshop.agenda``) and the breaks between them, on the clock once
the day has a start time (``wtfc/model/day_times.py``), each said as the room knows it
("Reading the cards and finding themes", not "Theme"); the facilitator's notes for a stage are
never read here.
"""

from __future__ import annotations

# each stage of the day as the room hears it (the facilitator's stage names are the method's),
# as the printed agenda says it too
from wtfc.export.agenda_words import STAGE_WORDS
from wtfc.export.team_words import members_words
from wtfc.model.agenda import USUAL_MINUTES, minutes_words, planned_minutes
from wtfc.model.counting import count_phrase
from wtfc.model.dates import long_date
from wtfc.model.day_times import (
    Clock,
    break_minutes,
    break_name,
    clock_at,
    day_slots,
    ends_at,
)
from wtfc.model.operations.record import count_of
from wtfc.model.workshop import RoomRole, Stage, Workshop
from wtfc.ui.clock_words import locale_clock
from wtfc.ui.room_counts import share_percent

# (the Workshop field, what the room reads over its words); the agreements follow the scope, as
# the facilitator goes through the ground rules and how the room will decide before the day starts
ABOUT = (
    ("purpose", "Why we are here"),
    ("scope", "What it covers"),
    ("agreements", "How we agreed to work and decide"),  # Prepare's and the report's heading
)
WHO_LABEL = "Who is in the room"
PLAN_LABEL = "The day's plan"
ASKS_A_THIRD = "The method asks for about a third."


def day_words(ws: Workshop, names: tuple[str, ...] = ()) -> str:
    """ "Welcome · 12 November 2026 · Riverside Community Hall" (what is known of it). The
    venue as the room may see it: a possible personal detail in it (an address, a name among
    ``names``) shown as its kind, "[address]", as the other room views draw typed words."""
    parts = ["Welcome"]
    if ws.date is not None:
        parts.append(long_date(ws.date))  # as the exports print a date
    if ws.venue.strip():
        parts.append(room_words(ws.venue.strip(), names))
    return " \u00b7 ".join(parts)


def room_words(text: str, names: tuple[str, ...] = ()) -> str:
    """Words typed on Prepare as the room view draws them: each possible personal detail the
    guard finds ("Margaret Ellsworth", an NHS or phone number; ``names`` among them) shown as
    its kind, "[name]", as Act's and Review's room views draw words typed after the day. The
    title, flagged, is left out whole (``room_title``); these are read for what they say."""
    from wtfc.ui.boards.plan_card_words import guarded

    return guarded(text, tuple(names)) if text.strip() else text


def who_words(ws: Workshop) -> tuple[str, str]:
    """Who is in the room by role, and the older people's share of it, in words; ("", "")
    while nobody is counted. The share is said as a fact beside what the method asks, never as
    the facilitator's advice to invite more (Prepare's words): the room is already here."""
    counts = ws.in_the_room
    total = sum(c.count for c in counts)
    if total == 0:
        return "", ""
    everyone = f"{members_words(counts)}: {count_phrase(total, 'person', 'people')} in all."
    older = count_of(counts, RoomRole.OLDER_PEOPLE)
    share = f"Older people: {older:,} of {total:,} ({share_percent(older, total)})."
    return everyone[0].upper() + everyone[1:], f"{share} {ASKS_A_THIRD}"


def plan_rows(ws: Workshop, clock: Clock = locale_clock) -> tuple[list[tuple[str, str]], str]:
    """The day's plan as rows ("1. Welcome, and why we are here", "30 min") and its total in
    words. The stages with planned minutes, in order, and the breaks planned between them
    ("Lunch", "45 min"); with a start time each row opens with its clock time ("10:00 Welcome,
    and why we are here", "13:00 Lunch") and the total says when the day ends ("… Ends about
    17:00."), in the laptop's time format. With none planned yet, the stages of a usual
    one-day workshop without times (and no total)."""
    slots = day_slots(ws)
    if not slots:
        return [(f"{n}. {STAGE_WORDS[stage]}", "")
                for n, stage in enumerate((s for s in Stage if s in USUAL_MINUTES), start=1)], ""
    start, end = ws.starts_at, ends_at(ws)
    rows, number = [], 0
    for slot in slots:
        if slot.stage is None:
            said = break_name(slot.minutes)
        else:
            number += 1
            said = STAGE_WORDS[slot.stage] if start is not None \
                else f"{number}. {STAGE_WORDS[slot.stage]}"
        at = f"{clock(clock_at(start, slot.starts))} " if start is not None else ""
        rows.append((f"{at}{said}", minutes_words(slot.minutes)))
    breaks = break_minutes(ws)
    total = f"In all: {minutes_words(planned_minutes(ws))}, " + (
        f"and {minutes_words(breaks)} of breaks." if breaks else "plus breaks.")
    return rows, total + (f" Ends about {clock(end)}." if end is not None else "")
