"""How many people: one rule in every export. A card with no person code is not counted as
anyone ("no person recorded"); the action poster said "0 people took part" above "1 card from
1 person", and the report "No people are recorded" above "· from 1 person". The people counted
are those whose reviews the cards come from, never "took part": not all were in the room."""

from __future__ import annotations

from export_checks import all_text, reader, squash

from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.content import ExportContent, cards_and_people
from wtfc.export.report import report_pdf
from wtfc.model.workshop import Card, Kind, Person, Priority, Theme, Workshop

NW = Kind.NOT_WORKING


def _card(n: int, person: str = "") -> Card:
    return Card(id=f"c{n}", kind=NW, text=f"Card number {n}", person=person)


def test_a_card_with_no_person_code_is_never_counted_as_a_person():
    assert cards_and_people([_card(1)]) == "1 card, no person recorded"
    assert cards_and_people([_card(1), _card(2)]) == "2 cards, no person recorded"
    assert cards_and_people([_card(1, "P1"), _card(2, "P1"), _card(3, "P2")]) == \
        "3 cards from 2 people"
    assert cards_and_people([_card(1, "P1"), _card(2), _card(3)]) == \
        "3 cards from 1 person, 2 with no person recorded"
    assert cards_and_people([]) == "0 cards"


def _no_person_workshop() -> Workshop:
    return Workshop(title="No person", cards=[_card(1)], themes=[
        Theme(id="t1", kind=NW, name="I never know who is coming", card_ids=["c1"],
              priority=Priority(chosen=True, rank=1))])


def test_the_action_poster_and_the_report_agree_when_no_person_is_recorded():
    ws = _no_person_workshop()
    assert ExportContent(ws).themes[0].people == 0
    poster = all_text(reader(action_poster_pdf(ws)))
    report = all_text(reader(report_pdf(ws)))
    assert squash("no people are recorded") in poster
    assert squash("No people are recorded in this workshop.") in report
    for text in (poster, report):
        assert squash("1 card, no person recorded") in text
        assert squash("1 person") not in text and squash("0 people") not in text


def test_with_some_people_recorded_the_counts_agree_too():
    ws = Workshop(title="Some", people=[Person(id="P1"), Person(id="P2")],
                  cards=[_card(1, "P1"), _card(2, "P2"), _card(3)],
                  themes=[Theme(id="t1", kind=NW, name="I never know who is coming",
                                card_ids=["c1", "c2", "c3"],
                                priority=Priority(chosen=True, rank=1))])
    poster = all_text(reader(action_poster_pdf(ws)))
    report = all_text(reader(report_pdf(ws)))
    assert squash("from what 2 people said in their reviews") in poster
    assert "tookpart" not in poster
    assert squash("2 people whose reviews the cards come from") in report
    for text in (poster, report):
        assert squash("3 cards from 2 people, 1 with no person recorded") in text


def test_the_data_export_counts_people_by_the_same_rule_and_says_how_many_cards_have_none():
    from wtfc.export.data import data_tables
    from wtfc.export.data_counts import by_group

    ws = Workshop(title="Some", people=[Person(id="P1")],
                  cards=[_card(1, "P1"), _card(2, "P1"), _card(3), _card(4)],
                  themes=[Theme(id="t1", kind=NW, name="I wait in", card_ids=["c1", "c3"]),
                          Theme(id="t2", kind=NW, name="Nobody phones", card_ids=["c4"])])
    tables = data_tables(ws)
    header, rows = tables["themes"]
    people, unrecorded = header.index("People"), header.index("Cards with no person recorded")
    assert unrecorded == 13  # earlier columns keep their places (the comments come after)
    assert [(row[people], row[unrecorded]) for row in rows] == [(1, 1), (0, 1)]
    counts = by_group(tables["counts"][1])
    assert counts["Cards", "No person recorded"] == 2


def test_the_theme_poster_says_no_person_recorded_by_its_big_numbers():
    """It said a big "0 people" beside "1 card"."""
    from wtfc.export.theme_poster import theme_posters_pdf

    text = all_text(reader(theme_posters_pdf(_no_person_workshop())))
    assert squash("no person recorded") in text
    assert "people" not in text  # the big "0 people" is gone
    some = Workshop(title="Some", people=[Person(id="P1"), Person(id="P2")],
                    cards=[_card(1, "P1"), _card(2, "P2"), _card(3), _card(4)],
                    themes=[Theme(id="t1", kind=NW, name="I wait in all morning",
                                  card_ids=["c1", "c2", "c3", "c4"],
                                  priority=Priority(chosen=True, rank=1))])
    text = all_text(reader(theme_posters_pdf(some)))
    assert squash("2 people 4 cards 2 of them with no person recorded") in text  # people first
