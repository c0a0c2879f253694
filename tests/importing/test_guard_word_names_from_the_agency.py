"""Carers' given names that are everyday words no list held went to the wall beside their
agency: "Constance from the agency is late", "Gift from the agency is always late", "Justice
from the agency never washes me", "Innocent from the agency is rude" (code review A19 R5;
"Patience from the agency …" was already held). The everyday senses stay up."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(card: str) -> str:
    return redact(card, find_personal_details(card))


@pytest.mark.parametrize("card", [
    "Constance from the agency is late", "Constance from the agency never washes me",
    "Gift from the agency is always late", "Justice from the agency never washes me",
    "Innocent from the agency is rude", "Favour from the agency is lovely",
])
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_the_carer_beside_the_agency_is_held(card, case):
    assert _wall(case(card)).startswith("[name] ")


@pytest.mark.parametrize("card", [
    "Justice for carers is what we want", "We want justice from the council",
    "Justice from the council is what we want", "A gift from the council",
    "The gift from my carer was lovely", "Innocent people suffer", "I am innocent",
    "My carer shows patience and gives justice", "Do me a favour and ring me",
    "I am in favour of more visits", "Constance is my favourite hymn",
    "My carer is a gift from God",
    "I want justice for my son", "The council did me no favours",
])
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_the_everyday_words_stay_up(card, case):
    assert _wall(case(card)) == case(card)
