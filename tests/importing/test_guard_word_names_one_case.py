"""Given names that are also words, in cards typed all in capitals or all in lower case (code
review 33 W1): "JACK CAME LATE AGAIN" with no names pasted, and "jack came late again" with
"Smith, Jack" pasted, went to the wall whole while "Jack came late again" was held. Checked as
Add card's verdict (``details_in``), an import (``find_personal_details``) and the room view
and the letter (``watched_findings``) read them."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.importing.watch_guard import watched_findings, watched_redacted
from wtfc.ui.card_guard import details_in, parse_names

# S2: held typed in mixed case, and so now in capitals
_HELD = ["Jack came late again", "My carer Bill is lovely", "Joy rang me on Sunday",
         "Pat came late", "Mark came late", "Rose came late", "My husband Bill died",
         "I want to see my grandson Jack", "Joy came to see me"]
# capitals that use the word-names as words: still go up whole
_EVERYDAY_CAPITALS = [
    "HOPE TO GET OUT MORE", "MAY I HAVE MORE HELP", "MARK MY WORDS", "WILL SOMEONE RING ME",
    "I HAVE NO JOY WITH THE COUNCIL", "I SUE THEM", "AUGUST IS THE WORST MONTH",
    "BILL IS TOO HIGH", "MY GAS BILL", "MY GAS BILL IS MY WORRY", "JACK POTATOES",
    "GRACE BEFORE MEALS", "MY SON WILL VISIT", "MY DAUGHTER WILL RING ON SUNDAY",
    "MY SON MAY COME AT CHRISTMAS", "THE BILL CAME LATE", "MY CARER WILL BE LATE",
    "THE CARER LEFT A MARK ON MY ARM", "I LOVE THE ROSE GARDEN", "WHAT A JOY",
    "I HAVE NO FAITH IN THEM", "MY SON MILES AWAY NEVER RINGS", "MY CARER GRANT WAS STOPPED"]


@pytest.mark.parametrize("card", _HELD)
def test_a_word_name_in_capitals_is_held_as_in_mixed_case(card: str) -> None:
    shouted = card.upper()
    assert details_in(card), card
    assert [d.text for d in details_in(shouted)] == [d.text.upper() for d in details_in(card)]
    assert find_personal_details(shouted)
    assert watched_findings(shouted)


def test_the_room_and_the_letter_hide_the_name_in_capitals() -> None:
    assert watched_redacted("JACK CAME LATE AGAIN") == "[name] CAME LATE AGAIN"
    assert watched_redacted("MY CARER BILL IS LOVELY") == "MY CARER [name] IS LOVELY"
    assert watched_redacted("I WANT TO SEE MY GRANDSON JACK") == "I WANT TO SEE MY GRANDSON [name]"


@pytest.mark.parametrize("card", _EVERYDAY_CAPITALS)
def test_everyday_capitals_go_up_whole(card: str) -> None:
    assert details_in(card) == []
    assert watched_findings(card) == []


def test_next_door_is_no_surname() -> None:
    # Redact printed "[name] AND [name] DOOR HELP ME"
    card = "TOM AND JEAN NEXT DOOR HELP ME"
    assert redact(card, find_personal_details(card)) == "[name] AND [name] NEXT DOOR HELP ME"
    assert [d.text for d in details_in(card)] == ["TOM", "JEAN"]


# M4: with these pasted, a pasted word-name typed in lower case
_PASTED = parse_names('"Smith, Jack" <jack.smith@example.org>; Bill Hargreaves; Joy Adebayo; '
                      "Grace Okonkwo; May Patel; Hope Green")


@pytest.mark.parametrize(("card", "wall"), [
    ("jack came late again", "[name] came late again"),
    ("my carer bill is lovely", "my carer [name] is lovely"),
    ("joy rang me on sunday", "[name] rang me on sunday"),
    ("grace helps every tuesday", "[name] helps every tuesday"),
    ("grace is kind", "[name] is kind"),
])
def test_a_pasted_word_name_in_lower_case_is_held(card: str, wall: str) -> None:
    name = card.split()[wall.split().index("[name]")]
    assert [d.text for d in details_in(card, _PASTED)] == [name]
    assert watched_redacted(card, tuple(_PASTED)) == wall
    assert find_personal_details(card, known_names=_PASTED)


@pytest.mark.parametrize("card", [
    "may i have more help", "i hope it helps", "i have no joy with the council",
    "the bill came late", "my gas bill is too high", "the phone bill is too dear",
    "my daughter may come", "will someone ring me", "say grace before meals",
    "hope to get out more", "bill is too high",
])
def test_the_words_in_lower_case_stay_words_with_the_names_pasted(card: str) -> None:
    assert details_in(card, _PASTED) == []
    assert watched_findings(card, tuple(_PASTED)) == []
