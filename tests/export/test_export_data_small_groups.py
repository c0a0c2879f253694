"""The data export never shows a group of fewer than 5 people, as the report never names one:
a tag value fewer than 5 of the listed people have is shown as "(not shown, so no one can be
recognised)", and so is the rarest tag of a person whose role and tags together fewer than 5 share.
The demo's export put every person's age band, service type and locality beside their words (14
of its 16 people with tags no one else had), and named Riverside (4 people) on every P01 card
while the report would not."""

from __future__ import annotations

import csv
import io
from collections import Counter

from export_checks import demo_workshop
from export_workshop import north_and_south

from wtfc.export.data import data_tables, export_data
from wtfc.model.small_groups import HIDDEN
from wtfc.model.workshop import Card, Kind, Person, PersonalDetail, Voice, Workshop

TAG_COLUMNS = ("Age band", "Service type", "Locality")


def _people_tags(header: list[str], rows: list[list[str]]) -> dict[str, tuple[str, ...]]:
    """person code → (role, age band, service type, locality) as a sheet shows them."""
    at = [header.index(name) for name in ("Person's role", *TAG_COLUMNS)]
    return {row[header.index("Person")]: tuple(row[i] for i in at) for row in rows}


def _small_groups(people: dict[str, tuple[str, ...]]) -> list[str]:
    """Each role, each tag value, and each role-with-tags, shown for fewer than 5 people."""
    roles = Counter(tags[0] for tags in people.values() if tags[0] not in ("", HIDDEN))
    found = [f"Person's role {role!r}: {n}" for role, n in roles.items() if n < 5]
    for i, name in enumerate(TAG_COLUMNS, start=1):
        held = Counter(tags[i] for tags in people.values() if tags[i] not in ("", HIDDEN))
        found += [f"{name} {value!r}: {n}" for value, n in held.items() if n < 5]
    together = Counter(people.values())
    found += [
        f"{tags}: {together[tags]}"
        for tags in together
        if together[tags] < 5 and any(v not in ("", HIDDEN) for v in tags[1:])
    ]
    return found


def _csv(path) -> tuple[list[str], list[list[str]]]:
    header, *rows = csv.reader(io.StringIO(path.read_text("utf-8-sig")))
    return header, rows


def test_the_demos_export_shows_no_group_of_fewer_than_five(tmp_path):
    written = export_data(demo_workshop(), tmp_path / "demo.csv")
    people_csv = _csv(tmp_path / "demo-people.csv")
    cards_csv = _csv(tmp_path / "demo-cards.csv")
    for header, rows in (people_csv, cards_csv):
        people = _people_tags(header, rows)
        assert len(people) == 16
        assert _small_groups(people) == []
    # the report does not name Riverside (4 people) under a priority; nor do the cards or
    # the people now (an action of the demo's is on trial there: facilitators' words)
    for path in written:
        if path.name in ("demo-cards.csv", "demo-people.csv"):
            assert "Riverside" not in path.read_text("utf-8-sig"), path.name
    # the demo has one tag of 5 or more people (the older people of 85+), and it is shown
    people = _people_tags(*people_csv)
    assert sorted(code for code, tags in people.items() if "85+" in tags) == [
        "P02",
        "P03",
        "P06",
        "P10",
        "P14",
    ]
    # P12's blank too; every role is hidden (the 4 not older people were 4 rows apart), so
    # the 5 of 75-84 read alike
    assert {tags[1] for tags in people.values()} == {HIDDEN, "85+", "75-84"}
    assert {tags[3] for tags in people.values()} == {HIDDEN}


def _north_and_south() -> Workshop:
    """The reviewer's workshop: North 6 on home care, South 5 on a day centre."""
    people, cards = north_and_south()
    return Workshop(title="x", people=people, cards=cards)


def test_groups_of_five_or_more_keep_their_tags():
    tables = data_tables(_north_and_south())
    _, people = tables["people"]
    assert [row[2:5] for row in people] == [["85+", "home care", "North"]] * 6 + [
        ["85+", "day centre", "South"]
    ] * 5
    _, cards = tables["cards"]
    assert cards[0][-4:-1] == ["85+", "home care", "North"]  # then the theme ids


def test_a_value_of_fewer_than_five_people_is_not_shown_anywhere():
    ws = _north_and_south()
    ws.people[10].locality = "East Moor"  # South is 4 now, East Moor 1
    header, people = data_tables(ws)["people"]
    assert [row[4] for row in people] == ["North"] * 6 + [HIDDEN] * 5
    assert _small_groups(_people_tags(header, people)) == []
    _, cards = data_tables(ws)["cards"]
    assert [row[-2] for row in cards] == ["North"] * 6 + [HIDDEN] * 5


def test_tags_that_together_are_one_persons_are_not_all_shown():
    """Ten people: 5 North and 5 South, 5 home care and 5 day centre, 5 aged 85+ and 5 75-84,
    each value held by 5, but crossed so that most people's three are theirs alone."""
    ws = _north_and_south()
    ws.people = [
        Person(
            id=f"P{i}",
            voice=Voice.OLDER_PERSON,
            locality="North" if i < 5 else "South",
            service_type="home care" if i % 2 else "day centre",
            age_band="85+" if i in (0, 3, 5, 7, 9) else "75-84",
        )
        for i in range(10)
    ]
    ws.cards = [
        Card(id=f"c{i}", kind=Kind.WORKING, text="Fine.", person=f"P{i}") for i in range(10)
    ]
    header, people = data_tables(ws)["people"]
    shown = _people_tags(header, people)
    assert len(set(shown.values())) < 10  # before: everyone's three were shown
    assert _small_groups(shown) == []
    # no one's tags are hidden more than they need to be: a tag shown is shared by 5 or more
    assert any(v not in ("", HIDDEN) for tags in shown.values() for v in tags[1:])


def test_a_person_whose_cards_are_all_held_back_is_not_in_the_people_csv(tmp_path):
    ws = _north_and_south()
    ws.cards[0].text = "Ring Doris"
    ws.cards[0].personal_details = [PersonalDetail(start=5, end=10, category="name", text="Doris")]
    export_data(ws, tmp_path / "out.csv")
    _, rows = _csv(tmp_path / "out-people.csv")
    assert [row[0] for row in rows] == [f"P{i}" for i in range(2, 12)]
    # North is 5 without P1, still shown
    assert [row[4] for row in rows] == ["North"] * 5 + ["South"] * 5


def test_a_tag_hidden_for_its_role_and_tags_does_not_say_its_group_is_under_five():
    """The reviewer's case: every Age band read "(not shown: a group of fewer than 5)" though
    85+ had 6 people and 75-84 had 6 more; they were hidden for the role-plus-tags rule (3
    older people and 3 family carers in each). The words now say why (so no one can be
    recognised), true for both reasons, and never a size."""
    people = [
        Person(id=f"P{i}", voice=voice, age_band=band, service_type="home care", locality="North")
        for i, (band, voice) in enumerate(
            (band, voice)
            for band in ("85+", "75-84")
            for voice in [Voice.OLDER_PERSON] * 3 + [Voice.FAMILY_CARER] * 3
        )
    ]
    cards = [Card(id=f"c{p.id}", kind=Kind.WORKING, text="Fine.", person=p.id) for p in people]
    _, rows = data_tables(Workshop(title="x", people=people, cards=cards))["people"]
    assert [row[2] for row in rows] == [HIDDEN] * 12  # 6 in each age band, each hidden
    assert HIDDEN == "(not shown, so no one can be recognised)"
