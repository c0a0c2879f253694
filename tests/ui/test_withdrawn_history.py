"""A person who withdrew takes their words out of Edit → History too (review R6 R2): the steps
that quoted one of their cards ("Add card 'My son says…'", "Edit card '…'") name it by person
and kind once Remove this person… is done, as Delete names a card. Other people's steps keep
their words, a plain Delete relabels nothing, and Undo still undoes the same steps."""

from __future__ import annotations

import pytest

from tests.model.workshop_builders import sample_document
from wtfc.model.operations.cards import add_card, edit_card
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
