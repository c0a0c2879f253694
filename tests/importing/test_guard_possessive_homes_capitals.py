"""A given name's possessive in capitals before FLAT or ROOM went to the wall whole with no names
pasted ("I STAY AT MARYS FLAT", "I STAY AT JOHN'S ROOM"), where before HOUSE it was held back:
FLAT and ROOM are no place words (an address's "Flat 3"). A home's word after the possessive of
a given name the guard is sure of says the person's home now; an estate's FLATS, a famous or a
saint's ROOM stay."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("I STAY AT MARYS FLAT", "I STAY AT [name] FLAT"),
    ("I STAY AT MARY'S FLAT", "I STAY AT [name] FLAT"),
    ("I STAY AT JOHN'S ROOM", "I STAY AT [name] ROOM"),
    ("I STAY AT JOHNS ROOM", "I STAY AT [name] ROOM"),
    ("I STAY AT JAMES' FLAT", "I STAY AT [name] FLAT"),
    ("I STAY AT SUSANS BUNGALOW", "I STAY AT [name] BUNGALOW"),
    ("I LIKE MARYS FLAT x", "I LIKE [name] FLAT x"),
])
def test_the_name_is_hidden(text, wall):
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    "I LIVE IN ST MARY'S FLATS", "I LIVE IN MARY'S FLATS", "THE KING'S ROOM AT THE CENTRE",
    "WE MEET IN ST JOHN'S ROOM", "I MOVED TO THE QUEEN'S ROOM", "MY SON'S FLAT IS DAMP",
    "THE DOCTOR'S ROOM IS UPSTAIRS", "I STAY IN THE NURSES ROOM", "MY DAD'S BUNGALOW NEEDS A RAMP",
    "I LIVE IN FLAT 3", "MY ROOM IS TOO SMALL",
])
def test_an_everyday_card_goes_up_whole(text):
    assert not find_personal_details(text), _wall(text)
