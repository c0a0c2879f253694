"""Runs the personal-detail guard for the Collect page: a card's words → the details to store.

The names to watch for are the facilitator's paste (people reviewed, staff). They are kept in
memory only, for this session: never in the workshop file, never in the settings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wtfc.importing.card_guard import guard_findings
from wtfc.importing.known_names import NameMatcher, name_matcher
from wtfc.importing.name_spread import (
    SpreadSurname,
    cards_also_held_back,
    spread_over,
    with_names_found_elsewhere,
)
from wtfc.importing.pasted_names import parse_names as parse_names  # the box's, re-exported
from wtfc.importing.personal_details import find_personal_details
from wtfc.model.document import Document
from wtfc.model.operations.cards import still_marked_fine
from wtfc.model.workshop import Card, PersonalDetail

_MAX_DETAILS = 100  # the model's limit per card
_LINE_BREAKS = re.compile(r"[\r\n]")


def details_in(text: str, names: Iterable[str] | NameMatcher = (), *,
               pasted_rule: bool | None = None) -> list[PersonalDetail]:
    """What the guard flags in `text`, as the card stores it. ``pasted_rule``: whether a
    capitalised word of one of ``names`` that is a name wherever it stands counts wherever it
    stands too ("Grace helps every Tuesday" with Grace Okonkwo pasted), as the room views read
    it; by default for names given as such (Add card, Edit, the wall's new card), not for a
    ``NameMatcher``: the theme-name checks pass one with the held-back names among the pasted
    and read the pasted ones their own way (``suggestion_state.names_read``)."""
    # read as an import reads it: a line break typed in the card is a space there
    read = _LINE_BREAKS.sub(" ", text)
    # a surname that is a word spread from another card ("Green" of "Mrs Green") counts only
    # where said of a person, as in an import ("Green came late", not "Green Park")
    said_of: tuple[str, ...] = ()
    if isinstance(names, NameMatcher):
        known = names
    else:
        known = name_matcher(n for n in names if not isinstance(n, SpreadSurname))
        said_of = tuple(n for n in names if isinstance(n, SpreadSurname))
    if pasted_rule is None:
        pasted_rule = not isinstance(names, NameMatcher)
    found = [
        PersonalDetail(start=f.start, end=f.end, category=f.category, text=f.text[:300])
        for f in (guard_findings(read, known) if pasted_rule
                  else find_personal_details(read, known_names=known))
    ]
    if said_of:
        found = with_names_found_elsewhere(read, found, name_matcher(said_of))
    if read != text:
        found = [d.model_copy(update={"text": text[d.start : d.end][:300]}) for d in found]
    return found[:_MAX_DETAILS]


def fresh_findings(cards: Iterable[Card], names: Iterable[str]) -> dict[str, list[PersonalDetail]]:
    """Every card checked again with today's names to watch for, and a name found in any card
    flagged in every card that carries it."""
    cards = list(cards)
    matcher = name_matcher(names)  # made once for the lot
    return spread_over(cards, {card.id: details_in(card.text, matcher, pasted_rule=True)
                              for card in cards})


def also_held_back(
    doc: Document, found: list[PersonalDetail], *, text: str | None, card_id: str | None = None
) -> dict[str, list[PersonalDetail]]:
    """The other cards that carry a name ``found`` in a new card's words ``text`` (or in card
    ``card_id``'s new words), with that name flagged: held back in the same step. The words
    let a card typed In Title Case ("My Daughter Booked Me A Taxi") keep its guessed name
    ("Booked") to itself, as Import does."""
    card = doc.get("cards", card_id) if card_id else None
    if isinstance(card, Card) and still_marked_fine(card, found):
        return {}  # its names were looked at and let through
    others = (c for c in doc.workshop.cards if c.id != card_id)
    return cards_also_held_back(others, found, text)
