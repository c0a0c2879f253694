"""A full name after a found one in a card in capitals was taken only at the card's end: every
next word is a capital there, which the rule read as a place's third word, so "MARY SHAW AND
BILL PAYNE CAME" went to the wall as "[name] AND BILL PAYNE CAME"; a given name alone after a
full name hid only itself unless 'met' or 'came' followed ("I MET GRACE LONG AND [name] AT THE
SHOP"); and a name in capitals beside one in mixed case stayed whole (review 34 A10 S2, S5)."""

from __future__ import annotations

import pytest

from wtfc.importing.pasted_names import parse_names
from wtfc.importing.personal_details import find_personal_details, redact
from wtfc.importing.watch_guard import watched_redacted


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("MARY SHAW AND BILL PAYNE CAME", "[name] AND [name] CAME"),
    ("MARY SHAW & BILL PAYNE CAME", "[name] & [name] CAME"),
    ("MARY SHAW AND BILL PAYNE MET ON MONDAY", "[name] AND [name] MET ON MONDAY"),
    ("I MET GRACE LONG AND ANN AT THE SHOP", "I MET [name] AND [name] AT THE SHOP"),
    ("GRACE LONG and Ann Lee met the provider", "[name] and [name] met the provider"),
])
def test_both_names_are_hidden_whole(text: str, wall: str) -> None:
    assert _wall(text) == wall


@pytest.mark.parametrize(("text", "wall"), [
    # a place's name after the pair's given name and surname, as in mixed case
    ("MARY SHAW AND BILL PAYNE ROAD", "[name] AND BILL PAYNE ROAD"),
    ("GRACE LONG AND AGE CONCERN HELPED", "GRACE LONG AND AGE CONCERN HELPED"),
    # what the list's last person did is no surname
    ("SUE, ANN LEE AND BOB CAME", "[name], [name] AND [name] CAME"),
])
def test_what_is_no_name_stays(text: str, wall: str) -> None:
    assert _wall(text) == wall


def test_with_word_names_pasted_the_second_name_is_whole() -> None:
    names = tuple(parse_names("Bill Hargreaves, Will Jones, Grace Long, Hope Green"))
    assert watched_redacted("MARY SHAW AND BILL PAYNE CAME", names) == "[name] AND [name] CAME"
