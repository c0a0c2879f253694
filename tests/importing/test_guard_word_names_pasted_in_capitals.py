"""With the people reviewed pasted (word-names: Bill, Rose, Hope, Will, Dawn…), an everyday card
typed in capitals printed [name] over a word on the report, posters and letter: "THE ENERGY
[name] KEEPS GOING UP", "I [name] TO STAY INDEPENDENT" (review 33 A9 R3). Such a word in a
card in capitals is the word only where the words around it make it one; when in doubt, and
beside another part of a pasted name, it stays hidden. Read as the exports read a card:
``watched_redacted``."""

from __future__ import annotations

import pytest

from wtfc.importing.pasted_names import parse_names
from wtfc.importing.watch_guard import watched_redacted

NAMES = tuple(parse_names(
    "Bill Hargreaves, Rose Tyler, Dawn French, Will Jones, May Evans, Hope Green, Pat Hall, "
    "Mark Ward, Grace Long, Joy Adams, Frank Day"))


@pytest.mark.parametrize("card", [
    "MY HUSBAND ROSE TO GET A DRINK AND FELL",
    "THE ENERGY BILL KEEPS GOING UP",
    "THE WATER BILL CAME TODAY",
    "I HOPE TO STAY INDEPENDENT",
    "I HOPE MY CARER LISTENS",
    "MY CARER WILL NEVER COME ON TIME",
    "MY DAUGHTER WILL VISIT IN JUNE",
    "WE NEED MORE HOPE",
    "MY CARER WILL HELP ME WASH",
    "MY HUSBAND WILL BILL ME FOR PETROL",
])
def test_an_everyday_card_in_capitals_goes_up_whole(card: str) -> None:
    assert watched_redacted(card, NAMES) == card


@pytest.mark.parametrize(("card", "shown"), [
    ("MY CARER BILL IS LOVELY", "MY CARER [name] IS LOVELY"),
    ("BILL RANG ME", "[name] RANG ME"),
    ("THANK YOU JOY", "THANK YOU [name]"),
    ("I MISS FRANK", "I MISS [name]"),
    ("ROSE AND MARK CAME", "[name] AND [name] CAME"),
    ("GRACE LONG CAME", "[name] CAME"),
    ("WILL JONES RANG ME", "[name] RANG ME"),
    ("MY HUSBAND WILL HARGREAVES DIED", "MY HUSBAND [name] DIED"),
    ("BILL IS ALWAYS LATE", "[name] IS ALWAYS LATE"),
    ("ROSE NEVER CAME", "[name] NEVER CAME"),
    ("WILL CAME LATE", "[name] CAME LATE"),
    ("I TOLD BILL ABOUT IT", "I TOLD [name] ABOUT IT"),
    ("I SPOKE TO HOPE", "I SPOKE TO [name]"),
    ("FRANK IS A GOOD CARER", "[name] IS A GOOD CARER"),
    # whole: a full name after a found one in capitals is taken where what a person does
    # follows (this row pinned the half name "[name] PAYNE" before: review 34 A10 S2)
    ("MARY SHAW AND BILL PAYNE CAME", "[name] AND [name] CAME"),
])
def test_a_pasted_word_name_said_of_a_person_is_still_hidden(card: str, shown: str) -> None:
    assert watched_redacted(card, NAMES) == shown
