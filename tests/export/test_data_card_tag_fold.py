"""The cards' own tags (an import's Gender, Town… columns) get the People sheet's fold: 8 Female,
7 Male and one Non-binary showed "Female 8, Male 7, hidden 1" on the Cards sheet, and a Town tag
beside the person's Locality showed the South that Locality folded, so the one in East Moor was
found by subtraction again."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from wtfc.export.data import data_tables
from wtfc.model.small_groups import HIDDEN, SMALL
from wtfc.model.workshop import Card, Kind, Person, Voice, Workshop

PLACES = ["North"] * 8 + ["South"] * 7 + ["East Moor"]


def _workshop(tags: list[list[str]], places: list[str] | None = None) -> Workshop:
    places = places or [""] * len(tags)
    people = [Person(id=f"P{i:02}", voice=Voice.OLDER_PERSON, locality=place)
              for i, place in enumerate(places, start=1)]
    cards = [Card(id=f"c{p.id}", kind=Kind.WORKING, text="Fine.", person=p.id, tags=bag)
             for p, bag in zip(people, tags, strict=True)]
    return Workshop(title="Fold", people=people, cards=cards)


def _column(ws: Workshop, heading: str) -> Counter[str]:
    header, rows = data_tables(ws, today=dt.date(2026, 11, 30))["cards"]
    return Counter(row[header.index(heading)] for row in rows)


def _nothing_found_by_subtraction(ws: Workshop) -> None:
    """Whoever has a tag hidden is one of 5 or more, or none, or no tag is shown at all: the
    shown tags' counts leave no one person over."""
    header, rows = data_tables(ws, today=dt.date(2026, 11, 30))["cards"]
    tags = [(row[header.index("Person")], row[header.index("Tags")]) for row in rows]
    hiding = {person for person, cell in tags if HIDDEN in cell}
    showing = {cell for _, cell in tags} - {"", HIDDEN}
    assert len(hiding) == 0 or len(hiding) >= SMALL or not showing, (hiding, showing)


def test_one_non_binary_person_is_not_found_by_subtraction():
    ws = _workshop([["Female"]] * 8 + [["Male"]] * 7 + [["Non-binary"]])
    assert _column(ws, "Tags") == {"Female": 8, HIDDEN: 8}  # was Female 8, Male 7, hidden 1
    _nothing_found_by_subtraction(ws)


def test_tags_never_show_what_locality_hides():
    ws = _workshop([[place] for place in PLACES], PLACES)
    assert _column(ws, "Locality") == {"North": 8, HIDDEN: 8}
    assert _column(ws, "Tags") == {"North": 8, HIDDEN: 8}  # was North 8, South 7, hidden 1
    _nothing_found_by_subtraction(ws)


def test_a_tag_of_another_column_is_not_folded():
    # Polish is beside North on the same person's cards, so it is no North/other split; but
    # the one row reading "North; (not shown…)" beside 4 "North" was the Polish person's
    # cards, so every North goes with it (review code-a1 #2)
    ws = _workshop([["North", "Polish"]] + [["North"]] * 4)
    assert _column(ws, "Tags") == {HIDDEN: 5}


def test_nothing_hidden_is_recovered_by_subtraction_in_random_one_column_workshops():
    rng = random.Random(26)
    for _ in range(150):
        values = ["Female", "Male", "Non-binary", "female ", ""]
        ws = _workshop([[rng.choice(values)] for _ in range(rng.randint(1, 40))])
        _nothing_found_by_subtraction(ws)
