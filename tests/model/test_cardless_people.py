"""People… → Take off people with no cards: last time's rows no card is from leave People as
one step, done, undone and redone, and no one is recorded as having withdrawn."""

from __future__ import annotations

import pytest
from workshop_builders import do_undo_redo

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.next_cycle import next_cycle
from wtfc.model.operations.cardless_people import (
    people_without_cards,
    take_off_people_without_cards,
)
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Card, Kind, Person


def _autumn() -> Document:
    """The demo's next cycle with two of its people's cards imported again (P01, P03)."""
    autumn = next_cycle(load_workshop(demo_path()).workshop)
    autumn.people.append(Person(id="P900"))
    autumn.withdrawn_codes = ["P99"]
    autumn.cards = [Card(id="a1", kind=Kind.WORKING, text="Kind carers", person="P01"),
                    Card(id="a2", kind=Kind.FUTURE, text="A garden", person="P03"),
                    Card(id="a3", kind=Kind.FUTURE, text="A bus", person="P900")]
    return Document(autumn)


def test_the_people_with_no_cards_go_as_one_step_and_no_one_withdrew():
    doc = _autumn()
    gone = [p.id for p in doc.workshop.people if p.id not in {"P01", "P03", "P900"}]
    assert people_without_cards(doc.workshop) == gone and len(gone) == 14
    edit = take_off_people_without_cards(doc)
    assert edit.label == "Take off 14 people with no cards"  # counted, no code named

    def done(d: Document) -> None:
        assert [p.id for p in d.workshop.people] == ["P01", "P03", "P900"]
        assert d.workshop.withdrawn_codes == ["P99"]  # not a withdrawal
        assert len(d.workshop.cards) == 3
        assert people_without_cards(d.workshop) == []

    do_undo_redo(doc, edit, done, changed={"people": set(gone)})


def test_with_everyone_carded_there_is_nothing_to_take_off():
    doc = _autumn()
    take_off_people_without_cards(doc).do(doc)
    with pytest.raises(EditRefused, match="no one to take off"):
        take_off_people_without_cards(doc)
