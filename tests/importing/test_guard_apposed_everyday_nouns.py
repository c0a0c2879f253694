"""An everyday noun starting a card before "from <Firm>", "from the council" or "the carer"
was held as a name from d84f86fc on (code review A15 S1): "Milk from Tesco is cheaper" printed
"[name] from Tesco is cheaper", "Toast the carer makes is burnt" "[name] the carer makes…".
A word the English word table knows counts there only if it is a given name too, and "X the
carer makes is…" is what the carer makes, no one's name. Names the table lacks stay held."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(card: str) -> str:
    return redact(card, find_personal_details(card))


@pytest.mark.parametrize("card", [
    "Milk from Tesco is cheaper", "Coffee from Costa is too dear", "Insulin from Boots is late",
    "Wine from Aldi is cheap", "Blanket from Dunelm is warm", "Rent from Clarion Housing went up",
    "Porridge from Sainsbury's is the best", "Rent from the council went up",
    "Laundry from the agency is lost", "Shower from the council is broken",
    "Toast the carer makes is burnt", "Porridge the carer makes is lumpy",
    "Insulin the nurse gives is on time", "Comfort the carer gives is lovely",
])
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_everyday_noun_goes_up(card, case):
    assert _wall(case(card)) == case(card)


@pytest.mark.parametrize(("card", "name"), [
    ("Gwenllian from the agency is always late", "Gwenllian"),
    ("Kwabena from Bluebird Care never rings", "Kwabena"),
    ("Bernadette the night carer is wonderful", "Bernadette"),
    ("Tendai, the new driver, is kind", "Tendai"),
    ("Nkem the carer makes lovely soup", "Nkem"),
    ("Theresa from the agency is always late", "Theresa"),
])
def test_a_name_stays_held(card, name):
    assert name not in _wall(card)
