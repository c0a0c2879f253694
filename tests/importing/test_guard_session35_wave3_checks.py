"""The guard after code review 35 A30 (F18's third wave): a doctor's or nurse's full name held
("Seen by Dr Will Patel"), a signer before "thanks to …" held, Redact keeping the person's own
words after a staff bracket ("…(Social Worker), Help Me"), a form's "Please list:" never pasted
onto each answer. Every row failed at 1b93246a."""
from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.importing.split_answers import answers_in
from wtfc.model.document import Document
from wtfc.model.operations.cards import redact_card
from wtfc.model.workshop import Card, Kind, PersonalDetail, Workshop


def _wall(card: str) -> str:
    return redact(card, find_personal_details(card))


def _redacted(text: str) -> str:
    found = find_personal_details(text)
    card = Card(kind=Kind.NOT_WORKING, text=text, personal_details=[
        PersonalDetail(start=x.start, end=x.end, category=x.category, text=x.text) for x in found])
    doc = Document(Workshop(cards=[card]))
    redact_card(doc, card_id=card.id).do(doc)
    return doc.card(card.id).text


@pytest.mark.parametrize(("card", "wall"), [  # S1: 273eb27f/629d88d0 "no English word" test
    ("Seen by Dr Will Patel", "Seen by [name]"), ("Dr Will Khan", "[name]"),
    ("Dr Will Nguyen", "[name]"), ("Dr Will Lloyd", "[name]"), ("Dr Will Holmes", "[name]"),
    ("Dr Will Moore", "[name]"), ("Dr Will Fletcher", "[name]"), ("Dr Will Smith", "[name]"),
    ("Seen by Dr Will Bell", "Seen by [name]"), ("Seen by Nurse Will Cook", "Seen by [name]"),
    ("Nurse May Rush", "[name]"),
])
def test_a_doctors_surname_after_will_is_held(card, wall):
    assert _wall(card) == wall


@pytest.mark.parametrize(("card", "wall"), [  # S2: ec6c1bb2 "thanks to …"
    ("Signed: Irina thanks to the team", "Signed: [name] thanks to the team"),
    ("I'm lonely. Signed: Irina thanks to my family",
     "I'm lonely. Signed: [name] thanks to my family"),
])
def test_a_signer_thanking_the_team_is_held(card, wall):
    assert _wall(card) == wall


@pytest.mark.parametrize("card", [  # R1: e1f47589, Redact took the person's words
    "I'm lonely - Irina Okafor (Social Worker), Help Me",
    "I'm lonely - Irina Okafor (Social Worker), Please Help",
    "I'm lonely - Irina Okafor (Social Worker), Nobody Visits",
])
def test_redact_keeps_the_persons_words_after_the_staff_bracket(card):
    assert _redacted(card).endswith(card.rsplit(", ", 1)[1])


@pytest.mark.parametrize("cell", [  # R2: 7bdc5019/ad1d2f91 form headings pasted on each item
    "Please list:\n- my son\n- my carer", "Please state:\n- my son\n- my carer",
    "Please specify:\n- my son\n- my carer", "No comment:\n- my son\n- my carer",
])
def test_a_forms_request_or_box_label_is_not_kept_on_each_answer(cell):
    assert answers_in(cell) == ["my son", "my carer"]


@pytest.mark.parametrize(("card", "wall"), [  # S1/S2 follow-ups
    ("Dr Will Patel (GP)", "[name] (GP)"), ("My GP is Dr Will Patel.", "My GP is [name]."),
    ("Nurse May Patel", "[name]"), ("Seen by Dr Will Patel today", "Seen by [name] today"),
    ("Care worker: Irina thanks to the team", "Care worker: [name] thanks to the team"),
])
def test_more_names_held(card, wall):
    assert _wall(card) == wall
