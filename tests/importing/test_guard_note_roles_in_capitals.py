"""A role kept from a note beside a pasted name ("Ann Lee - husband frank died") is watched
only with a capital; a card typed in capitals gives every word one, and "MY HUSBAND IS MY
CARER" printed "MY [name] IS MY CARER" in the report, the posters and the letter (review 33 R9
R2). Read as the exports read a card: ``watched_redacted`` with the names pasted."""

from __future__ import annotations

import pytest

from wtfc.importing.pasted_names import parse_names
from wtfc.importing.watch_guard import watched_redacted

NAMES = tuple(parse_names(
    "Ann Lee - husband frank died\nP01, Grace Long, very deaf\n"
    "P02 Sue O'Brien - neighbour pat moved away\nBill Hargreaves, sister hope lives near\n"))


@pytest.mark.parametrize("card", [
    "MY HUSBAND IS MY CARER AND HE IS WONDERFUL",
    "THE NEIGHBOUR POPS IN EVERY DAY x",
    "MY SISTER LIVES TOO FAR AWAY NOW",
])
def test_a_role_from_a_note_in_a_capitals_card_goes_up(card: str) -> None:
    assert watched_redacted(card, NAMES) == card


def test_the_name_beside_a_role_in_capitals_is_still_hidden() -> None:
    assert watched_redacted("MY HUSBAND BILL DIED AND I AM ON MY OWN", NAMES) \
        == "MY HUSBAND [name] DIED AND I AM ON MY OWN"
    assert watched_redacted("ANN LEE CAME WITH HER HUSBAND", NAMES) \
        == "[name] CAME WITH HER HUSBAND"


def test_a_role_with_a_capital_in_mixed_case_is_watched_as_the_readme_says() -> None:
    assert watched_redacted("Husband rang the office", NAMES) == "[name] rang the office"
    assert watched_redacted("My husband rang the office", NAMES) == "My husband rang the office"


def test_a_role_word_pasted_as_a_name_with_a_capital_stays_watched_in_capitals() -> None:
    # "Nguyen Son": Son is a given name here, pasted so; the room's capitals card names him
    assert "SON" not in watched_redacted("NGUYEN SON CAME LATE", ("Nguyen Son",))
