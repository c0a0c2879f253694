"""Checking the cards again for personal details, e.g. after the facilitator pastes names to
watch for (the people reviewed, staff), or after a card brings in a name others carry.

The guard itself lives in ``wtfc.importing`` and the model does not depend on it: the UI runs
the guard and hands the fresh findings here, so storing them is one undoable step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from wtfc.model.commands import CommandGroup, Edit, EditBuilder
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations._names import cards_phrase
from wtfc.model.operations.cards import flagged_words, still_marked_fine
from wtfc.model.workshop import PersonalDetail


def store_fresh_findings(
    doc: Document, *, findings: Mapping[str, Sequence[PersonalDetail]]
) -> Edit:
    """Give each card its freshly found personal details; cards whose findings are the same
    are left alone (the edit is empty when nothing changed).

    A card already marked as fine is held back again when the check finds words the
    facilitator has not looked at yet. Findings that only go away leave the card as it was:
    checking again with fewer names pasted in never puts a held-back card on the projector.
    """
    b = EditBuilder(doc, "Check cards again for personal details")
    changed = 0
    for card_id, fresh_details in findings.items():
        card = doc.get("cards", card_id)
        if card is None:
            raise EditRefused(
                "A card being checked has gone since the check began. Check the cards again."
            )
        # A check only adds: words found before and not found now (a name no longer pasted
        # in, say) stay until a person redacts them, marks them fine or edits the card.
        found = flagged_words(fresh_details)
        fresh = sorted(
            [
                *fresh_details,
                *(d for d in card.personal_details if (d.category, d.text.casefold()) not in found),
            ],
            key=lambda d: (d.start, d.end),
        )
        if _exact(fresh) == _exact(card.personal_details):
            continue
        update: dict = {"personal_details": fresh}
        if card.details_cleared and not still_marked_fine(card, fresh):
            update["details_cleared"] = False
        b.replace("cards", card_id, **update)
        changed += 1
    if changed:
        b.label = f"Check cards again for personal details ({cards_phrase(changed)} changed)"
    return b.build()


def holding_back_too(
    doc: Document, edit: Edit, *, findings: Mapping[str, Sequence[PersonalDetail]]
) -> Edit | CommandGroup:
    """``edit`` (a card added or edited) and, in the same undo step, the other cards that carry
    a name found in its words held back too: ``findings`` gives them, found by the guard."""
    held = store_fresh_findings(doc, findings=findings)
    if not held.changes:
        return edit
    count = cards_phrase(len(held.changes))
    return CommandGroup(f"{edit.label} (and hold back {count} with the same name)", [edit, held])


def _exact(details: Sequence[PersonalDetail]) -> list[tuple[int, int, str, str]]:
    return [(d.start, d.end, d.category, d.text) for d in details]
