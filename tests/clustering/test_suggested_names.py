"""Suggested names as the room will use them: themes are named as "I" statements, so a working
name is one of the group's own first-person cards, or nothing (the room names it), never a list
of words, a card cut off mid-word or a redaction mark."""

from __future__ import annotations

import pytest

from wtfc.clustering.key_phrases import i_statement
from wtfc.clustering.suggest import suggest_themes

LONELY = [
    "I'm lonely on my own at night. I haven't had a full night's sleep in two years.",
    "Nobody comes round in the evenings and I feel lonely.",
    "Lonely at night since my husband died.",
    "The evenings are long and lonely on my own.",
]


def _one_group(texts, embedder):
    [suggestion] = suggest_themes(texts, [f"c{i}" for i in range(len(texts))], k=1,
                                  embedder=embedder)
    return suggestion


def test_the_name_is_a_first_person_card_of_the_group_first_sentence_only(embedder):
    suggestion = _one_group(LONELY, embedder)
    assert suggestion.name == "I'm lonely on my own at night"


def test_a_group_with_no_first_person_card_has_no_name_rather_than_a_list_of_words(embedder):
    texts = ["Somebody to talk to about what happens when Dad needs more care and support",
             "Somebody to talk to when Dad needs more care at home",
             "Someone to talk to about care for Dad"]
    suggestion = _one_group(texts, embedder)
    assert suggestion.name == ""  # the room names it; the key words still say what it is about
    assert suggestion.key_words


def test_my_and_we_cards_are_not_taken_for_i_statements(embedder):
    texts = ["My room has my own pictures and my own chair from home.",
             "We want every tenant to have a one-page profile.",
             "My own chair and pictures in my room."]
    assert _one_group(texts, embedder).name == ""


def test_a_long_first_person_card_is_not_cut_into_a_name(embedder):
    long_card = ("I want to be able to go to the day centre on the days that suit me and not "
                 "only on the days the transport runs")
    texts = [long_card, "The day centre transport only runs twice a week.",
             "Transport to the day centre is never there when it should be."]
    assert _one_group(texts, embedder).name == ""  # over 80 letters: no name, not a cut one


def test_redaction_marks_are_never_quoted_nor_taken_for_shared_words(embedder):
    texts = ["I only trust [name] from the agency to help me.",
             "I don't know who [name] is sending today.",
             "[name] from the agency sends someone new every day.",
             "I never know which carer the agency is sending."]
    suggestion = _one_group(texts, embedder)
    assert "[" not in suggestion.name and "name" not in suggestion.key_words
    assert suggestion.name == "I never know which carer the agency is sending"


@pytest.mark.parametrize(("card", "name"), [
    ("I see Dr. Patel every week. It helps.", "I see Dr. Patel every week"),
    ("I go to St. Mary's on Sundays", "I go to St. Mary's on Sundays"),
    ("I wait... and wait for hours", "I wait... and wait for hours"),
    ('I said "call Mrs. Brown" but nobody came', 'I said "call Mrs. Brown" but nobody came'),
    ("I love it\nMy carer is late", "I love it"),
    ("I am lonely! Nobody comes.", "I am lonely"),
    # a stop after "no" and "etc" ends a sentence; one before a number or a small letter
    # after a plain word does too (these ran on into the second sentence)
    ("I asked to change carer and they said no. Nobody listens",
     "I asked to change carer and they said no"),
    ("I need help with shopping, cleaning etc. My carer has no time",
     "I need help with shopping, cleaning etc"),
    ("I like my carer. she is kind and funny", "I like my carer"),
    ("I get 15 minutes. 30 would be better", "I get 15 minutes"),
    ("I see my GP (Dr. Patel) every week. It helps.", "I see my GP (Dr. Patel) every week"),
    ("I wait for the No. 12 bus. It is late", "I wait for the No. 12 bus"),
    ("I see the G.P. every week", "I see the G.P. every week"),
])
def test_a_name_is_the_whole_first_sentence_not_cut_at_an_abbreviation(card, name):
    """'I see Dr. Patel…' was named 'I see Dr': a card cut off to fit is a misquotation."""
    assert i_statement(card) == name
