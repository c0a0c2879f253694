"""When or how the carers called, and what their names do, were held as a name: "MY CARERS
CALLED ALREADY" printed "MY CARERS CALLED [name]", "MY CARERS NAMES VARY" "MY CARERS NAMES
[name]" (code review A11 R2, new with 2cf6f10a). Names there are still hidden."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize("text", [
    "MY CARERS CALLED ALREADY", "MY CARERS CALLED MORNINGS", "MY CARERS CALLED EVENINGS",
    "MY CARERS CALLED ENOUGH", "MY CARERS CALLED SELDOM", "MY CARERS CALLED BEFOREHAND",
    "MY CARERS CALLED PLENTY", "MY CARERS CALLED RELATIVES", "MY CARERS CALLED ALOT",
    "MY CARERS CALLED NONSTOP", "MY CARERS CALLED HELPERS", "MY CARERS CALLED WEEKENDS",
    "SHES CALLED ALREADY", "MY CARERS NAMES VARY", "MY CARERS NAMES DIFFER",
    "MY CARERS NAMES MATTER", "MY CARERS NAMES PLEASE", "MY CARERS NAMES BADGES",
    "MY CARERS NAMES CHANGE", "MY CARERS NAMES ROTATE"])
def test_what_the_carers_did_goes_up_whole(text):
    for typed in (text, text.lower(), text.capitalize()):
        assert not find_personal_details(typed), _wall(typed)


@pytest.mark.parametrize(("text", "wall"), [
    ("MY CARERS CALLED GWENLLIAN", "MY CARERS CALLED [name]"),
    ("MY CARERS NAMES TENDAI", "MY CARERS NAMES [name]"),
    ("MY CARERS NAMES SUE SMITH", "MY CARERS NAMES [name]"),
    ("MY CARERS CALLED WILL", "MY CARERS CALLED [name]")])
def test_a_carers_name_there_is_still_hidden(text, wall):
    assert _wall(text) == wall
    assert _wall(text.lower()) == wall.lower()
