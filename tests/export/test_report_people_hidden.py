"""The report's lines under a priority count a person under a named locality or service type
only where the data export shows that tag of theirs. The data export also hides a tag whose
role and tags together fewer than 5 people share; the report counted raw tags, so a report
saying "North 5 people" beside a data export with five Norths and one hidden cell told whose
the hidden one was (the only family carer in North, on home care)."""

from __future__ import annotations

import datetime as dt
import random

from wtfc.export.content import ExportContent
from wtfc.export.data import data_tables
from wtfc.export.report_people import _breakdowns, breakdown_lines
from wtfc.model.small_groups import HIDDEN, SMALL, shown_tags
from wtfc.model.workshop import Card, Kind, Person, Priority, Theme, Voice, Workshop

TODAY = dt.date(2026, 11, 29)


def _leak_case() -> Workshop:
    """North: five older people and P05, a family carer, all on home care (P06 is not on the
    priority); South: five older people in residential care, and five family carers not on
    the priority (so family carers are 5 or more, and their role is shown)."""

    def person(code: str, voice: Voice, place: str, service: str) -> Person:
        return Person(id=code, voice=voice, locality=place, service_type=service, age_band="85+")

    people = [person(f"P0{i}", Voice.OLDER_PERSON, "North", "home care") for i in (1, 2, 3, 4, 6)]
    people.append(person("P05", Voice.FAMILY_CARER, "North", "home care"))
    people += [person(f"S{i}", Voice.OLDER_PERSON, "South", "residential care") for i in range(5)]
    people += [person(f"C{i}", Voice.FAMILY_CARER, "South", "residential care") for i in range(5)]
    cards = [
        Card(id=f"c{p.id}", kind=Kind.FUTURE, text="Help that fits.", person=p.id) for p in people
    ]
    on_priority = [c.id for c in cards if c.person != "P06" and not c.person.startswith("C")]
    theme = Theme(
        id="t1",
        kind=Kind.FUTURE,
        name="I want help that fits my life",
        card_ids=on_priority,
        priority=Priority(chosen=True, rank=1, votes=5),
    )
    return Workshop(title="Leak", people=people, cards=cards, themes=[theme])


def test_the_report_does_not_name_whom_the_data_export_hides():
    ws = _leak_case()
    _, people = data_tables(ws, today=TODAY)["people"]
    rows = {row[0]: row for row in people}
    assert rows["P05"][2:5] == [HIDDEN] * 3  # the one North family carer's tags are hidden
    # and, one hidden alone being findable by subtraction, North and home care with them
    assert {row[4] for row in people} == {"South", HIDDEN}
    content = ExportContent(ws, today=TODAY)
    # before: "North 5 people · South 5 people" and "home care 5 people · residential care
    # 5 people", so P05 was the North family carer on home care
    assert breakdown_lines(content, content.theme("t1")) == [
        "By locality: South 5 people · other (not named): 5 people",
        "By service type: residential care 5 people · other (not named): 5 people",
    ]


def _random_workshop(rng: random.Random) -> Workshop:
    places = ["North", "South", "east", "East "][: rng.randint(1, 4)]
    services = ["home care", "day services", "residential care"][: rng.randint(1, 3)]
    voices = [Voice.OLDER_PERSON, Voice.FAMILY_CARER, Voice.STAFF][: rng.randint(1, 3)]
    people = [
        Person(
            id=f"P{i}",
            voice=rng.choice(voices),
            locality=rng.choice([*places, ""]),
            service_type=rng.choice(services),
            age_band=rng.choice(["75-84", "85+"]),
        )
        for i in range(rng.randint(3, 24))
    ]
    cards = [Card(id=f"c{p.id}", kind=Kind.NOT_WORKING, text="x", person=p.id) for p in people]
    themes = [
        Theme(
            id=f"t{n}",
            kind=Kind.NOT_WORKING,
            name=f"Theme {n}",
            card_ids=[c.id for c in cards if rng.random() < 0.7],
            priority=Priority(chosen=True, rank=n),
        )
        for n in (1, 2)
    ]
    return Workshop(title="Random", people=people, cards=cards, themes=themes)


def test_every_count_the_report_names_is_one_the_data_export_shows():
    """Over random small workshops: a group the report names holds exactly the priority's
    people the data export shows in it (so the report's counts, with the people count, are
    worked out from the data export's cells alone, never from a hidden one); and where
    anyone whose tag is hidden is counted in "other", the number of its groups is not said."""
    rng = random.Random(19)
    for _ in range(300):
        ws = _random_workshop(rng)
        content = ExportContent(ws, today=TODAY)
        shown = shown_tags(ws, content.cards)
        for theme in content.priority_themes:
            codes = {c.person for c in theme.cards}
            for found, one, _ in _breakdowns(content, theme):
                index = 2 if one == "locality" else 1
                cells = [" ".join(shown[code][index].split()).casefold() for code in codes]
                for name, n in found.named:
                    assert n == cells.count(name.casefold()) >= SMALL
                    assert name != HIDDEN
                hidden_in_other = HIDDEN.casefold() in cells
                words = found.words(one, "many")
                if hidden_in_other:
                    assert f" in 1 {one}" not in words and " many" not in words, words
