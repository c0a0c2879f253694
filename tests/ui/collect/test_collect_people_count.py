"""The Collect page counts people as the exports do: a card with no person code is no one
counted ("1 cards from 0 people" read as if nobody had said it)."""

from __future__ import annotations

from collect_helpers import summary

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Person, Workshop


def _summary(shown_page, cards, people=()) -> str:
    doc = Document(Workshop(cards=cards, people=[Person(id=p) for p in people]))
    return summary(shown_page(1200, 600, other=doc))


def test_a_card_with_no_person_code_is_not_recorded_not_counted(shown_page):
    summary = _summary(shown_page, [Card(id="c1", kind=Kind.NOT_WORKING, text="Carers are late")])
    assert summary.startswith("<b>1 card</b>, no person recorded · ")
    assert "0 people" not in summary and "1 cards" not in summary


def test_some_cards_with_person_codes(shown_page):
    cards = [Card(id="c1", kind=Kind.WORKING, text="Lunch club", person="P1"),
             Card(id="c2", kind=Kind.WORKING, text="Day centre", person="P1"),
             Card(id="c3", kind=Kind.FUTURE, text="Stay at home")]
    summary = _summary(shown_page, cards, ["P1"])
    assert summary.startswith("<b>3 cards</b> from 1 person, 1 with no person recorded · ")
