"""A note beside a pasted name typed In Title Case, as a spreadsheet's cells often are ("Ann Lee
- Son Visits Weekly", "Joan Day - Daughter Lives nearby"), kept its role and words watched as
names: "My son visits" printed "My [name] [name]", "MY SON CAME" "MY [name] CAME", "My daughter
is lovely" "My [name] is lovely" (review 34 A10 R3). Its words are read as in lower case, and a
role opening it is a role; a relative's name in it is still watched. Read as the exports read a
card: ``watched_redacted``."""

from __future__ import annotations

import pytest

from wtfc.importing.pasted_names import parse_names
from wtfc.importing.watch_guard import watched_redacted


@pytest.mark.parametrize(("names", "card"), [
    ("Joan Day - Daughter Lives nearby", "My daughter is lovely"),
    ("Joan Day - Daughter Lives nearby", "MY DAUGHTER LIVES NEARBY"),
    ("Ann Lee - Son Visits Weekly", "My son visits"),
    ("Ann Lee - Son Visits Weekly", "MY SON CAME"),
    ("Ann Lee - Son Visits Weekly", "My son visits weekly"),
    ("Ann Lee - Lives With Daughter", "MY DAUGHTER IS MY CARER"),
    ("Ann Lee - Deaf In Left Ear", "I am deaf in my left ear"),
])
def test_a_title_case_note_keeps_everyday_cards_up(names: str, card: str) -> None:
    assert watched_redacted(card, tuple(parse_names(names))) == card


@pytest.mark.parametrize(("names", "card", "shown"), [
    ("Joan Day - Daughter Lives nearby", "Joan Day came late", "[name] came late"),
    ("Ann Lee - Daughter Olive Visits Weekly", "Olive came late", "[name] came late"),
    ("Ann Lee - Sister Grace Long", "MY SISTER GRACE LONG CAME", "MY SISTER [name] CAME"),
    ("Ann Lee - Lives With Son Mark", "My son Mark came", "My son [name] came"),
])
def test_the_names_are_still_hidden(names: str, card: str, shown: str) -> None:
    assert watched_redacted(card, tuple(parse_names(names))) == shown


def test_the_pasted_names_own_last_word_stays_watched() -> None:
    assert "SON" not in watched_redacted("NGUYEN SON CAME LATE", ("Nguyen Son",))
