"""`wtfc check`'s count line in Collect's words: cards with no person code read "2 cards from 0
people", and the cards held back went unsaid (review 34 R2-4)."""

from __future__ import annotations

from wtfc.app import main
from wtfc.model.storage import save_workshop
from wtfc.model.workshop import Card, Kind, Person, PersonalDetail, Workshop

NW = Kind.NOT_WORKING
ANN = [PersonalDetail(start=0, end=3, category="name", text="Ann")]  # held back till decided


def _ok_line(tmp_path, capsys, cards: list[Card], people: list[Person]) -> str:
    path = tmp_path / "w.wtfc"
    save_workshop(Workshop(title="Counts", people=people, cards=cards), path, backup=False)
    assert main(["check", str(path)]) == 0
    return next(line for line in capsys.readouterr().out.splitlines() if line.startswith("OK:"))


def test_cards_with_no_person_recorded_are_not_from_0_people(tmp_path, capsys):
    cards = [Card(kind=NW, text="Nobody rings"), Card(kind=NW, text="Nobody rings back")]
    assert _ok_line(tmp_path, capsys, cards, []) == \
        "OK: 'Counts' — 2 cards, no person recorded, 0 themes, 0 actions."


def test_held_back_cards_and_no_person_are_said(tmp_path, capsys):
    people = [Person(id="P1"), Person(id="P2")]
    cards = [Card(kind=NW, text="The bus is late", person="P1"),
             Card(kind=NW, text="Ann rushes", person="P2", personal_details=ANN),
             Card(kind=NW, text="Ann never rings", personal_details=ANN),
             Card(kind=NW, text="Nobody rings back")]
    assert _ok_line(tmp_path, capsys, cards, people) == (
        "OK: 'Counts' — 4 cards from 2 people, 2 with no person recorded, 0 themes, "
        "0 actions; 2 cards held back.")
    assert _ok_line(tmp_path, capsys, cards[:1], people[:1]) == \
        "OK: 'Counts' — 1 card from 1 person, 0 themes, 0 actions."
