"""A list under a heading line ("What is working?⏎- My carers⏎- The lunch club") gave a card
"What is working?", one of the person's top two places taken by no one's words, while a short
heading ("My concerns:⏎- carers late⏎- food cold") kept the whole list one card, dashes and all
(code review A16 R1). A heading over a marked list is now taken off and the list parted."""

from __future__ import annotations

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.split_answers import answers_in
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop


@pytest.mark.parametrize(("cell", "answers"), [
    ("What is working:\n- My carers\n- The lunch club", ["My carers", "The lunch club"]),
    ("What is working?\n- My carers\n- The lunch club", ["My carers", "The lunch club"]),
    ("My concerns:\n- carers late\n- food cold", ["carers late", "food cold"]),
    # a kind's own words, no mark at the end
    ("Things that are not working well\n- carers late\n- food cold",
     ["carers late", "food cold"]),
    ("Problems\n- The carers are late\n- The food is cold",
     ["The carers are late", "The food is cold"]),
])
def test_a_heading_over_a_list_is_taken_off_and_the_list_parted(cell, answers):
    assert answers_in(cell) == answers


def test_an_answer_over_a_list_is_still_a_card():
    assert answers_in("My carers are kind.\n- The lunch club is good") == [
        "My carers are kind.", "The lunch club is good"]


def test_a_list_too_short_to_part_keeps_its_heading_on_the_one_card():
    # "shopping" alone is no card: the cell stays whole, its words all kept
    assert answers_in("I need help with:\n- shopping\n- cleaning") == []
    table = SourceTable(rows=[("Person", "Kind", "Statement"),
                              ("P01", "Not working", "I need help with:\n- shopping\n- cleaning")],
                        source_name="h.csv")
    cards = build_import(table, guess_mapping(table), workshop=Workshop()).cards
    assert [c.text for c in cards] == ["I need help with: - shopping - cleaning"]


def test_imported_each_list_is_a_card_an_item_and_no_heading_is_a_card():
    table = SourceTable(rows=[
        ("Person", "Kind", "Statement"),
        ("P01", "Working", "What is working?\n- My carers\n- The lunch club"),
        ("P02", "Not working", "Problems\n- The carers are late\n- The food is cold"),
        ("P03", "Not working", "My concerns:\n- carers late\n- food cold")], source_name="h.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert [(c.kind.value, c.text) for c in plan.cards] == [
        ("working", "My carers"), ("working", "The lunch club"),
        ("not_working", "The carers are late"), ("not_working", "The food is cold"),
        ("not_working", "carers late"), ("not_working", "food cold")]
    assert not plan.report.skipped


@pytest.mark.parametrize(("cell", "first"), [
    # the person's own first line over a list was taken off as a heading (code review A17 R2)
    ("Why does nobody listen to me?\n- the carers come late every day\n- the food is always cold",
     "Why does nobody listen to me?"),
    ("I want to stay at home but I need help with:\n- getting washed in the morning\n"
     "- my shopping every week", "I want to stay at home but I need help with:"),
    ("My daughter lives in Spain and I miss her:\n- I am lonely most days\n- nobody visits me now",
     "My daughter lives in Spain and I miss her:"),
    ("Who will help me when my wife dies?\n- I cannot cook for myself\n"
     "- I cannot manage the stairs", "Who will help me when my wife dies?"),
])
def test_the_persons_own_line_over_a_list_stays_a_card(cell, first):
    answers = answers_in(cell)
    assert answers[0] == first
    assert len(answers) == 3


@pytest.mark.parametrize("first", [
    # a short line of the person's own over a list was taken off as a heading: ≤4 words, so
    # A17 R2's rule missed them (code review A19 R2)
    "Why am I alone?", "Why is nobody coming?", "I feel so alone:", "Help me please:",
    "Nobody visits me?", "Where is everyone?",
])
def test_a_short_line_of_the_persons_over_a_list_stays_a_card(first):
    assert answers_in(first + "\n- no visits\n- no calls") == [first, "no visits", "no calls"]


@pytest.mark.parametrize(("cell", "answers"), [
    ("What I need:\n- carers on time\n- hot food", ["carers on time", "hot food"]),
    ("Things I like:\n- my garden\n- the lunch club", ["my garden", "the lunch club"]),
    ("What matters to me?\n- my garden\n- the lunch club", ["my garden", "the lunch club"]),
    ("Worries:\n- money worries\n- falls at night", ["money worries", "falls at night"]),
])
def test_a_heading_with_i_or_me_in_it_is_still_taken_off(cell, answers):
    assert answers_in(cell) == answers


