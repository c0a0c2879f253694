"""The data export's small-cell rule, checked the way an analyst would try to undo it: by
pivoting the People sheet, crossing its columns and subtracting. A hidden group of 1 to 4 beside
named ones is found by subtraction (8 North, 7 South: the hidden one lives elsewhere), so the
smallest shown group is hidden with it, as the report's lines do (``split_groups``). A blank
("not recorded") fewer than 5 rows share is a group of its own: 6 on "Home care" and Mrs A's
blank, and whoever knows she uses day services finds her row, and her cards, as the one left
(review code-a1 #2). So every row, blanks as they read, is shared by 5 or more, and whoever
knows what was recorded of someone finds 5 rows or more that could be theirs."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from export_checks import demo_workshop

from wtfc.export.content import ExportContent
from wtfc.export.data import data_tables
from wtfc.export.report_people import UNNAMED, breakdown_lines
from wtfc.model.counting import count_phrase
from wtfc.model.small_groups import HIDDEN, SMALL
from wtfc.model.workshop import Card, Kind, Person, Priority, Theme, Voice, Workshop

TODAY = dt.date(2026, 11, 30)
TAGS = ["Age band", "Service type", "Locality"]


def _people(ws: Workshop) -> list[dict[str, object]]:
    header, rows = data_tables(ws, today=TODAY)["people"]
    return [dict(zip(header, row, strict=True)) for row in rows]


def _key(value: object) -> str:
    text = str(value or "")
    return text if text == HIDDEN else " ".join(text.split()).casefold()


def _nothing_recoverable(ws: Workshop) -> None:
    """What an analyst can work out from the People sheet and the Counts sheet's counts by
    role names no group of fewer than 5: every value shown is 5 people's or more; beside a
    named value, the hidden are none or 5 or more (no subtraction); the hidden roles are of two
    roles or more, or everyone's; and no one is set apart by what is shown beside a hidden
    value (a blank too), nor by the named values of their row taken together."""
    people = _people(ws)
    rows = [(_key(p["Person's role"]), *(_key(p[c]) for c in TAGS)) for p in people]
    for i, column in enumerate(["Person's role", *TAGS]):
        held = Counter(row[i] for row in rows)
        named = {value: n for value, n in held.items() if value not in ("", HIDDEN)}
        assert all(n >= SMALL for n in named.values()), (column, held)
        if i:  # a role hidden is subtracted from Counts, below
            assert not named or held[HIDDEN] in (0, *range(SMALL, len(rows) + 1)), (column, held)
    voice = {p.id: p.voice for p in ws.people}
    hidden_roles = {voice[p["Person"]] for p in people if p["Person's role"] == HIDDEN}
    every_role_hidden = all(row[0] == HIDDEN for row in rows)
    assert len(hidden_roles) != 1 or every_role_hidden, hidden_roles
    exact = Counter(rows)
    for row in rows:  # a blank is read as it is: Mrs A's was the one row not "Home care"
        assert exact[row] >= SMALL or row[1:] == (HIDDEN,) * 3, (row, exact[row])


def _rows_that_could_be(ws: Workshop) -> dict[str, int]:
    """person code → how many People rows could be theirs to someone who knows what was
    recorded of them (role and tags, a blank too): a row whose every cell is "(not shown…)"
    or what they have. The Cards sheet lists each row's cards by the same code."""
    rows = [(_key(p["Person's role"]), *(_key(p[c]) for c in TAGS)) for p in _people(ws)]
    could = {}
    for person in ws.people:
        if any(c.person == person.id for c in ws.cards):
            said = (_key(person.voice.label if person.voice else ""),
                    *(_key(v) for v in (person.age_band, person.service_type, person.locality)))
            could[person.id] = sum(all(v in (HIDDEN, mine) for v, mine in zip(row, said,
                                                                           strict=True))
                                   for row in rows)
    return could


def test_the_demos_member_of_staff_is_not_one_of_four_rows():
    """The demo's 3 family carers and 1 member of staff (P12) were the 4 rows with their role
    hidden beside 12 "Older person": whoever knows the member of staff took part had P12's
    cards among 4 people's. Every role is hidden now; P12's row reads as 5 others'."""
    ws = demo_workshop()
    people = _people(ws)
    assert {p["Person's role"] for p in people} == {HIDDEN}
    rows = Counter(tuple(p[c] for c in TAGS) for p in people)
    p12 = next(tuple(p[c] for c in TAGS) for p in people if p["Person"] == "P12")
    assert p12 == (HIDDEN,) * 3 and rows[p12] >= SMALL
    assert min(_rows_that_could_be(ws).values()) >= SMALL
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


