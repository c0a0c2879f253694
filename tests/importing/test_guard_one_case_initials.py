"""Initials with no full stop in a card typed all in one case: "j okoro rang", "J SMITH NEVER
CAME", "REVIEW DONE BY J SMITH" reached the wall; a lone letter that is a word or a label stays
(F1, session 27)."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _shown(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "shown"), [
    ("j okoro rang about the rota", "[name] rang about the rota"),
    ("i asked and j okoro never rang me back", "i asked and [name] never rang me back"),
    ("J SMITH NEVER CAME", "[name] NEVER CAME"),
    ("J HILL CAME LATE AGAIN", "[name] CAME LATE AGAIN"),
    ("REVIEW DONE BY J SMITH, NO FOLLOW UP", "REVIEW DONE BY [name], NO FOLLOW UP"),
    ("SIGNED: J HILL", "SIGNED: [name]"),
])
def test_an_initial_said_of_a_person_in_a_one_case_card_is_a_name(text: str, shown: str) -> None:
    assert _shown(text) == shown


@pytest.mark.parametrize("text", [
    "2 x daily said the nurse",
    "t bar came loose in the shower",
    "rock n roll came on the radio",
    "plan b carers came instead",
    "i rang the office",
    "SEE THE GP",
    "A BIG LETDOWN",
    "2 X DAILY",
    "PLAN B CAME TO NOTHING",
    "TAKEN BY X RAY",
    "MY MUM IS IN C WARD",
])
def test_a_lone_letter_that_is_a_word_or_label_stays(text: str) -> None:
    assert find_personal_details(text) == []


def test_an_initial_in_a_card_in_capitals_with_nothing_said_of_it_is_left() -> None:
    # an accepted miss: in a shouted card a letter and a word are as often a label ("C DIFF")
    assert find_personal_details("J SMITH") == []
