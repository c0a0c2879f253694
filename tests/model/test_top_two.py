"""The method's top two per person (TLAP step 2): who has more than two cards of one kind, said
in words, each person once, compactly when many are; never a refusal."""

from __future__ import annotations

from wtfc.model.top_two import kind_counts, third_card_note, top_two_line, top_two_note
from wtfc.model.workshop import Card, Kind, PersonalDetail

NW, W, F = Kind.NOT_WORKING, Kind.WORKING, Kind.FUTURE
METHOD = "the method takes each person's top two."


def _cards(person: str, kind: Kind, n: int, **extra) -> list[Card]:
    return [Card(kind=kind, text=f"{person} {kind} {i}", person=person, **extra) for i in range(n)]


def test_one_persons_whole_review_is_named():
    cards = [*_cards("P1", NW, 6), *_cards("P1", W, 1), *_cards("P2", F, 2)]
    assert top_two_note(kind_counts(cards)) == f"P1 has 6 'not working' cards; {METHOD}"


def test_two_cards_of_each_kind_say_nothing():
    cards = [*_cards("P1", NW, 2), *_cards("P1", W, 2), *_cards("P1", F, 2)]
    assert top_two_note(kind_counts(cards)) == ""


def test_one_person_over_in_two_kinds_is_said_once():
    cards = [*_cards("P1", NW, 6), *_cards("P1", W, 3)]
    assert top_two_note(kind_counts(cards)) == (
        f"P1 has 3 'working' and 6 'not working' cards; {METHOD}"
    )


def test_many_people_are_said_compactly_most_first():
    cards = [*_cards("P1", NW, 6), *_cards("P10", W, 3), *_cards("P2", W, 3), *_cards("P2", F, 4)]
    cards += [card for n in range(3, 12) for card in _cards(f"P{n + 10}", F, 3)]
    note = top_two_note(kind_counts(cards))
    assert note == (
        "12 people have more than two cards of one kind: P1 (6 not working), "
        "P2 (3 working, 4 future), P10 (3 working), P13 (3 future), P14 (3 future), "
        "P15 (3 future), P16 (3 future), P17 (3 future) and 4 more; " + METHOD
    )


def test_collects_line_names_at_most_three_people():
    """Collect's one line over its table: named like this, not eight codes with their counts."""
    cards = [*_cards("P1", NW, 6), *_cards("P10", W, 3), *_cards("P2", W, 3), *_cards("P2", F, 4)]
    many = cards + [card for n in range(3, 12) for card in _cards(f"P{n + 10}", F, 3)]
    assert top_two_line(kind_counts(many)) == (
        f"P1, P2 and 10 more have more than two cards of one kind; {METHOD}"
    )
    assert top_two_line(kind_counts(cards)) == (
        f"P1, P2 and P10 have more than two cards of one kind; {METHOD}"
    )
    assert top_two_line(kind_counts(cards[:6])) == f"P1 has 6 'not working' cards; {METHOD}"
    assert top_two_line(kind_counts(_cards("P1", NW, 2))) == ""


def test_held_back_cards_count_and_cards_with_no_person_do_not():
    name = PersonalDetail(start=0, end=2, category="name", text="P1")
    held = _cards("P1", NW, 3, personal_details=[name])
    assert held[0].held_back
    assert top_two_note(kind_counts(held)) == f"P1 has 3 'not working' cards; {METHOD}"
    assert top_two_note(kind_counts(_cards("", NW, 5))) == ""


def test_among_names_only_the_pairs_asked_about():
    counts = kind_counts([*_cards("P1", NW, 6), *_cards("P2", W, 3)])
    assert top_two_note(counts, among={("P2", W)}) == f"P2 has 3 'working' cards; {METHOD}"
    assert top_two_note(counts, among={("P1", W)}) == ""


def test_the_third_card_is_said_as_it_is_added():
    counts = kind_counts([*_cards("P1", NW, 2), *_cards("P1", W, 1)])
    assert third_card_note(counts, "P1", NW) == (f"P1 already has 2 'not working' cards; {METHOD}")
    assert third_card_note(counts, "P1", W) == ""
    assert third_card_note(counts, "P9", NW) == ""
    assert third_card_note(counts, "", NW) == ""
