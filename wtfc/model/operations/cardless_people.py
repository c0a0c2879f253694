"""People… → Take off people with no cards: the rows of People no card is from, as one step.

A new cycle (*New workshop from this one*) carries last time's codes so that a sheet keyed by
the same codes finds their role and tags. A sheet that names people cannot be matched to them
(wtfc keeps no names), so its people get new codes and last time's rows stay, with no card,
cycle after cycle. They are no one here: taking them off is not a withdrawal, so no code goes
on ``withdrawn_codes`` (Remove this person… is for that), and a later import may give a freed
code to someone (as it would a code no one had). Only cards name a person, so nothing else
changes with them.
"""

from __future__ import annotations

from wtfc.model.commands import Edit, EditBuilder
from wtfc.model.counting import count_phrase
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.workshop import Workshop

TAKE_OFF = "Take off people with no cards"


def people_without_cards(workshop: Workshop) -> list[str]:
    """The codes on People that no card carries, in People's order."""
    carded = {card.person for card in workshop.cards}
    return [p.id for p in workshop.people if p.id not in carded]


def take_off_people_without_cards(doc: Document) -> Edit:
    """Every person with no card off People (their codes, merged codes and tags), one step.
    The label counts them and names no code, as Remove this person…'s does (History may be on
    the projector)."""
    codes = people_without_cards(doc.workshop)
    if not codes:
        raise EditRefused("Everyone on People has cards: there is no one to take off.")
    b = EditBuilder(doc, f"Take off {count_phrase(len(codes), 'person', 'people')} with no "
                         "cards")
    for code in codes:
        b.remove("people", code)
    return b.build()
