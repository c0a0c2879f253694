"""Two full names joined with neither found first went to the letter and wall whole in mixed
case, a word-name and a surname that is a word each: "Grace Long and Hope Green met the
provider" (review 34 A10 S5). Where what people do together follows, both are names, as in
capitals; a place's or a day's name is not."""

from __future__ import annotations

import pytest

from wtfc.importing.personal_details import find_personal_details, redact


def _wall(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "wall"), [
    ("Grace Long and Hope Green met the provider", "[name] and [name] met the provider"),
    ("Grace Long and Pat Hall met the provider", "[name] and [name] met the provider"),
    ("Grace Long and Mark Ward met the provider", "[name] and [name] met the provider"),
    ("Grace Long with Hope Green visited me", "[name] with [name] visited me"),
    ("GRACE LONG AND HOPE GREEN MET THE PROVIDER", "[name] AND [name] MET THE PROVIDER"),
])
def test_both_names_are_hidden(text: str, wall: str) -> None:
    assert _wall(text) == wall


@pytest.mark.parametrize("text", [
    "Holly Lodge and Hope House joined",
    "Hope Green and Pat Hall met",  # two places' words: maybe two places
])
def test_places_stay(text: str) -> None:
    assert _wall(text).startswith(text.split(" and ")[0])
