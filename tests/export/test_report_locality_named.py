"""The small-group rule hides a named locality last: the report's "By locality" line is the one
commissioners read, and as the column with the smallest groups it went first for nearly everyone
whose role and tags were rare ("South 6 people · other (not named): 58 people" where 19 were
from South). Now, at 100 people in 4 localities, each is named with a count near the true one,
while every People row still reads as 5 or more do (test_small_groups_intruder)."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

from wtfc.export.content import ExportContent
from wtfc.export.data import data_tables
from wtfc.export.report_people import breakdown_lines
from wtfc.model.small_groups import HIDDEN, SMALL
from wtfc.model.workshop import Card, Kind, Person, Priority, Theme, Voice, Workshop

TODAY = dt.date(2026, 11, 30)
PLACES = {"North": 35, "South": 30, "East": 20, "West": 15}


def _hundred() -> Workshop:
    rng = random.Random(5)

    def pick(weights: dict) -> object:
        return rng.choices(list(weights), weights=list(weights.values()))[0]

    roles = {Voice.OLDER_PERSON: 70, Voice.FAMILY_CARER: 20, Voice.STAFF: 10}
    ages = {"65-74": 30, "75-84": 40, "85+": 25, "": 5}
    services = {"Home care": 45, "Day services": 35, "Residential": 15, "": 5}
    people = [Person(id=f"P{i:03}", voice=pick(roles), age_band=pick(ages),
                     service_type=pick(services), locality=pick(PLACES)) for i in range(1, 101)]
    cards = [Card(id=f"c{p.id}", kind=Kind.NOT_WORKING, text="Late again.", person=p.id)
             for p in people]
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I do not know when they will come",
                  card_ids=[c.id for c in cards if rng.random() < 0.6],
                  priority=Priority(chosen=True, rank=1))
    return Workshop(title="Hundred", people=people, cards=cards, themes=[theme])


def test_every_locality_of_a_hundred_is_named_under_the_priority():
    ws = _hundred()
    content = ExportContent(ws, today=TODAY)
    line = next(x for x in breakdown_lines(content, content.priority_themes[0])
                if x.startswith("By locality"))
    on_theme = Counter(p.locality for p in ws.people
                       if f"c{p.id}" in content.priority_themes[0].theme.card_ids)
    for place in PLACES:
        named = int(line.split(f"{place} ")[1].split(" ")[0])
        assert SMALL <= named <= on_theme[place] and named >= on_theme[place] * 0.6, line
    header, rows = data_tables(ws, today=TODAY)["people"]
    hidden = sum(r[header.index("Locality")] == HIDDEN for r in rows)
    assert hidden <= 25  # it was 85 of 100 when the rarest cell went first
