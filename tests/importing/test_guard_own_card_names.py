"""A name found in a card is hidden wherever else the same card carries it (F27 session 28)."""

from __future__ import annotations

from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.model.operations.cards import words_without_details
from wtfc.model.workshop import Card, Kind, PersonalDetail


def _shown(text: str) -> str:
    """The card's words as Redact, the wall's held-back card and the PDFs show them."""
    details = [PersonalDetail(start=f.start, end=f.end, category=f.category, text=f.text)
               for f in find_personal_details(text)]
    card = Card(id="c1", kind=Kind.NOT_WORKING, text=text, personal_details=details)
    shown = words_without_details(card)
    assert shown == redact(text, find_personal_details(text))
    return shown


def test_a_name_found_once_is_hidden_where_the_rules_alone_miss_it() -> None:
    assert _shown("Sunday Kwabena never came, Monday Kwabena never rang") == (
        "Sunday [name] never came, Monday [name] never rang")


def test_any_case_and_a_possessive_with_either_apostrophe() -> None:
    assert _shown("My PA Gwenllian is lovely, GWENLLIAN's dog and gwenllian’s cat too") == (
        "My PA [name] is lovely, [name]'s dog and [name]’s cat too")


def test_a_name_that_is_also_a_word_spreads_as_it_would_to_another_card() -> None:
    # "will" is an everyday word: another card's "Will" is not held back, nor this one's "will"
    assert _shown("My carer Will is late. I will complain") == (
        "My carer [name] is late. I will complain")


def test_a_weakly_found_name_stays_where_the_card_uses_the_word_as_a_word() -> None:
    # found only by "Rose and ...": a name unless the card writes it in lower case too
    assert _shown("Rose and Memory from the agency came; Memory rang") == (
        "[name] and [name] from the agency came; [name] rang")
    assert _shown("Rose and Memory from the agency came; my memory is poor") == (
        "[name] and [name] from the agency came; my memory is poor")


def test_a_card_with_one_name_once_is_unchanged() -> None:
    assert _shown("My carer Sharon rushes") == "My carer [name] rushes"
    assert _shown("Sunday was lovely, Monday less so") == "Sunday was lovely, Monday less so"
