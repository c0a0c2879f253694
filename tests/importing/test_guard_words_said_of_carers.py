"""Names that are also words, said of a carer: a month or a verb before "from the agency" ("June
from the agency is lovely"), two given names joined ("Sue and Linda are the best carers"), two
surnames that are words ("Brown and Green from the council"), "Hill never rang me back" after
"J HILL" in another card, and what stays a word (F1, session 27)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importing.import_files import held_after_import
from wtfc.importing.personal_details import find_personal_details, redact


def _shown(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "shown"), [
    ("June from the agency is lovely", "[name] from the agency is lovely"),
    ("May from the council rang about my ramp", "[name] from the council rang about my ramp"),
    ("Will from the agency came late", "[name] from the agency came late"),
    ("I like April from the day centre", "I like [name] from the day centre"),
    ("May, my carer, is lovely", "[name], my carer, is lovely"),
    ("Will is my carer on Sundays", "[name] is my carer on Sundays"),
    ("June and Linda from the agency are kind", "[name] and [name] from the agency are kind"),
])
def test_a_month_or_verb_said_of_a_carer_is_a_name(text: str, shown: str) -> None:
    assert _shown(text) == shown


@pytest.mark.parametrize("text", [
    "Will the carer come on time?",
    "May my carer stay longer?",
    "In June the carers changed again",
    "I came home in May from the hospital",
    "Since April from the council nothing has come",
    "I like June and July best",
    "Will they come?",
])
def test_a_month_or_verb_with_no_carer_said_of_it_stays_a_word(text: str) -> None:
    assert find_personal_details(text) == []


@pytest.mark.parametrize(("text", "shown"), [
    ("Sue and Linda are the best carers", "[name] and [name] are the best carers"),
    ("Rose & Linda came late again", "[name] & [name] came late again"),
])
def test_a_word_name_joined_to_a_given_name_is_a_name(text: str, shown: str) -> None:
    assert _shown(text) == shown


def test_two_word_names_joined_stay_words() -> None:
    assert find_personal_details("May and June are the best months for the garden") == []


@pytest.mark.parametrize("text", [
    "A Carer Came Late", "My Carer Came Late Again", "My GP Said It Was Fine",
])
def test_a_verb_after_a_role_in_a_title_case_card_is_no_name(text: str) -> None:
    assert find_personal_details(text) == []


def test_a_name_that_is_a_verb_after_a_lower_case_role_is_still_a_name() -> None:
    assert _shown("my carer Said came late") == "my carer [name] came late"


@pytest.mark.parametrize(("text", "shown"), [
    ("Brown and Green from the council never rang",
     "[name] and [name] from the council never rang"),
    ("Bell & Hall are my carers", "[name] & [name] are my carers"),
])
def test_two_surnames_that_are_words_joined_before_a_role_are_names(text: str, shown: str) -> None:
    assert _shown(text) == shown


@pytest.mark.parametrize("text", [
    "Green spaces and Brown bread are what I miss",
    "Family and Friends from the church visit me",
    "Health and Social Care from the council sent a form",
    "Mum and Dad from the church",
])
def test_two_joined_nouns_before_a_role_stay_words(text: str) -> None:
    assert find_personal_details(text) == []


def test_a_surname_that_is_a_word_holds_back_other_cards_only_where_said_of_a_person(
    tmp_path: Path,
) -> None:
    held = held_after_import(tmp_path, [
        "Social worker: J HILL. Never returned my calls.", "Hill never rang me back",
        "I live up the hill", "Primrose Hill is where I grew up", "The Hill view is lovely",
        "Mrs Green is kind", "Green spaces matter to me", "Green came late again",
    ])
    assert held == {"Social worker: J HILL. Never returned my calls.", "Hill never rang me back",
                    "Mrs Green is kind", "Green came late again"}


def test_a_pasted_surname_that_is_a_word_starting_a_sentence_with_a_verb_after_never() -> None:
    assert _shown_with("Long never came round", ["Ann Long"]) == "[name] never came round"
    assert _shown_with("Long waits for carers", ["Ann Long"]) == "Long waits for carers"


def _shown_with(text: str, names: list[str]) -> str:
    return redact(text, find_personal_details(text, known_names=names))
