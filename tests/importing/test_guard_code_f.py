"""Abbreviations, times, Welsh "the" and care roles around a name (review 25 code-f F1-F4).

A name found after two capitals ("TV Smith said the telly was too loud") held back every card
with "TV", "PM", "UK", "DN" or "HR" as a word: only the surname spreads now. Everyday phrases
after those letters ("DP Direct Payments", "9 AM Weekdays", "UK Wide", "TV Volume"), Welsh "Y"
(the) before a town, the council or the health board ("Y Wyddgrug", "Y Cyngor", "Y Bwrdd
Iechyd") are no names; a name after a care role ("my CPN Smith", "my keyworker Okoro") is.
"""

from __future__ import annotations

import pytest

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.personal_details import find_personal_details
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document


def _held(statements: list[str]) -> dict[str, bool]:
    rows = [(f"P{n:02d}", "Not working", t) for n, t in enumerate(statements, 1)]
    table = SourceTable(rows=[("Person", "Kind", "Statement"), *rows], source_name="review.csv")
    doc = Document()
    import_edit(doc, build_import(table, guess_mapping(table), workshop=doc.workshop)).do(doc)
    return {c.text: c.held_back for c in doc.workshop.cards}


def _names(text: str) -> list[str]:
    return [d.text for d in find_personal_details(text) if d.category == "name"]


@pytest.mark.parametrize(("name_card", "other"), [
    ("TV Smith said the telly was too loud.", "The TV in the lounge is always on."),
    ("PM Okafor came late and left early.", "My 5 PM call is always rushed."),
    ("UK Jones said I could not have a bath.", "Care in the UK is underfunded."),
    ("DN Brown came to change my dressing.", "The DN comes twice a week."),
    ("HR Singh told me off.", "HR never answered."),
])
def test_letters_of_a_name_do_not_hold_back_other_cards(name_card: str, other: str) -> None:
    held = _held([name_card, other])
    assert held[name_card] and not held[other]


def test_the_surname_after_the_letters_still_holds_back_other_cards() -> None:
    held = _held(["TV Smith said the telly was too loud.", "Smith never rings back.",
                  "The TV is too loud."])
    assert held == {"TV Smith said the telly was too loud.": True,
                    "Smith never rings back.": True, "The TV is too loud.": False}


@pytest.mark.parametrize("text", [
    "DP Direct Payments are late.", "AA Attendance Allowance was refused.",
    "Calls at 9 AM Weekdays and 10 AM Weekends.", "Bedtime at 7 PM Daily is too early.",
    "Tea time visit at 5 PM Sharp is too early.", "Calls at 10:30 AM Weekdays.",
    "UK Wide shortage of carers.", "UK Citizens deserve better care.",
    "TV Volume too loud in the lounge.", "HR Policies stop carers staying longer.",
    "DN Referral took weeks.", "ID Photos on the badges.", "IT Literacy classes would help.",
])
def test_abbreviation_phrases_are_no_names(text: str) -> None:
    assert find_personal_details(text) == []


@pytest.mark.parametrize(("text", "name"), [
    # a person verb after them: a name, at a time too ("Sharp" is a surname)
    ("At 5 PM Okafor came and left.", "PM Okafor"),
    ("DP Smith said no.", "DP Smith"),
    ("UK Jones said I could not have a bath.", "UK Jones"),
    ("PM Sharp helps me wash.", "PM Sharp"),
])
def test_the_same_letters_before_a_surname_are_still_a_name(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize("text", [
    "The day centre in Y Wyddgrug closed.", "Y Cyngor sydd ddim yn gwrando.",
    "Mae Y Bwrdd Iechyd yn araf.", "Rwy'n byw yn Y Porth.", "Y Pîl is too far.",
    "Y Gymdeithas Alzheimer's a helpodd fi.", "Y Ganolfan is closed on Mondays.",
])
def test_welsh_y_phrases_are_no_names(text: str) -> None:
    assert find_personal_details(text) == []


@pytest.mark.parametrize("text", ["Y Begum helps me wash.", "Y Meddyg Jones is kind."])
def test_welsh_y_before_a_person_or_a_role_is_still_held_back(text: str) -> None:
    assert _names(text)


@pytest.mark.parametrize(("text", "name"), [
    ("My CPN Smith rang me.", "Smith"), ("My keyworker Okoro is kind.", "Okoro"),
    ("My HCA Smith is kind.", "Smith"), ("My RMN Okoro never visits.", "Okoro"),
    ("My RGN Adeyemi is kind.", "Adeyemi"), ("My SALT Okoro is kind.", "Okoro"),
    ("Felt listened to, CPN Trisha gave me time.", "Trisha"),
])
def test_a_name_after_a_care_role_is_found_and_the_role_stays(text: str, name: str) -> None:
    assert _names(text) == [name]
