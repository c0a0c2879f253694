"""Code review 35 A31 of a693c364: a doctor's full name before a new line, a time, a quote, a
slash, "GP" or a second title held; "Care worker: Better thanks to the new rota" stays up;
Redact keeps the person's everyday words after a staff bracket; a heading whose words the
answer needs ("Not important:", "Please give back:") stays on each answer."""
from __future__ import annotations

import pytest

from tests.importing.test_guard_session35_wave3_checks import _redacted, _wall
from wtfc.importing.personal_details import find_personal_details
from wtfc.importing.split_answers import answers_in


@pytest.mark.parametrize(("card", "wall"), [
    ("Seen by Dr Will Patel\nHe was kind", "Seen by [name]\nHe was kind"),
    ("Dr Will Patel\n", "[name]\n"), ("Dr Will Patel 2pm", "[name] 2pm"),
    ('"Dr Will Patel"', '"[name]"'), ("Dr Will Patel GP", "[name] GP"),
    ("Dr Will Patel/Dr May Khan", "[name]/[name]"),
    ("Dr Will Patel And Nurse Ann", "[name] And [name]"),
    ("Dr Will Lloyd And Nurse Ann", "[name] And [name]"),
    ("Dr Will Patel 01234 567890", "[name] [phone]"),
])
def test_a_doctors_full_name_is_held_before_a_new_line_time_quote_or_second_title(card, wall):
    assert _wall(card) == wall


@pytest.mark.parametrize("card", [
    "Care worker: Better thanks to the new rota", "Care worker: Improved thanks to the new manager",
    "Care worker: Happier thanks to the new rota", "Care worker: Busy thanks to cuts",
    "Social worker: Gone thanks to cuts",
    # everyday cards near the changed lines stay up
    "The Dr Will Ring You", "Dr Will Call Back Tomorrow", "Nurse Will Come Monday",
    "My Dr Will Not Listen", "Dr Will See Me", "Dr May Be Late", "Nurse May Come",
    "Dr Will Bath Me", "Thanks to the carers I can stay home",
])
def test_an_everyday_card_stays_up(card):
    assert find_personal_details(card) == []


@pytest.mark.parametrize("words", ["Thank You", "Nothing Changes", "Worried", "Fed Up",
                                   "Waiting Since June", "Every Day", "Housebound", "Why"])
def test_redact_keeps_the_persons_everyday_words_after_a_staff_bracket(words):
    card = f"I'm lonely - Irina Okafor (Social Worker), {words}"
    assert _redacted(card) == f"I'm lonely - [name] (Social Worker), {words}"


@pytest.mark.parametrize("card", ["I'm lonely - Irina Okafor (Social Worker), Brighton",
                                  "I'm lonely - Irina Okafor (Social Worker), East Sussex",
                                  "I'm lonely - Irina Okafor (SW), Brighton And Hove"])
def test_redact_keeps_a_town_after_a_staff_bracket(card):
    # a town names no one, and any Title Case words taken for one lost the person's own ("…,
    # Son Rarely Visits"): it stays, the signer hidden (code review 36 A1 S2)
    assert _redacted(card) == _wall(card) and "Irina" not in _redacted(card)


@pytest.mark.parametrize(("cell", "answers"), [
    ("Not important:\n- the bus\n- the shop",
     ["Not important: the bus", "Not important: the shop"]),
    ("Not sure:\n- about my care\n- who to call",
     ["Not sure: about my care", "Not sure: who to call"]),
    ("Please give back:\n- my day centre\n- my bus",
     ["Please give back: my day centre", "Please give back: my bus"]),
    ("Please say sorry:\n- for the mix up\n- for the bills",
     ["Please say sorry: for the mix up", "Please say sorry: for the bills"]),
    ("Please list:\n- my son\n- my carer", ["my son", "my carer"]),
    ("Please provide details:\n- my son\n- my carer", ["my son", "my carer"]),
    ("Not applicable:\n- my son\n- my carer", ["my son", "my carer"]),
])
def test_a_heading_the_answer_needs_stays_on_each_answer(cell, answers):
    assert answers_in(cell) == answers
