"""The data export's "People" sheet and the people's tags on the Cards sheet.

A row per person on a card (the people the Counts sheet counts): the pseudonymous code, the
role (voice), the age band, service type and locality, and how many of their cards are in the
export, so a commissioner can filter the cards by any tag and compare, for instance, one
locality's with another's (the 2009 guide's "Data presentation and comparison").
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from wtfc.model.operations.people import people_with_cards
from wtfc.model.workshop import Card, Person, Workshop

TAG_HEADER = ["Age band", "Service type", "Locality"]
HEADER = [
    "Person",
    "Person's role",
    *TAG_HEADER,
    "Cards",
    "Cards held back (possible personal details, not exported)",
]


def person_tags(person: Person | None) -> list[str]:
    """A person's age band, service type and locality, each "" when not recorded."""
    if person is None:
        return ["", "", ""]
    return [person.age_band, person.service_type, person.locality]


def people_table(workshop: Workshop, cards: list[Card]) -> tuple[list[str], list[list[Any]]]:
    """The sheet's header and rows, before any cell is made safe; ``cards`` are the cards the
    export shows (held-back ones are counted, never shown)."""
    shown = Counter(c.person for c in cards if c.person)
    every = Counter(c.person for c in workshop.cards if c.person)
    rows = [
        [
            p.id,
            p.voice.label if p.voice else "",
            *person_tags(p),
            shown[p.id],
            every[p.id] - shown[p.id],
        ]
        for p in people_with_cards(workshop)
    ]
    return HEADER, rows
