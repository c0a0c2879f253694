"""The one undoable command that adds an import's plan (``building.build_import``): the people
and cards worked out before, the role or tags People lacked, and cards already there held back
for a name this import found. One Undo takes the whole import out."""

from __future__ import annotations

import os

from wtfc.importing.card_guard import CardGuard
from wtfc.importing.errors import ImportFailed
from wtfc.importing.import_plan import ImportPlan
from wtfc.importing.statements import Statement
from wtfc.model.commands import Edit, EditBuilder
from wtfc.model.document import Document
from wtfc.model.operations.cards import still_marked_fine
from wtfc.model.workshop import Card


def import_edit(doc: Document, plan: ImportPlan) -> Edit:
    """The one undoable command that adds the plan's people and cards."""
    if not plan.cards:
        raise ImportFailed(plan.nothing_imported_reason())
    count = "1 card" if len(plan.cards) == 1 else f"{len(plan.cards)} cards"
    # Not the file's name: it often names the person, and the history is on screen.
    b = EditBuilder(doc, f"Import {count} (import {plan.number})")
    for person in plan.people:  # people already known are kept (the same file again)
        if b.current("people", person.id) is None:
            b.add("people", person)
    for code, update in plan.person_updates.items():  # the role or tags People lacked
        b.replace("people", code, **update)
    for card in plan.cards:
        b.add("cards", card)
    for card_id, details in plan.held_too.items():
        card = b.current("cards", card_id)
        # the card as the import read it (Undo between preview and Import could change it)
        if isinstance(card, Card) and all(d in details for d in card.personal_details):
            fine = still_marked_fine(card, details)  # the same name again, already looked at
            b.replace("cards", card_id, personal_details=details, details_cleared=fine)
    return b.build()


def new_card(statement: Statement, person: str, source: str, guard: CardGuard) -> Card:
    """A card of the import, its personal details found by ``guard``."""
    details = list(guard.details(statement.text))
    return Card(
        id=os.urandom(6).hex(),  # the model's id format; uuid4 was a tenth of the import time
        kind=statement.kind,
        text=statement.text,
        person=person,
        tags=list(statement.tags),
        source=source[:300],
        personal_details=details,
    )
