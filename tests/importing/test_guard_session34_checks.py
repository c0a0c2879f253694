"""The session-34 guard wave's checks no test of its own caught (code review A11's mutation
check): each row fails with its rule's line undone."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


# e7bf9cf7 name_is_words._labelled: "word[:1].isupper() or text.islower()" (a lower-case given
# name after a role's label in a mixed card is an everyday word)
@pytest.mark.parametrize("text", [
    "Carer: mark came late", "Nurse: will is good", "Carer: bill is paid by the council",
    "Carer: may. Nurse: yes"])
def test_lower_case_word_after_a_role_label_in_a_mixed_card_stays(text):
    assert not find_personal_details(text), _wall(text)


# e7bf9cf7 name_is_words._LABEL: the plural role label "(?:<roles>)s?"
@pytest.mark.parametrize(("text", "wall"), [
    ("Carers: Sue", "Carers: [name]"), ("Nurses: Sue", "Nurses: [name]"),
    ("Carers: Hope", "Carers: [name]"), ("CARERS: GRACE", "CARERS: [name]")])
def test_a_plural_role_label_before_a_given_name(text, wall):
    assert _wall(text) == wall


# 2cf6f10a name_is_words._plural_named: "key in AMBIGUOUS_GIVEN_NAMES or" branch
@pytest.mark.parametrize(("text", "wall"), [
    ("MY CARERS CALLED WILL", "MY CARERS CALLED [name]"),
    ("MY CARERS CALLED MAY", "MY CARERS CALLED [name]")])
def test_an_ambiguous_given_name_ending_the_card_after_carers_called(text, wall):
    assert _wall(text) == wall


# d4d8b9d0 capitals_with_kisses._TIME: "AM|PM|A.M.|P.M." in capitals between lower-case span words
@pytest.mark.parametrize(("text", "wall"), [
    ("MARY COMES 9AM till 10AM", "[name] COMES 9AM till 10AM"),
    ("MARY COMES between 9AM and 10AM", "[name] COMES between 9AM and 10AM"),
    ("MARY COMES 9PM till 10PM", "[name] COMES 9PM till 10PM"),
    ("MARY COMES 9A.M. till 10A.M.", "[name] COMES 9A.M. till 10A.M.")])
def test_a_span_with_am_pm_in_capitals(text, wall):
    assert _wall(text) == wall


# e648200f one_case_given_names._WORD_NAME_FIRST: "[ \t]*(?:$|[.!;\n])" (the card's end after
# "from the <service>")
@pytest.mark.parametrize(("text", "wall"), [
    ("Blessing from the agency", "[name] from the agency"),
    ("Blessing from the agency.", "[name] from the agency."),
    ("Trinity from the council", "[name] from the council"),
    ("BLESSING FROM THE AGENCY", "[name] FROM THE AGENCY")])
def test_a_word_name_from_a_service_as_the_whole_card(text, wall):
    assert _wall(text) == wall


# e648200f one_case_given_names.lower_case_given_names: "search_key(first[1]) in WORD_NAMES"
@pytest.mark.parametrize("text", [
    "Help from the council never came", "Nobody from the agency came",
    "Someone from the council rang", "Staff from the agency came late",
    "Letters from the council never came", "Everyone from the team is lovely",
    "Agency is our carer", "Nobody is my carer"])
def test_an_everyday_first_word_before_from_the_service_stays(text):
    assert not find_personal_details(text), _wall(text)


# e648200f lower_case_given_names: "first[1].istitle()" (a word-name stressed in capitals at a mixed
# card's start is the everyday word; note "BLESSING is my carer" goes up whole for the same reason)
@pytest.mark.parametrize("text", ["MERCY from the agency is rare",
                                  "PATIENCE is the main carer skill",
                                  "CHARITY from the council never came"])
def test_a_word_name_in_capitals_first_in_a_mixed_card_stays(text):
    assert not find_personal_details(text), _wall(text)


# 1a40692b capital_names._surname_end: "not_english(_but_next_word(text, end)) or"
@pytest.mark.parametrize(("text", "wall"), [
    ("FY MERCH SIAN BOB DYDD VISITS", "FY MERCH [name] BOB DYDD VISITS"),
    ("MOJA CORKA ANNA TEZ VISITS", "MOJA CORKA [name] TEZ VISITS")])
def test_a_community_word_after_the_name_in_a_community_card_stays(text, wall):
    assert _wall(text) == wall
