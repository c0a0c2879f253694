"""A card typed in the app (Add card, an edit on the wall) is read as an import reads it: a
surname that is a word spread from another card ("Green" of "Mrs Green") holds it back only
where said of a person, and a line break is a space (review code-a2 #1, #9; F13, session 27)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importing.import_files import held_after_import
from wtfc.importing.name_spread import watched_and_found_names
from wtfc.importing.personal_details import find_personal_details
from wtfc.model.workshop import Card, Kind, PersonalDetail
from wtfc.ui.card_guard import details_in


def _workshop_card(text: str) -> Card:
    return Card(id="c1", kind=Kind.WORKING, text=text, personal_details=[
        PersonalDetail(start=f.start, end=f.end, category=f.category, text=f.text)
        for f in find_personal_details(text)])


@pytest.mark.parametrize(("source", "typed"), [
    ("Mrs Green is kind", "We went to Green Park"),
    ("Dr Day listens to me", "I go to the Day Centre on Tuesdays"),
    ("Mr Hall never listens", "Church Hall lunch club is my lifeline"),
    ("Mr Hall never listens", "The village Hall is cold"),
    ("Social worker: J HILL", "Primrose Hill is where I grew up"),
    ("Mr Long is rude", "I have Long COVID"),
])
def test_a_typed_place_word_is_not_held_back_by_a_spread_surname(
    source: str, typed: str, tmp_path: Path
) -> None:
    assert held_after_import(tmp_path, [source, typed]) == {source}
    assert details_in(typed, watched_and_found_names([], [_workshop_card(source)])) == []


@pytest.mark.parametrize(("source", "typed", "name"), [
    ("Mrs Green is kind", "Green came late again", "Green"),
    ("Social worker: J HILL", "Hill never rang me back", "Hill"),
    ("Social worker: J HILL", "I rang Hill three times", "Hill"),
    ("Social worker: J HILL", "Hill is my social worker", "Hill"),
])
def test_a_typed_card_saying_the_spread_surname_of_a_person_is_held_back(
    source: str, typed: str, name: str
) -> None:
    found = details_in(typed, watched_and_found_names([], [_workshop_card(source)]))
    assert [d.text for d in found] == [name]


def test_a_pasted_name_that_is_a_word_is_still_flagged_wherever_it_is_capitalised() -> None:
    """The facilitator's own list is not narrowed: "Green" pasted holds back "Green Park"."""
    assert [d.text for d in details_in("We went to Green Park", ["Green"])] == ["Green"]


@pytest.mark.parametrize(("typed", "name"), [
    ("June\nfrom the agency is lovely", "June"),
    ("J SMITH\nNEVER CAME", "J SMITH"),
    ("REVIEW DONE BY\nJ SMITH", "J SMITH"),
    ("Brown and Green\nfrom the council never rang", "Brown"),
    ("Brown and\nGreen from the council never rang", "Green"),
])
def test_a_line_break_typed_in_a_card_hides_no_name(typed: str, name: str) -> None:
    found = details_in(typed, [])
    assert name in [d.text for d in found]
    assert all(typed[d.start : d.end] == d.text for d in found)  # the card's own words