def _workshop(voices: list[Voice | None], localities: list[str], age: str = "85+") -> Workshop:
    """One card each, all under one chosen priority (so the report has its lines)."""
    people = [Person(id=f"P{i:02}", voice=v, locality=place, age_band=age)
              for i, (v, place) in enumerate(zip(voices, localities, strict=True), start=1)]
    cards = [Card(id=f"c{p.id}", kind=Kind.WORKING, text="Fine.", person=p.id) for p in people]
    theme = Theme(id="t1", kind=Kind.WORKING, name="Fine", card_ids=[c.id for c in cards],
                  priority=Priority(chosen=True, rank=1))
    return Workshop(title="x", people=people, cards=cards, themes=[theme])


def _locality_line(ws: Workshop) -> str:
    content = ExportContent(ws, today=TODAY)
    return breakdown_lines(content, content.priority_themes[0])[0]


def test_a_lone_blank_is_not_the_one_row_left_by_elimination():
    """Review code-a1 #2: 7 people 85+ in North, 6 on home care and Mrs A's service blank. Her
    row was the one not "Home care": whoever knows she uses day services had her cards."""
    ws = _workshop([Voice.OLDER_PERSON] * 7, ["North"] * 7)
    for person in ws.people:
        person.service_type = "Home care" if person.id != "P07" else ""
    people = _people(ws)
    assert Counter((p["Age band"], p["Service type"], p["Locality"]) for p in people) == {
        ("85+", HIDDEN, "North"): 7}
    assert min(_rows_that_could_be(ws).values()) == 7
    _nothing_recoverable(ws)


def test_two_people_with_no_locality_are_hidden_with_the_named():
    """30 in North and 2 with no locality: the 2 blank rows were the 2 left to whoever knows
    someone lives in South (review code-a1 #2), so their blanks are hidden, and North with
    them (2 hidden beside North 30 are not North). Review code-d3 #2 wanted "North 30 people ·
    not recorded: 2 people"; no one's row may be one of 2."""
    ws = _workshop([Voice.OLDER_PERSON] * 32, ["North"] * 30 + [""] * 2)
    assert Counter(p["Locality"] for p in _people(ws)) == {HIDDEN: 32}
    assert Counter(p["Age band"] for p in _people(ws)) == {"85+": 32}
    assert _locality_line(ws) == f"By locality: 32 people, whose locality is {UNNAMED}"
    assert min(_rows_that_could_be(ws).values()) == 32
    _nothing_recoverable(ws)
    # North 16, South 14 and 2 blank: South is the smaller group hidden with the 2
    ws = _workshop([Voice.OLDER_PERSON] * 32, ["North"] * 16 + ["South"] * 14 + [""] * 2)
    assert Counter(p["Locality"] for p in _people(ws)) == {"North": 16, HIDDEN: 16}
    assert _locality_line(ws) == "By locality: North 16 people · other (not named): 16 people"
    assert min(_rows_that_could_be(ws).values()) == 16
    _nothing_recoverable(ws)


def test_a_blank_five_people_share_is_shown_as_not_recorded():
    ws = _workshop([Voice.OLDER_PERSON] * 36, ["North"] * 30 + [""] * 6)
    assert Counter(p["Locality"] for p in _people(ws)) == {"North": 30, "": 6}
    assert _locality_line(ws) == "By locality: North 30 people · not recorded: 6 people"
    _nothing_recoverable(ws)


def test_a_blank_two_people_have_is_hidden_with_the_smallest_group_beside_it():
    ages = ["85+"] * 6 + [""] * 2 + ["75-84"] * 5
    people = [Person(id=f"P{i:02}", voice=Voice.OLDER_PERSON, age_band=age)
              for i, age in enumerate(ages, start=1)]
    cards = [Card(id=f"c{p.id}", kind=Kind.WORKING, text="Fine.", person=p.id) for p in people]
    ws = Workshop(title="x", people=people, cards=cards)
    assert Counter(p["Age band"] for p in _people(ws)) == {"85+": 6, HIDDEN: 7}
    _nothing_recoverable(ws)


