"""The data export's "People" sheet and the people's tags on the Cards sheet.

A row per person with a card in the export: the pseudonymous code, the role (voice), the age
band, service type and locality, and how many of their cards are in the export, so a
commissioner can filter the cards by any tag and compare, for instance, one locality's with
another's (the 2009 guide's "Data presentation and comparison"). A person whose cards are all
held back is not listed: their tags would be all the export says of them.

The report's small-cell rule holds here too (``wtfc.model.small_groups``), for the role as for
the tags. The Cards sheet shows each person's role and tags as the People sheet does.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from wtfc.model.small_groups import shown_roles, shown_tags
from wtfc.model.workshop import Card, Workshop

TAG_HEADER = ["Age band", "Service type", "Locality"]
HEADER = [
    "Person",
    "Person's role",
    *TAG_HEADER,
    "Cards",
    "Cards held back (possible personal details, not exported)",
]


def people_table(
    workshop: Workshop, cards: list[Card], tags: dict[str, list[str]] | None = None
) -> tuple[list[str], list[list[Any]]]:
    """The sheet's header and rows, before any cell is made safe; ``cards`` are the cards the
    export shows (held-back ones are counted, never shown); ``tags`` their ``shown_tags``,
    when the export has them already."""
    shown = Counter(c.person for c in cards if c.person)
    every = Counter(c.person for c in workshop.cards if c.person)
    if tags is None:
        tags = shown_tags(workshop, cards)
    roles = shown_roles(workshop, cards)
    rows = [
        [p.id, roles[p.id], *tags[p.id], shown[p.id], every[p.id] - n]
        for p in workshop.people
        if (n := shown[p.id])
    ]
    return HEADER, rows


def held_back_only(workshop: Workshop, cards: list[Card]) -> int:
    """How many people the exports count (``people_with_cards``) have no card among ``cards``,
    the ones shown: their every card is held back, so the People sheet leaves them out and
    the count says so, rather than being one more than the sheet's rows with no word why."""
    shown = {c.person for c in cards if c.person}
    on_cards = {c.person for c in workshop.cards if c.person}
    return sum(1 for p in workshop.people if p.id in on_cards and p.id not in shown)
