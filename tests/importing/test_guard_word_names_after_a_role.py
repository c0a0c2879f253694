"""A carer's given name that is an everyday word went to the wall whole in a card in capitals,
though the same card in mixed case was held (review 33 M1 D1): Blessing, Patience, Mercy are
common given names among care workers; the everyday cards with those words stay as typed."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("MY CARER BLESSING IS LOVELY", "MY CARER [name] IS LOVELY"),
    ("MY CARER BLESSING NEVER RANG", "MY CARER [name] NEVER RANG"),
    ("THE SOCIAL WORKER BLESSING NEVER RANG", "THE SOCIAL WORKER [name] NEVER RANG"),
    ("MY CARER PATIENCE IS LOVELY", "MY CARER [name] IS LOVELY"),
    ("MY CARER MERCY IS LOVELY", "MY CARER [name] IS LOVELY"),
    ("my carer blessing is lovely", "my carer [name] is lovely"),
    ("BLESSING FROM THE AGENCY NEVER CAME", "[name] FROM THE AGENCY NEVER CAME"),
    ("PATIENCE IS MY CARER", "[name] IS MY CARER"),
])
def test_a_word_name_said_of_a_carer_is_hidden(text: str, wall: str) -> None:
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    "MY CARER SHOWS PATIENCE", "IT WAS A BLESSING", "HAVE MERCY", "MY CARERS PATIENCE IS AMAZING",
    "MY CARER'S PATIENCE IS WEARING THIN", "BLESSING FROM THE CHURCH", "PATIENCE HELPS",
    "MY CARER CHARITY SHOP IS CLOSED",
])
def test_the_everyday_word_stays(text: str) -> None:
    assert _wall(text) == text
