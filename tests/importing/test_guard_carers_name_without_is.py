"""A carer's name after "<role>S CALLED", "<role>S NAMES", "HER NAMES" or "<role>S NAME" went up
whole when it was a word-name ("MY CARERS CALLED BLESSING"), ended like a word said of when they
called ("MY CARERS CALLED MEILING", "MY CARERS NAMES SHAHZED", "MY CARERS CALLED BEVERLY"), or
had no "IS" and no apostrophe ("HER NAMES SUE", "MY CARERS NAME SUE") (code review A11 S2). What
is said of the carers or their names still goes up whole."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("MY CARERS CALLED BLESSING", "MY CARERS CALLED [name]"),
    ("MY CARERS NAMES BLESSING", "MY CARERS NAMES [name]"),
    ("MY CARERS NAMES JING", "MY CARERS NAMES [name]"),
    ("MY CARERS CALLED MING", "MY CARERS CALLED [name]"),
    ("MY CARERS CALLED MEILING", "MY CARERS CALLED [name]"),
    ("SHES CALLED MEILING", "SHES CALLED [name]"),
    ("MY CARERS NAMES SHAHZED", "MY CARERS NAMES [name]"),
    ("MY CARERS CALLED JAWED", "MY CARERS CALLED [name]"),
    ("MY CARERS CALLED SAEED", "MY CARERS CALLED [name]"),
    ("MY CARERS CALLED RASHIED", "MY CARERS CALLED [name]"),
    ("MY CARERS CALLED BEVERLY", "MY CARERS CALLED [name]"),
    ("HER NAMES SUE", "HER NAMES [name]"),
    ("HIS NAMES PETER", "HIS NAMES [name]"),
    ("MY CARERS NAME SUE", "MY CARERS NAME [name]")])
def test_a_carers_name_without_is_in_other_shapes(text, wall):
    assert _wall(text) == wall
    assert _wall(text.lower()) == wall.lower()


@pytest.mark.parametrize("text", [
    "MY CARERS CALLED SMILING", "MY CARERS CALLED EXHAUSTED", "MY CARERS CALLED SHOPPING",
    "MY CARERS CALLED AMAZED", "MY CARERS CALLED EVERY MORNING", "MY CARERS CALLED UNEXPECTEDLY",
    "MY CARERS CALLED QUICKLY", "MY CARERS NAMES AMAZING", "HIS NAMES FAMOUS",
    "MY CARERS NAME STICKER", "MY CARERS NAME BADGE IS MISSING", "MY CARERS NAME WASNT TOLD TO ME",
    "HER NAMES ON THE LIST", "MY MUMS NAME SAKE", "THEIR NAMES CHANGE"])
def test_what_is_said_of_the_carers_or_their_names_goes_up_whole(text):
    for typed in (text, text.lower(), text.capitalize()):
        assert not find_personal_details(typed), _wall(typed)
