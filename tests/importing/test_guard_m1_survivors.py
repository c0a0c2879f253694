"""Review 33 M1: checks of session 33's guard fixes that no test caught when undone.
Put in tests/importing/. Each passes at 6455cf77 and fails with the named line undone."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    # 32bfdcc3/a0cfd3dd: name_spread.with_names_found_elsewhere keeps a month that is also the
    # card's given name ("June", "May": _OWN_CARD_WORD_NAMES) unless said of a person; with
    # the line undone the month was hidden too ("came in [name]")
    ("June Smith came in June", "[name] came in June"),
    ("May Jones came in May", "[name] came in May"),
])
def test_a_word_name_spreads_only_where_said_of_a_person(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize(("text", "wall"), [
    # 06772cbf: bare_given_names' role-before pattern takes "<role>'s name is" ("(?:[ \t]+name)?");
    # undone, the surname of a word-name reached the wall: "The carer's name is [name] Brown"
    ("The carer's name is June Brown", "The carer's name is [name]"),
    ("The carer's name is May Brown", "The carer's name is [name]"),
    # 702d06a6: the same pattern with the apostrophe left out ("(?:['’]?s)?")
    ("The carers name is June Brown", "The carers name is [name]"),
    ("My carers name is May Brown", "My carers name is [name]"),
])
def test_a_whole_name_after_name_is_is_hidden_whole(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize(("text", "wall"), [
    # 418f13cd: one_case_given_names takes a list of word-names in capitals none of which is a
    # sure name when what people are follows ("… ARE KIND": _people_after); undone, the card
    # went to the wall whole
    ("ROSE AND HOPE ARE KIND", "[name] AND [name] ARE KIND"),
    ("PAT AND SUE ARE KIND", "[name] AND [name] ARE KIND"),
    ("ROSE, JOY AND HOPE ARE ANGELS", "[name], [name] AND [name] ARE ANGELS"),
])
def test_word_names_joined_in_capitals_are_hidden_where_said_of_people(text, wall):
    assert _wall(text) == wall
