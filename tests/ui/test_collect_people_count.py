"""The Collect page counts people as the exports do: a card with no person code is no one
counted ("1 cards from 0 people" read as if nobody had said it)."""

from __future__ import annotations

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Workshop
from wtfc.ui.cards_page import CardsPage
from wtfc.ui.undo import UndoAdapter

NBSP = "\u00a0"


def _summary(show, cards, people=()) -> str:
    doc = Document(Workshop(cards=cards, people=[Person(id=p) for p in people]))
    page = show(CardsPage(doc, UndoAdapter(doc)), 1200, 600)
    return page.summary.text().replace(NBSP, " ")


def test_a_card_with_no_person_code_is_not_recorded_not_counted(show):
    summary = _summary(show, [Card(id="c1", kind=Kind.NOT_WORKING, text="Carers are late")])
    assert summary.startswith("<b>1 card</b>, no person recorded · ")
    assert "0 people" not in summary and "1 cards" not in summary


def test_some_cards_with_person_codes(show):
    cards = [Card(id="c1", kind=Kind.WORKING, text="Lunch club", person="P1"),
             Card(id="c2", kind=Kind.WORKING, text="Day centre", person="P1"),
             Card(id="c3", kind=Kind.FUTURE, text="Stay at home")]
    summary = _summary(show, cards, ["P1"])
    assert summary.startswith("<b>3 cards</b> from 1 person, 1 with no person recorded · ")
