"""A carer whose given name is an everyday word, with "my carer" set after the name, went to
the wall: "Patience my carer is kind", "Blessing, my carer, is kind" (code review A19 R7;
"Ayesha my carer is kind" and "My carer Patience is kind" were held), in capitals and small
letters too. The carer's quality ("Patience my carer lacks", "MY CARER SHOWS PATIENCE") stays
up."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(card: str) -> str:
    return redact(card, find_personal_details(card))


@pytest.mark.parametrize("card", [
    "Patience my carer is kind", "Blessing my carer is kind", "Patience my carer never washes me",
    "Blessing, my carer, is kind", "Patience, my carer, never comes",
    "Constance my carer is kind", "Gift my carer is late", "Innocent my carer is lovely",
])
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_the_word_name_before_my_carer_is_held(card, case):
    assert _wall(case(card)).startswith("[name]")


@pytest.mark.parametrize("card", [
    "Comfort my carer gives is lovely", "Patience my carer lacks", "MY CARER SHOWS PATIENCE",
    "Patience is my carer through and through",
    "Patience my carer has is amazing", "Mercy, my carers never show it",
    "Patience, my carer says, is key",
])
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_the_carers_quality_stays_up(card, case):
    assert _wall(case(card)) == case(card)


def test_the_quality_the_carer_shows_stays_up_as_typed():
    # in one case, "PATIENCE MY CARER SHOWS IS AMAZING" is held by the person-verb rules (as
    # before this change)
    assert _wall("Patience my carer shows is amazing") == "Patience my carer shows is amazing"


@pytest.mark.parametrize("card", [
    # a relative's or carer's gift or deed, the verb's object the word-name: everyday words,
    # held from 4287bf8c (code review A23 R1)
    "Gift my son bought me was a tablet", "Gift my grandson sent me was lovely",
    "Gift my daughter made me", "Justice my carer deserves", "Favour my carer did me",
])
def test_what_someone_gave_or_did_stays_up(card):
    assert _wall(card) == card


@pytest.mark.parametrize("card", [
    # the verb with an object of its own: the word-name is the carer (code review A23 R1)
    "Patience my carer has a lovely smile", "Patience my carer deserves a medal",
    "Patience my carer got me up late", "Blessing my carer did my shopping",
    "Mercy my carer gave me a bath", "Patience my carer brought me flowers",
])
@pytest.mark.parametrize("case", [str, str.upper])
def test_the_carer_who_does_something_is_held(card, case):
    assert _wall(case(card)).startswith("[name]")


@pytest.mark.parametrize("card", [
    # a carer who left, lost or kept the person: the word-name is the carer, not what the carer
    # left; went up from 38f0b282 (code review A26 S2)
    "Patience my carer left me.", "Patience my carer left.", "Blessing my carer left, I miss her",
    "Patience my carer left, now nobody comes", "Patience my carer left me. Nobody came after",
    "Patience my carer got me.", "Patience my carer lost me.", "Patience my carer owes me",
    "Patience my carer offered me", "Patience my carer kept me, was kind",
])
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_the_carer_who_left_is_held(card, case):
    assert _wall(case(card)).startswith("[name]")
