"""The session-34 second guard wave's checks no test of its own caught (code review A13's
mutation check): each row fails with the named line undone."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.importing.watch_guard import watched_redacted


def shown(card):
    return redact(card, find_personal_details(card))


# in-3: name_initials.initials_of `if len(named) < 2` (a one-word name gives no initials)
def test_a_one_word_hyphenated_name_gives_no_initials():
    assert watched_redacted("JP wants to stay in his flat", ("Jean-Paul",)) == \
        "JP wants to stay in his flat"


# in-11: name_initials._VERB_AFTER's words of how often ("GA never rang", "OF still wants")
def test_initials_before_an_adverb_and_a_verb_mid_sentence():
    assert watched_redacted("Her son and OF still want more visits", ("Ottoline Fairweather",)) \
        == "Her son and [name] still want more visits"


# pf-1: joined_names.paired_full_names `if m[1].isupper() != m[2].isupper(): continue`
def test_a_pair_in_two_cases_is_not_paired():
    card = "Grace Long and HOPE GREEN met the provider"
    assert shown(card) == card


# pf-6: joined_names.paired_full_names `surname in _NOT_A_SURNAME` (a home's name is no person)
@pytest.mark.parametrize("card", ["Rose Court and Ann Lee met the inspectors",
                                  "Rose Court and Grace Long met the inspectors"])
def test_a_homes_name_beside_a_person_stays(card):
    assert shown(card).startswith("Rose Court and [name]")


# nl-2: name_is_words._group_named, a group's word next but one
@pytest.mark.parametrize("card", ["Name: Faith Valley church", "Name: Hope Street chapel",
                                  "Name: Harmony Hall group"])
def test_name_label_with_a_group_next_but_one(card):
    assert shown(card) == card


# nl-3: name_is_words._no_name_in_label, a word no list knows before a number ("Name: Table 3")
def test_name_label_word_name_before_a_number():
    assert shown("Name: Blessing 4") == "Name: Blessing 4"
