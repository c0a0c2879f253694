"""Whether the room may see a card, with the names pasted to watch for as it is drawn.

A card is held back by what the guard found when it came in, was edited or was last checked
(Check all cards again). Names pasted after the import (the README's own order) held nothing
until the check was run, and an undo of the check gave the card back with the names still
pasted: the room's read-out showed "Zebulon Quarrie from the agency never stays long" full
screen (review 36 W1 S1). The room views therefore read each card with the names in force as
they draw it, as Act's notes are (``plan_card_words.guarded``): a card those names would hold
back is kept from the room as a held-back card is, until the check, Redact or Mark as fine
decides it. A card marked as fine with that very name seen stays shown, as the check leaves it
(``operations.cards.still_marked_fine``). A surname the check would spread from another card
("Green" of "Mrs Green") is not looked for here: the check holds those.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wtfc.model.workshop import Card

Shown = Callable[[Card], bool]


def room_shows(names: tuple[str, ...]) -> Shown:
    """``shown(card)``: whether the room may see ``card`` with ``names`` pasted: not held back,
    and naming none of them where its last decision did not see that name. Made once for a
    layout: only a card with a word of a name in it is read by the guard (two guard reads of
    each card took ~0.2 s a thousand cards on every relayout)."""
    words = sorted({w.casefold() for name in names for w in re.findall(r"\w{2,}", name)},
                   key=len, reverse=True)
    if not words:
        return lambda card: not card.held_back
    near = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)",
                      re.IGNORECASE)

    def shown(card: Card) -> bool:
        if card.held_back:
            return False
        return near.search(card.text) is None or not _names_unseen(card, names)

    return shown


def _names_unseen(card: Card, names: tuple[str, ...]) -> bool:
    """The guard, given the names pasted, finds a detail in ``card``'s words the facilitator
    has not seen flagged there (marked as fine with it): what Check all cards again would hold
    the card back for. (A card the guard alone would flag is held back already, unless it was
    marked as fine: its details were seen.)"""
    # the guard's looks Act's room view keeps (and forgets with the workshop); imported here,
    # as the room's own boards import the wall's layout, and the guard loads with the first
    # name pasted, never at start-up (``test_startup_work``)
    from wtfc.importing.watch_guard import watched_findings
    from wtfc.model.operations.cards import flagged_words
    from wtfc.ui.boards.plan_card_words import guarded

    if guarded(card.text, names) == card.text:  # nothing found (kept: the next layout asks)
        return False
    if not card.details_cleared:
        return True
    seen = flagged_words(card.personal_details)
    return any((f.category, f.text.casefold()) not in seen
               for f in watched_findings(card.text, names))


def named_cards(cards: list[Card], names: tuple[str, ...]) -> list[Card]:
    """Those of ``cards`` not held back that the room is not shown for ``names``: the cards
    Check all cards again would hold back now (its spread of surnames aside)."""
    shown = room_shows(names)
    return [card for card in cards if not card.held_back and not shown(card)]
