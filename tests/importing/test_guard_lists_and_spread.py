"""A lettered list, a word shouted after a letter and role letters before an everyday word: the
card may stay held back, but the word ("time", "bar", "family", "Wales", "office") no longer
holds back every card that says it (code review A1, session 26). And the names a role follows
that reached the wall whole ("Grant, my carer", "Rose and Joy from the agency" after Redact)."""

from __future__ import annotations

from pathlib import Path

import pytest
from python_steps import steps

from tests.importing.import_files import held_after_import
from wtfc.importing.name_spread import spread_words
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.model.workshop import PersonalDetail

EVERYDAY = [
    "The carers have no time to talk",
    "Carers come on time now and it makes a difference",
    "I hold on to the grab bar when I stand",
    "My family never get told anything",
    "I moved back to Wales to be near my sister",
    "The office never answers the phone",
]


def _spread(text: str) -> tuple[str, ...]:
    found = find_personal_details(text)
    details = [PersonalDetail(start=f.start, end=f.end, category=f.category, text=f.text)
               for f in found]
    return spread_words(details, text)


@pytest.mark.parametrize("text", [
    "What matters most: A. Seeing my grandchildren B. TIME to talk to someone",
    "What would help: A. More time with carers B. Family involved in my plan",
    "Two things. A. Carers on time. B. Hall booking for the lunch club.",
    "Options: A. Rose garden B. Green room",
    "a. carers late b. family not told c. no lunch",
    "My mum is in C WARD and nobody tells us anything",
    "Dad was moved to B WARD last night",
    "OK Computer is my favourite album",
    "OK Tesco delivered late again",
    "Grant from the council paid for my ramp",
    "Bill came in the post and I could not read it",
])
def test_lists_wards_and_shops_are_not_names(text: str) -> None:
    assert find_personal_details(text) == []


@pytest.mark.parametrize("text", [
    "T BAR in the shower is loose",
    "B. Family involved in my plan",
    "S. Wales is where I live",
    "OT Department sent a letter",
    "The PA Office lost my forms",
    "I listen to K FM in the morning",
])
def test_an_everyday_word_read_as_a_name_holds_back_its_own_card_only(text: str) -> None:
    assert _spread(text) == ()


def test_an_import_with_a_shouted_list_word_holds_back_no_everyday_card(tmp_path: Path) -> None:
    held = held_after_import(tmp_path, [
        "What matters most: A. Seeing my grandchildren B. TIME to talk to someone",
        "T BAR in the shower is loose",
        "B. Family involved in my plan",
        "S. Wales is where I live",
        "The PA Office lost my forms",
        *EVERYDAY,
    ])
    assert held.isdisjoint(EVERYDAY)


@pytest.mark.parametrize(("text", "word"), [
    ("J SMITH comes at 9", "smith"),
    ("my carer J SMITH is kind", "smith"),
    ("MRS J SMITH visited", "smith"),
    ("I saw K O'NEILL today", "o'neill"),  # a surname's shape: still spread
    ("I saw J SMITH-JONES today", "smith-jones"),
    ("I saw K MCDONALD today", "mcdonald"),
])
def test_a_surname_in_capitals_still_spreads(text: str, word: str) -> None:
    assert word in _spread(text)


@pytest.mark.parametrize(("text", "shown"), [
    ("Grant, my carer, was late", "[name], my carer, was late"),
    ("Bill is my carer", "[name] is my carer"),
    ("Rose and Joy from the agency are kind", "[name] and [name] from the agency are kind"),
    ("Rose and Grace are my carers", "[name] and [name] are my carers"),
    ("J WARD rang me", "[name] rang me"),
])
def test_names_a_role_follows_are_redacted_whole(text: str, shown: str) -> None:
    assert redact(text, find_personal_details(text)) == shown


def test_a_long_lower_case_text_is_read_in_linear_time() -> None:
    # each "b." made the guard re-read the whole text for a capital: 40,000 characters took
    # over 2 s of CPU; read once, a few ms
    chunk = "the carers come late e.g. at ten and i. need help p.s. more time with b. staff "
    text = (chunk * 600)[:40_000]
    # its steps counted, not its seconds (a loaded machine stretches those): ~130,000, a few
    # a character; re-read for each "b." ~40 M
    steps(lambda: find_personal_details(text), most=400_000)