@pytest.mark.parametrize(("cell", "answers"), [
    # a heading too short to be a card, in the person's own words, joined the whole list into
    # one card the room cannot theme apart (code review A23 S1); taken off, the person's words
    # were lost, so each answer now keeps them (code review A26 R1: these six rows gave
    # ["a bus to the day centre", …] before)
    ("I need:\n- a bus to the day centre\n- someone to talk to at night",
     ["I need: a bus to the day centre", "I need: someone to talk to at night"]),
    ("I want:\n- to stay in my own home\n- to see my grandchildren more",
     ["I want: to stay in my own home", "I want: to see my grandchildren more"]),
    ("I miss:\n- going to church on Sundays\n- my husband who died last year",
     ["I miss: going to church on Sundays", "I miss: my husband who died last year"]),
    ("Why?\n- nobody visits me any more\n- the phone never rings",
     ["nobody visits me any more", "the phone never rings"]),
    ("I'd like:\n- a bus to the day centre\n- someone to talk to at night",
     ["I'd like: a bus to the day centre", "I'd like: someone to talk to at night"]),
    ("i need:\n- a bus to the day centre\n- someone to talk to at night",
     ["i need: a bus to the day centre", "i need: someone to talk to at night"]),
    ("Help me:\n- nobody visits me any more\n- the phone never rings",
     ["Help me: nobody visits me any more", "Help me: the phone never rings"]),
    ("Who cares?\n- nobody visits me any more\n- the phone never rings",
     ["nobody visits me any more", "the phone never rings"]),
])
def test_a_short_heading_in_the_persons_words_still_parts_the_list(cell, answers):
    assert answers_in(cell) == answers


@pytest.mark.parametrize(("cell", "answers"), [
    # the person's main message under a list was taken off: "I'm lonely" never reached the
    # wall, and "since March", "not my son" meant nothing to the room (code review A26 R1)
    ("I'm lonely:\n- nobody visits\n- the bus stopped",
     ["I'm lonely: nobody visits", "I'm lonely: the bus stopped"]),
    ("I'm scared:\n- of falling at night\n- of going into a home",
     ["I'm scared: of falling at night", "I'm scared: of going into a home"]),
    ("Nobody visits:\n- not my son\n- not my daughter",
     ["Nobody visits: not my son", "Nobody visits: not my daughter"]),
    ("No help:\n- since the council cut it\n- since March",
     ["No help: since the council cut it", "No help: since March"]),
    ("I'M LONELY:\n- nobody visits\n- the bus stopped",
     ["I'M LONELY: nobody visits", "I'M LONELY: the bus stopped"]),
    ("I'm lonely:\n1. nobody visits\n2. the bus stopped",
     ["I'm lonely: nobody visits", "I'm lonely: the bus stopped"]),
    ("Why me?\n- I worked all my life\n- now nobody helps",
     ["Why me? I worked all my life", "Why me? now nobody helps"]),
    ("So lonely:\n- nobody visits\n- the bus stopped",
     ["So lonely: nobody visits", "So lonely: the bus stopped"]),
    ("Feel forgotten:\n- nobody rings me\n- the council never answers",
     ["Feel forgotten: nobody rings me", "Feel forgotten: the council never answers"]),
    ("Please help:\n- nobody comes\n- I cannot cook",
     ["Please help: nobody comes", "Please help: I cannot cook"]),
    # the form's own headings, and one-word labels, are still taken off
    ("What matters to me?\n- my garden\n- the lunch club", ["my garden", "the lunch club"]),
    ("My concerns:\n- carers late\n- food cold", ["carers late", "food cold"]),
    ("What is working?\n- My carers\n- The lunch club", ["My carers", "The lunch club"]),
    ("About me:\n- I like my garden\n- I miss my wife", ["I like my garden", "I miss my wife"]),
    ("Not working:\n- the bus is always late\n- my carer never comes",
     ["the bus is always late", "my carer never comes"]),
    ("Me:\n- I like my garden\n- I miss my wife", ["I like my garden", "I miss my wife"]),
    ("Lonely:\n- nobody visits me now\n- the day centre shut",
     ["nobody visits me now", "the day centre shut"]),
    ("Main worries:\n- money every month\n- falls at night",
     ["money every month", "falls at night"]),
    ("Other comments:\n- the bus is late\n- the food is cold",
     ["the bus is late", "the food is cold"]),
])
def test_a_short_heading_in_the_persons_words_stays_on_each_answer(cell, answers):
    assert answers_in(cell) == answers


def test_imported_the_persons_heading_is_on_each_card():
    cell = "I'm lonely:\n- nobody visits\n- the bus stopped"
    table = SourceTable(rows=[("Person", "Kind", "Statement"), ("P01", "Not working", cell)],
                        source_name="h.csv")
    cards = build_import(table, guess_mapping(table), workshop=Workshop()).cards
    assert [c.text for c in cards] == ["I'm lonely: nobody visits", "I'm lonely: the bus stopped"]
