"""Given names added in d84f86fc that are everyday words of the people a review serves were
held wherever they stood (code review A15 S2): "Pooja at the mandir keeps me going" printed
"[name] at the mandir…", "I DO SIMRAN EVERY MORNING" "I DO [name]…", "My sister lives in Kerry"
"…in [name]". Pooja, Simran, Geeta, Lakshmi (worship) are off the list of given names again, as
before d84f86fc: a name where a name stands ("My carer Simran…", "Pooja from the agency…", a
pasted "Pooja Shah"). Kerry, Zara, Russell, Oliver… stay: far more often a person in a care
card, and as ambiguous names a pasted "Oliver Kent" would no longer hide "i saw oliver"."""

from __future__ import annotations

import pytest

from wtfc.importing.pasted_names import parse_names
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.importing.watch_guard import watched_redacted


def _wall(card: str) -> str:
    return redact(card, find_personal_details(card))


@pytest.mark.parametrize("card", [
    "Pooja at the mandir keeps me going", "I miss pooja at the temple",
    "Simran every morning gives me peace", "I do simran every morning",
    "Geeta path at the gurdwara is my favourite", "Lakshmi puja at Diwali is lonely now",
])
@pytest.mark.parametrize("case", [str, str.upper])
def test_the_word_goes_up(card, case):
    assert _wall(case(card)) == case(card)


@pytest.mark.parametrize(("card", "name"), [
    ("Pooja from the agency is lovely", "Pooja"),
    ("My carer Simran is always on time", "Simran"),
    ("Thank you to my carer Russell", "Russell"),
    ("Zara is too expensive for me now", "Zara"),
    ("Kerry rang me", "Kerry"),
])
def test_the_name_stays_held(card, name):
    assert name not in _wall(card)


@pytest.mark.parametrize(("name", "card"), [
    ("Pooja Shah", "i saw pooja yesterday"), ("Pooja Shah", "I MISS POOJA"),
    ("Oliver Kent", "i saw oliver yesterday"), ("Lakshmi Rao", "Lakshmi came late"),
])
def test_a_pasted_name_stays_hidden(name, card):
    assert watched_redacted(card, tuple(parse_names(name))).count("[name]") == 1
