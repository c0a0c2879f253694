"""A card's edit and the other cards it holds back (they carry a name found in its words) are
one undo step, named without the name: Edit → History may be on the projector."""

from __future__ import annotations

from wtfc.model.document import Document
from wtfc.model.operations.cards import add_card
from wtfc.model.operations.checks import holding_back_too
from wtfc.model.workshop import Card, Kind, PersonalDetail, Workshop

NAME = PersonalDetail(start=6, end=15, category="name", text="Gwenllian")
OTHER = PersonalDetail(start=0, end=9, category="name", text="Gwenllian")


def _doc() -> Document:
    return Document(Workshop(cards=[
        Card(id="c1", kind=Kind.WORKING, text="Gwenllian takes me out shopping on Fridays"),
    ]))


def test_the_add_and_the_card_held_back_are_done_undone_and_redone_together() -> None:
    doc = _doc()
    add = add_card(doc, kind=Kind.WORKING, text="My PA Gwenllian is wonderful",
                   personal_details=[NAME])
    step = holding_back_too(doc, add, findings={"c1": [OTHER]})
    assert step.label == (
        "Add card 'My PA [name] is wonderful' (and hold back 1 card with the same name)"
    )
    step.do(doc)
    assert len(doc.workshop.cards) == 2 and doc.card("c1").held_back
    step.undo(doc)
    assert len(doc.workshop.cards) == 1 and not doc.card("c1").held_back
    step.do(doc)
    assert len(doc.workshop.cards) == 2 and doc.card("c1").held_back


def test_with_no_other_card_held_back_it_is_the_edit_alone() -> None:
    doc = _doc()
    add = add_card(doc, kind=Kind.WORKING, text="The bus is late")
    assert holding_back_too(doc, add, findings={}) is add
