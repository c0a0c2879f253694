"""A name after "<role>S NAMES" or "<role>S CALLED", the apostrophe and "IS" left out, went to the
wall whole with no names pasted, read as plurals ("MY CARERS NAMES SUE", "MY CARERS CALLED SUE";
"MY CARER IS CALLED SUE" was caught). A listed given name there is a name, and a word no list
knows where the sentence ends; what carers did stays ("MY CARERS CALLED EARLY")."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("MY CARERS NAMES SUE", "MY CARERS NAMES [name]"),
    ("MY CARERS CALLED SUE", "MY CARERS CALLED [name]"),
    ("MY CARERS NAMES SUE SMITH", "MY CARERS NAMES [name]"),
    ("MY CARERS CALLED GWENLLIAN", "MY CARERS CALLED [name]"),
    ("MY CARERS NAMES GWENLLIAN. SHE IS KIND", "MY CARERS NAMES [name]. SHE IS KIND"),
    ("MY CARERS CALLED GWENLLIAN AND SHE IS KIND", "MY CARERS CALLED [name] AND SHE IS KIND"),
    ("MY CARERS NAMES JOY.", "MY CARERS NAMES [name]."),
    ("SHES CALLED SUE", "SHES CALLED [name]"),
])
def test_the_name_is_hidden(text, wall):
    assert _wall(text) == wall
    assert _wall(text.lower()) == wall.lower()


@pytest.mark.parametrize("text", [
    "MY CARERS NAMES ARE ON THE ROTA", "MY CARERS CALLED EARLY", "THE CARERS CALLED ME",
    "MY CARERS CALLED SICK", "MY CARERS CALLED UNEXPECTEDLY", "MY CARERS CALLED MIDDAY",
    "MY CARERS CALLED ANYWAY", "MY CARERS CALLED LOADS", "MY CARERS CALLED UNANNOUNCED",
    "MY CARERS CALLED SOCIAL SERVICES", "THE NURSES CALLED AN AMBULANCE", "MY SONS CALLED ROUND",
    "MY CARERS CALLED THE POLICE", "MY CARERS CALLED MUM", "MY CARERS NAMES CHANGE EVERY WEEK",
    "MY CARERS CALLED TWICE AND LEFT",
])
def test_what_carers_did_goes_up_whole(text):
    for typed in (text, text.lower(), text.capitalize()):
        assert not find_personal_details(typed), _wall(typed)
