"""A word-name in its everyday sense after "from the <service> is" or "is my carer…" was held
from 992facf9 on (code review A15 R1): "Patience from the agency is not there" printed "[name]
from the agency is not there", "Mercy from the council is hard to find", "Comfort from the
agency is poor", "Patience is my carers biggest strength" likewise. What is said of an amount
or an absence (nothing, little, missing, lost, nowhere, a joke, the problem…) is no person's,
nor a quality noun a word or two after the role, nor "all over"; what is said of a person
("lovely", "never on time", "hard working", "there every morning", "gone now") still holds."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(card: str) -> str:
    return redact(card, find_personal_details(card))


@pytest.mark.parametrize("card", [
    "Patience from the agency is not there", "Patience from the agency is getting less",
    "Patience from the agency is all I ask", "Patience from the agency is the problem",
    "Patience from the agency was shocking", "Patience from the agency is zilch",
    "Patience from the council is nowhere to be seen", "Mercy from the council is hard to find",
    "Charity from the council is a joke", "Mercy from the agency is unheard of",
    "Patience from the office is lost", "Patience from the team was missing",
    "Comfort from the agency is poor", "Comfort from the agency is nothing",
    "Comfort from the agency is little", "Comfort from the agency is non existent",
    "Patience is my carers biggest strength", "Patience is my carers greatest need",
    "Patience is my carer all over", "Patience is my carer through and through",
    # what follows the amount word is said of the amount too, no person (code review A19 R1)
    "Patience from the agency is nowhere near enough",
    "Patience from the agency is nothing like it used to be",
    "Patience from the agency is a joke if you ask me",
    "Patience from the agency is missing from my care", "Patience from the agency is all I ask for",
    "Patience from the agency is the problem with this service",
    "Patience from the agency is less than it was",
    "Patience from the agency is missing in my opinion",
    "Patience from the agency is lost on me", "Comfort from the agency is poor compared to before",
])
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_the_everyday_sense_goes_up(card, case):
    assert _wall(case(card)) == case(card)


@pytest.mark.parametrize("card", [
    "Blessing from the agency is lovely", "Blessing from the agency is never on time",
    "Blessing from the agency is hard working", "Blessing from the agency is there every morning",
    "Blessing from the agency is gone now", "Blessing is my carer every morning",
    "Blessing is my carer and she needs more time",
])
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_the_carer_stays_held(card, case):
    assert _wall(case(card)).startswith("[name]")


# the amount/absence words count only where the sentence ends after them: said of a person
# after them, the word-name is the carer's (code review A17 S3)
@pytest.mark.parametrize("card", [
    "Patience from the agency is missing my medication", "Mercy from the agency is missing calls",
    "Patience from the agency is not there on Sundays",
    "Blessing from the agency is not there when she should be",
    "Patience from the agency is the problem, she shouts at me",
    "Charity from the agency is a joke, she never washes me",
    "Mercy from the agency is lost without her phone",
    "Patience from the agency is nowhere near on time",
])
@pytest.mark.parametrize("case", [str.upper, str.lower])
def test_said_of_a_person_after_the_amount_word_stays_held(card, case):
    assert _wall(case(card)).startswith("[name]")


@pytest.mark.parametrize("card", [
    "Patience from the agency is not there.", "Patience from the agency is a joke!",
    "Patience from the agency is missing these days",
    "Patience from the agency is not there at all, and the council does nothing",
])
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_the_amount_word_at_the_sentences_end_goes_up(card, case):
    assert _wall(case(card)) == case(card)


# more said of the carer after a comma or "and", no pronoun: "… is a joke and never washes me"
# went up after A15 R1 (code review A19 S4); only a new subject after it ("they", "the food")
# leaves the amount word its everyday sense
@pytest.mark.parametrize("card", [
    "Patience from the agency is a joke and never washes me",
    "Patience from the agency is missing and always late",
    "Mercy from the agency is a joke, never washes me",
    "Mercy from the agency is a joke, too rough with me",
    "Patience from the agency is the problem, rude and late",
    "Patience from the agency is a joke and is rude",
])
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_more_said_of_the_carer_after_a_comma_or_and_stays_held(card, case):
    assert _wall(case(card)).startswith("[name]")


@pytest.mark.parametrize("card", [
    "Patience from the agency is poor, they rush everything",
    "Patience from the agency is poor and the food is cold",
    "Patience from the agency is a joke, if you ask me",
    "Patience from the agency is missing, sadly",
    "Patience from the agency is nothing, absolutely nothing",
    "Patience from the agency is the problem, not the money",
])
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_a_new_subject_after_the_amount_word_goes_up(card, case):
    assert _wall(case(card)) == case(card)


# said of the carer after the amount word, however it goes on (code review A19 R1's limits)
@pytest.mark.parametrize("card", [
    "Mercy from the agency is less than kind", "Patience from the agency is less than helpful",
    "Patience from the agency is nothing like the last carer",
    "Patience from the agency is a joke if she turns up",
    "Patience from the agency is missing from work again",
    "Patience from the agency is poor compared to Blessing",
])
@pytest.mark.parametrize("case", [str, str.upper, str.lower])
def test_what_follows_said_of_the_carer_stays_held(card, case):
    assert _wall(case(card)).startswith("[name]")


@pytest.mark.parametrize("card", [
    # missing from the care's visits is the carer missing them, not the quality missing from
    # the care (code review A23 R4)
    "Patience from the agency is missing from my care plan visits",
    "Patience from the agency is missing from my care visits",
    "Patience from the agency is missing from my care calls",
    "Patience from the agency is the problem with my care visits",
])
@pytest.mark.parametrize("case", [str, str.upper])
def test_the_carer_missing_from_the_visits_stays_held(card, case):
    assert _wall(case(card)).startswith("[name]")


@pytest.mark.parametrize("card", [
    "Patience from the agency is missing from my care plan",
    "Patience from the agency is missing from my life",
    "Patience from the agency is missing from my care these days",
])
def test_missing_from_the_care_itself_stays_up(card):
    assert _wall(card) == card