def test_a_few_people_with_no_role_are_hidden_as_a_role():
    """30 older people and 2 whose role was never set: the 2 blank roles were the 2 rows left
    to whoever knows a member of staff took part, so "not recorded" is hidden as a role of 2,
    and the older people's with it (Counts' "not recorded: 2" would name the hidden)."""
    voices = [Voice.OLDER_PERSON] * 30 + [None] * 2
    ws = _workshop(voices, ["North" if i % 2 else "South" for i in range(32)])
    people = _people(ws)
    assert Counter(p["Person's role"] for p in people) == {HIDDEN: 32}
    assert Counter(p["Locality"] for p in people) == {"North": 16, "South": 16}
    _nothing_recoverable(ws)
    # one is the same: whoever knows the member of staff took part found the one blank row
    ws = _workshop([Voice.OLDER_PERSON] * 30 + [None], ["North"] * 31)
    assert Counter(p["Person's role"] for p in _people(ws)) == {HIDDEN: 31}
    _nothing_recoverable(ws)


def test_one_person_with_no_role_among_hidden_localities_leaves_the_other_columns():
    """Review code-a1 #3: 8 North, 7 South, 1 East Moor, all 85+ on home care, P15 in South
    with no role: P15's blank role set their row apart, so every age band and service type was
    hidden and P15 still the one no-role row. The blank role is hidden now, as a role."""
    places = ["North"] * 8 + ["South"] * 7 + ["East Moor"]
    ws = _workshop([None if i == 15 else Voice.OLDER_PERSON for i in range(1, 17)], places)
    for person in ws.people:
        person.service_type = "Home care"
    people = _people(ws)
    assert Counter(p["Age band"] for p in people) == {"85+": 16}
    assert Counter(p["Service type"] for p in people) == {"Home care": 16}
    assert Counter(p["Person's role"] for p in people) == {HIDDEN: 16}
    assert Counter(p["Locality"] for p in people) == {"North": 8, HIDDEN: 8}
    assert min(_rows_that_could_be(ws).values()) == 8
    _nothing_recoverable(ws)


def test_a_blank_beside_a_hidden_locality_does_not_set_its_person_apart():
    """The one in East Moor has no age band where the 7 in South are 85+: shown, the blank
    would pick them out of the 8 hidden beside North's 8."""
    places = ["North"] * 8 + ["South"] * 7 + ["East Moor"]
    ws = _workshop([Voice.OLDER_PERSON] * 16, places)
    ws.people[-1].age_band = ""
    people = _people(ws)
    hidden = [(p["Age band"], p["Service type"]) for p in people if p["Locality"] == HIDDEN]
    assert len(hidden) == 8 and len(set(hidden)) == 1
    assert Counter(p["Locality"] for p in people) == {"North": 8, HIDDEN: 8}
    _nothing_recoverable(ws)


def test_nothing_hidden_is_recovered_by_subtraction_in_random_workshops():
    """Even odds of every value, and small workshops where one value is most people's and a
    few are blank or alone (the shape that hid whole columns); the report's line by locality
    says what the People sheet shows."""
    rng = random.Random(26)
    voices = [Voice.OLDER_PERSON, Voice.FAMILY_CARER, Voice.STAFF, None]
    ages, services = ["", "75-84", "85+"], ["", "home care", "day services", "Home care "]
    places = ["", "North", "South", "East Moor"]
    for n in range(300):
        weights = [1] * 4 if n % 2 else [1, 12, 6, 1]  # a value most people have, the rest few
        people = [
            Person(id=f"P{i:02}", voice=rng.choices(voices, [12, 2, 1, 1] if n % 2 == 0
                                                    else [1] * 4)[0],
                   age_band=rng.choices(ages, weights[:3])[0],
                   service_type=rng.choices(services, weights)[0],
                   locality=rng.choices(places, weights)[0])
            for i in range(rng.randint(1, 40))
        ]
        ws = _workshop([p.voice for p in people], [p.locality for p in people])
        for made, person in zip(ws.people, people, strict=True):
            made.age_band, made.service_type = person.age_band, person.service_type
        _nothing_recoverable(ws)
        shown = Counter(str(p["Locality"]) for p in _people(ws))
        if set(shown) == {""}:
            continue  # no locality recorded: the report has no line for it
        # everyone is on the priority, so its line counts as the People sheet shows
        line = _locality_line(ws)
        for place, many in shown.items():
            if place not in ("", HIDDEN):
                assert f"{place} {count_phrase(many, 'person', 'people')}" in line, (line, shown)
        unrecorded = f"not recorded: {count_phrase(shown[''], 'person', 'people')}"
        assert line.endswith(unrecorded) == bool(shown[""]), (line, shown)
