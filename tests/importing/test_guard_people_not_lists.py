"""People with initials A. and B. are not a lettered list, a surname in capitals that is also a
place word is a surname, and a lettered answer's word holds back its own card only (code review
B3, session 26: F1, F2, F2b, F3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importing.import_files import held_after_import
from wtfc.importing.personal_details import find_personal_details, redact


@pytest.mark.parametrize(("text", "shown"), [
    ("My carers are A. Jones and B. Patel, both lovely",
     "My carers are [name] and [name], both lovely"),
    ("A. Smith came at 9. B. Smith came at 10. Nobody came at lunch.",
     "[name] came at 9. [name] came at 10. Nobody came at lunch."),
    ("I rang A. Khan and B. Ahmed at the council, no answer",
     "I rang [name] and [name] at the council, no answer"),
    ("A. Evans and B. Evans from the agency came together",
     "[name] and [name] from the agency came together"),
    ("A. Jones, B. Patel and C. Okoro from the agency",
     "[name], [name] and [name] from the agency"),
])
def test_people_with_initials_a_and_b_are_redacted(text: str, shown: str) -> None:
    assert redact(text, find_personal_details(text)) == shown


def test_one_word_items_no_list_knows_are_people() -> None:
    text = "Carers this week: A. Jones, B. Patel, C. Okoro"
    shown = redact(text, find_personal_details(text))
    assert "Patel" not in shown and "Okoro" not in shown, shown


@pytest.mark.parametrize("text", [
    "Meals: A. Breakfast, B. Lunch, C. Tea",
    "Options: A. Rose, B. Green",
    "What helps: A. Transport, B. Money, C. Company",
    "What matters most: A. Seeing my grandchildren B. TIME to talk to someone",
    "Two things. A. Carers on time. B. Hall booking for the lunch club.",
    "Options: A. Rose garden B. Green room",
    "a. carers late b. family not told c. no lunch",
])
def test_a_list_that_opens_the_card_or_follows_a_colon_is_still_a_list(text: str) -> None:
    assert find_personal_details(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Social worker: J HILL. Never returned my calls for six weeks", "J HILL"),
    ("Contact P HALL about transport", "P HALL"),
    ("Meeting with K GREEN on Tuesday", "K GREEN"),
    ("Signed: J WARD", "J WARD"),
    ("C WARD never rings back", "C WARD"),
])
def test_a_surname_in_capitals_that_is_a_place_word_is_found(text: str, name: str) -> None:
    assert [f.text for f in find_personal_details(text)] == [name]


@pytest.mark.parametrize("text", [
    "My mum is in C WARD and nobody tells us anything",
    "Dad was moved to B WARD last night",
    "She is on D WING now",
])
def test_a_ward_a_letter_labels_after_in_or_to_is_a_place(text: str) -> None:
    assert find_personal_details(text) == []


def test_a_form_surname_in_capitals_holds_back_the_cards_that_name_them(tmp_path: Path) -> None:
    held = held_after_import(tmp_path, ["Review done by J SMITH, no follow up since",
                            "Smith said the review would be in March but nothing happened"])
    assert "Smith said the review would be in March but nothing happened" in held


LETTERED = ["B. Better food at the day centre", "D. Respite for my wife", "C. Choice of carer"]
ORDINARY = ["Things are better since the new manager came", "I need respite once a month",
            "I want a choice about who comes into my home"]


def test_a_lettered_answers_word_holds_back_its_own_card_only(tmp_path: Path) -> None:
    # 12 of 13 cards of one survey were held back: every card saying "better", "respite"...
    held = held_after_import(tmp_path, [*LETTERED, *ORDINARY])
    assert held.isdisjoint(ORDINARY)


def test_a_lettered_word_the_import_writes_only_with_a_capital_still_spreads(
        tmp_path: Path) -> None:
    held = held_after_import(tmp_path, ["D. Okafor for my wife", "Okafor never stays long",
                            "I saw Okafor at the shop"])
    assert held == {"D. Okafor for my wife", "Okafor never stays long",
                    "I saw Okafor at the shop"}


def test_a_lettered_word_the_import_capitalises_mid_sentence_still_spreads(
        tmp_path: Path) -> None:
    # "sterling" in lower case once, but "I saw Sterling" says a name: it spreads
    held = held_after_import(tmp_path, ["C. Sterling for my wife", "They did sterling work",
                            "I saw Sterling at the shop", "Sterling never rings back"])
    assert held == {"C. Sterling for my wife", "I saw Sterling at the shop",
                    "Sterling never rings back", "They did sterling work"}


def test_a_typed_lettered_answer_holds_back_no_card_that_writes_its_word_in_lower_case() -> None:
    from wtfc.importing.name_spread import cards_also_held_back, watched_and_found_names
    from wtfc.model.workshop import Card, PersonalDetail

    others = [Card(kind="working", text=t) for t in ORDINARY]
    text = "B. Better food at the day centre"
    found = [PersonalDetail(start=f.start, end=f.end, category=f.category, text=f.text)
             for f in find_personal_details(text)]
    assert found  # the card itself stays held back
    assert cards_also_held_back(others, found, text) == {}
    held = Card(kind="working", text=text, personal_details=found)
    assert "better" not in watched_and_found_names([], [held, *others])
