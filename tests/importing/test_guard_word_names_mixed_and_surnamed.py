"""A carer's word-name (Blessing, Patience…) went to the wall whole with no names pasted at a
mixed-case card's start ("Blessing from the agency never came", "Blessing is my carer"), and in
capitals after a role with a surname or "from the agency" after it ("MY CARER BLESSING JONES IS
LOVELY", "MY CARER BLESSING FROM THE AGENCY NEVER CAME"); "MY CARER BLESSING IS LOVELY" was
caught. The everyday cards with those words stay, and a care role's possessive is no role
("CHARITY IS MY CARER'S SECOND JOB", held before)."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("Blessing from the agency never came", "[name] from the agency never came"),
    ("Blessing is my carer", "[name] is my carer"),
    ("Patience is my carer", "[name] is my carer"),
    ("Blessing, from the agency, never came", "[name], from the agency, never came"),
    ("MY CARER BLESSING JONES IS LOVELY", "MY CARER [name] IS LOVELY"),
    ("my carer blessing jones is lovely", "my carer [name] is lovely"),
    ("MY CARER PATIENCE SMITH NEVER CAME", "MY CARER [name] NEVER CAME"),
    ("MY CARER BLESSING FROM THE AGENCY NEVER CAME", "MY CARER [name] FROM THE AGENCY NEVER CAME"),
    ("my carer blessing from the agency never came", "my carer [name] from the agency never came"),
    ("My carer blessing is lovely", "My carer [name] is lovely"),
])
def test_the_word_name_is_hidden(text: str, wall: str) -> None:
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    "It was a blessing", "Blessing from the church", "MY CARER SHOWS PATIENCE",
    "My carer shows patience", "My carer has no patience", "My carers patience is amazing",
    "MY CARER PATIENCE RUNS OUT", "Charity is my carer's second job",
    "Charity from the council would help", "Serenity is my carer's gift", "Mercy is what we need",
    "It is a blessing my carer comes", "Blessing from above",
])
def test_the_everyday_word_stays(text: str) -> None:
    for typed in (text, text.upper(), text.lower()):
        assert _wall(typed) == typed
