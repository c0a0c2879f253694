"""A role with a capital in a note beside a pasted name, before a relative's given name ("Tom
Fry - Husband Frank", "Joan Day - Daughter Hope visits"; facilitators capitalise notes so), is a
role, not a name of its own: it hid the word on everyday cards in every case ("MY HUSBAND IS MY
CARER" printed "MY [name] IS MY CARER", "Daughter visits on Sundays" "[name] visits…"; review 33
A9 R1). The name beside it is watched. Read as the exports read a card: ``watched_redacted``."""

from __future__ import annotations

import pytest

from wtfc.importing.pasted_names import parse_names
from wtfc.importing.watch_guard import watched_redacted

NAMES = tuple(parse_names(
    "Ann Lee - husband frank died\nP01, Grace Long, very deaf\n"
    "P02 Sue O'Brien - neighbour pat moved away\nBill Hargreaves, sister hope lives near\n"
    "Tom Fry - Husband Frank\nJoan Day - Daughter Hope visits\n"))


@pytest.mark.parametrize("card", [
    "MY HUSBAND IS MY CARER",
    "I MISS MY HUSBAND",
    "MY DAUGHTER IS KIND",
    "I HOPE MY DAUGHTER VISITS",
    "Daughter visits on Sundays",
    "my daughter visits on sundays",
])
def test_a_capitalised_role_from_a_note_goes_up(card: str) -> None:
    assert watched_redacted(card, NAMES) == card


def test_the_relatives_name_after_the_role_is_still_hidden() -> None:
    assert watched_redacted("MY HUSBAND FRANK DIED", NAMES) == "MY HUSBAND [name] DIED"
    assert watched_redacted("My husband Frank died", NAMES) == "My husband [name] died"
    assert watched_redacted("MY DAUGHTER HOPE VISITS", NAMES) == "MY DAUGHTER [name] VISITS"
    assert watched_redacted("Tom Fry came with his wife", NAMES) == "[name] came with his wife"


def test_a_role_word_that_is_the_pasted_names_own_surname_stays_watched() -> None:
    # "Nguyen Son": no note, the role word ends the name itself
    assert "SON" not in watched_redacted("NGUYEN SON CAME LATE", ("Nguyen Son",))
