"""History never quotes a card of a person who withdrew (review A4 R1): Remove this person…
relabels the steps of every card of theirs, also one deleted earlier by a plain Delete (or all
of them, the removal then taking out only their row), not only the cards the removal itself
takes out. A merge relabels nothing."""

from __future__ import annotations

import pytest

from tests.model.workshop_builders import sample_document
from wtfc.model.operations.cards import add_card, delete_cards
from wtfc.model.operations.people import rename_person
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.workshop import Kind

SAID = "My son says the carers steal from my purse"


@pytest.fixture
def doc():
    return sample_document()


def _labels(undo) -> list[str]:
    return [undo.stack.text(i) for i in range(undo.stack.count())]


def test_a_card_deleted_before_the_person_withdrew_is_no_longer_quoted(doc, undo):
    undo.push(add_card(doc, kind=Kind.NOT_WORKING, text=SAID, person="P17"))
    deleted = doc.workshop.cards[-1].id
    undo.push(add_card(doc, kind=Kind.WORKING, text="I like the lunch club", person="P17"))
    undo.push(add_card(doc, kind=Kind.WORKING, text="The cook is kind", person="P01"))
    undo.push(delete_cards(doc, card_ids=[deleted]))
    assert any("steal" in label for label in _labels(undo))  # a plain Delete relabels nothing
    undo.push(remove_person(doc, code="P17"))
    assert _labels(undo) == [
        "Add P17's ✗ Not working card",
        "Add P17's ✓ Working card",
        "Add card 'The cook is kind'",  # someone else's card keeps its words
        "Delete P17's ✗ Not working card",
        "Remove a person's cards and details",
    ]
    undo.stack.undo()
    undo.stack.undo()
    assert SAID in [card.text for card in doc.workshop.cards]  # the same steps undone


def test_cards_all_deleted_by_a_plain_delete_then_the_person_removed(doc, undo):
    undo.push(add_card(doc, kind=Kind.NOT_WORKING, text=SAID, person="P17"))
    mine = [card.id for card in doc.workshop.cards if card.person == "P17"]
    undo.push(delete_cards(doc, card_ids=mine))  # the old route: filter, select all, Delete
    undo.push(remove_person(doc, code="P17"))  # then their row, with no card left
    assert not any("steal" in label for label in _labels(undo))
    assert _labels(undo)[0] == "Add P17's ✗ Not working card"


def test_a_merge_relabels_nothing(doc, undo):
    undo.push(add_card(doc, kind=Kind.NOT_WORKING, text=SAID, person="P17"))
    undo.push(rename_person(doc, old="P17", new="P01"))
    assert any("steal" in label for label in _labels(undo))
