"""Review 33 M1 D3 (fails at 6455cf77): "home" in a note beside a pasted name is watched as a
name, so every card about staying at home is held back and Redact prints "my own [name]"."""

from __future__ import annotations

import pytest

from wtfc.importing.pasted_names import parse_names
from wtfc.importing.watch_guard import watched_redacted


@pytest.mark.parametrize("pasted", [
    "Hope Green - key worker at the home",
    "Hope Green - carer at the care home",
    "Aisha Khan - lives at home with son",
    "Kofi Mensah - home help",
])
@pytest.mark.parametrize("card", ["I want to stay in my own home", "My home help is late"])
def test_home_in_a_note_is_no_name(pasted, card):
    assert watched_redacted(card, tuple(parse_names(pasted))) == card


@pytest.mark.parametrize(("pasted", "card"), [
    ("Ann Lee - in hospital at the moment", "At the moment nobody rings back"),
    ("Bob Hart - meals on wheels", "Meals on wheels are always cold"),
    ("Joan Pike - moved into residential care", "Residential care is too expensive"),
    ("Kath Moss - blind, guide dog", "The guide was very helpful"),
])
def test_a_care_notes_words_are_no_name(pasted, card):
    assert watched_redacted(card, tuple(parse_names(pasted))) == card
