"""A person who withdrew takes their words out of Edit → History too (review R6 R2): the steps
that quoted one of their cards ("Add card 'My son says…'", "Edit card '…'") name it by person
and kind once Remove this person… is done, as Delete names a card. Other people's steps keep
their words, a plain Delete relabels nothing, and Undo still undoes the same steps.

It relabels the steps of every card of theirs, also one deleted earlier by a plain Delete (or
all of them, the removal then taking out only their row), not only the cards the removal itself
takes out (review A4 R1). A merge relabels nothing."""

from __future__ import annotations

import pytest

from tests.model.workshop_builders import sample_document
from wtfc.model.operations.cards import add_card, delete_cards, edit_card
from wtfc.model.operations.people import rename_person
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.workshop import Kind

SAID = "My son says the carers steal from my purse"


@pytest.fixture
def doc():
    return sample_document()


def _labels(undo) -> list[str]:
    return [undo.stack.text(i) for i in range(undo.stack.count())]


def test_the_withdrawn_persons_cards_are_no_longer_quoted(doc, undo):
    undo.push(add_card(doc, kind=Kind.NOT_WORKING, text=SAID, person="P17"))
    card = doc.workshop.cards[-1].id
    undo.push(edit_card(doc, card_id=card, text=SAID + " again"))
    undo.push(add_card(doc, kind=Kind.WORKING, text="The cook is kind", person="P01"))
    undo.push(remove_person(doc, code="P17"))
    assert _labels(undo) == [
        "Add P17's ✗ Not working card",
        "Edit P17's ✗ Not working card",
        "Add card 'The cook is kind'",
        "Remove a person's cards and details",
    ]
    assert not any("steal" in label for label in _labels(undo))
    undo.stack.undo()
    undo.stack.undo()
    undo.stack.undo()
    assert doc.card(card).text == SAID  # the same steps, words and all
    assert undo.stack.undoText() == "Add P17's ✗ Not working card"


def test_a_plain_delete_keeps_the_quotes(doc, undo):
    from wtfc.model.operations.cards import delete_cards

    undo.push(add_card(doc, kind=Kind.WORKING, text="The cook is kind", person="P01"))
    undo.push(delete_cards(doc, card_ids=[doc.workshop.cards[-1].id]))
    assert _labels(undo)[0] == "Add card 'The cook is kind'"  # Undo brings it back to read


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
