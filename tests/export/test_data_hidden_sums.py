"""The data export's small-cell rule, checked the way an analyst would try to undo it: by
pivoting the People sheet and subtracting. "Not recorded" is a value like any other (a blank
beside hidden ones was the demo's only member of staff), and a hidden group of 1 to 4 beside
named ones is found by subtraction (8 North, 7 South: the hidden one lives elsewhere), so the
smallest shown group is hidden with it, as the report's lines do (``split_groups``)."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from export_checks import demo_workshop

from wtfc.export.data import data_tables
from wtfc.model.small_groups import HIDDEN, SMALL
from wtfc.model.workshop import Card, Kind, Person, Voice, Workshop

TODAY = dt.date(2026, 11, 30)
TAGS = ["Age band", "Service type", "Locality"]


def _people(ws: Workshop) -> list[dict[str, object]]:
    header, rows = data_tables(ws, today=TODAY)["people"]
    return [dict(zip(header, row, strict=True)) for row in rows]


def _nothing_recoverable(ws: Workshop) -> None:
    """Every value shown by 5 or more; per column, 0 or 5 or more hidden; the hidden roles
    of two roles or more, or everyone's (the Counts sheet gives the counts by role)."""
    people = _people(ws)
    for column in TAGS:
        held = Counter(" ".join(str(p[column] or "").split()).casefold() for p in people)
        shown = [n for value, n in held.items() if value != HIDDEN]
        assert all(n >= SMALL for n in shown), (column, held)
        # all hidden is safe (4 people in all); else the hidden are none, or 5 or more
        assert not shown or held[HIDDEN] in (0, *range(SMALL, len(people) + 1)), (column, held)
    hidden_roles = {p.voice for p in ws.people
                    for row in people if row["Person"] == p.id and row["Person's role"] == HIDDEN}
    every_role_hidden = all(row["Person's role"] == HIDDEN for row in people)
    assert len(hidden_roles) != 1 or every_role_hidden, hidden_roles


def test_the_demos_four_hidden_role_people_read_alike():
    """P12, the demo's one member of staff, had a blank Age band where the 3 family carers
    read "(not shown…)": with the Counts sheet's "People: Staff 1", the blank named P12."""
    ws = demo_workshop()
    people = _people(ws)
    hidden = [p for p in people if p["Person's role"] == HIDDEN]
    assert [p["Person"] for p in hidden] == ["P05", "P09", "P12", "P15"]
    assert len({tuple(p[c] for c in TAGS) for p in hidden}) == 1
    header, cards = data_tables(ws, today=TODAY)["cards"]
    p12 = [row for row in cards if row[header.index("Person")] == "P12"]
    assert {tuple(row[header.index(c)] for c in TAGS) for row in p12} == {(HIDDEN,) * 3}
    _nothing_recoverable(ws)


def test_the_one_in_east_moor_is_not_found_by_subtraction():
    places = ["North"] * 8 + ["South"] * 7 + ["East Moor"]
    people = [Person(id=f"P{i:02}", voice=Voice.OLDER_PERSON, locality=place)
              for i, place in enumerate(places, start=1)]
    cards = [Card(id=f"c{p.id}", kind=Kind.WORKING, text="Fine.", person=p.id) for p in people]
    ws = Workshop(title="Alone", people=people, cards=cards)
    shown = Counter(p["Locality"] for p in _people(ws))
    assert shown == {"North": 8, HIDDEN: 8}  # was North 8, South 7, hidden 1
    _nothing_recoverable(ws)


def test_a_blank_few_people_have_is_hidden_and_many_is_shown():
    ages = ["85+"] * 6 + [""] * 2 + ["75-84"] * 5 + [""] * 5
    people = [Person(id=f"P{i:02}", voice=Voice.OLDER_PERSON, age_band=age)
              for i, age in enumerate(ages[:13], start=1)]
    cards = [Card(id=f"c{p.id}", kind=Kind.WORKING, text="Fine.", person=p.id) for p in people]
    few = Counter(p["Age band"] for p in _people(Workshop(title="x", people=people, cards=cards)))
    # 2 blanks alone would be found; the 5 of 75-84 are hidden with them
    assert few == {"85+": 6, HIDDEN: 7}
    people += [Person(id=f"P{i:02}", voice=Voice.OLDER_PERSON) for i in range(14, 19)]
    cards = [Card(id=f"c{p.id}", kind=Kind.WORKING, text="Fine.", person=p.id) for p in people]
    many = Counter(p["Age band"] for p in _people(Workshop(title="x", people=people, cards=cards)))
    assert many == {"85+": 6, "75-84": 5, "": 7}


def test_a_few_people_with_no_role_are_hidden():
    voices = [Voice.OLDER_PERSON] * 6 + [Voice.FAMILY_CARER] * 5 + [None] * 2
    people = [Person(id=f"P{i:02}", voice=v) for i, v in enumerate(voices, start=1)]
    cards = [Card(id=f"c{p.id}", kind=Kind.WORKING, text="Fine.", person=p.id) for p in people]
    roles = Counter(p["Person's role"] for p in _people(Workshop(title="x", people=people,
                                                                  cards=cards)))
    assert roles == {"Older person": 6, HIDDEN: 7}  # the 2 alone would be named by Counts


def test_nothing_hidden_is_recovered_by_subtraction_in_random_workshops():
    rng = random.Random(26)
    for _ in range(150):
        voices = [Voice.OLDER_PERSON, Voice.FAMILY_CARER, Voice.STAFF, None]
        people = [
            Person(id=f"P{i:02}", voice=rng.choice(voices),
                   age_band=rng.choice(["", "75-84", "85+"]),
                   service_type=rng.choice(["", "home care", "day services", "Home care "]),
                   locality=rng.choice(["", "North", "South", "East Moor"]))
            for i in range(rng.randint(1, 40))
        ]
        cards = [Card(id=f"c{p.id}{n}", kind=Kind.WORKING, text="Fine.", person=p.id)
                 for p in people for n in range(rng.randint(1, 2))]
        _nothing_recoverable(Workshop(title="Random", people=people, cards=cards))
