"""Both of two joined names, a given name's possessive, a name in quotes before a place word and
a surname past a quote mark (code review B3, session 26: F4 to F8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importing.import_files import held_after_import
from wtfc.importing.personal_details import find_personal_details, redact


def _shown(text: str) -> str:
    return redact(text, find_personal_details(text))


@pytest.mark.parametrize(("text", "shown"), [
    ("Rose and Tendai are my carers", "[name] and [name] are my carers"),
    ("Rose and Precious from the agency are lovely",
     "[name] and [name] from the agency are lovely"),
    ("Grace and Mercy are my carers", "[name] and [name] are my carers"),
])
def test_both_joined_names_are_redacted(text: str, shown: str) -> None:
    assert _shown(text) == shown


def test_a_joined_word_name_holds_back_its_own_card_only(tmp_path: Path) -> None:
    held = held_after_import(tmp_path, ["Rose and Memory from the agency are kind",
                            "My memory is not what it was",
                            "Rose and Tendai are my carers", "Tendai came late again"])
    assert held == {"Rose and Memory from the agency are kind",
                    "Rose and Tendai are my carers", "Tendai came late again"}


def test_a_known_given_name_joined_in_lower_case_elsewhere_still_spreads(tmp_path: Path) -> None:
    held = held_after_import(tmp_path, ["Barbara and Jean at the day centre are my best friends.",
                            "jean never rings me"])
    assert "jean never rings me" in held


@pytest.mark.parametrize(("text", "shown"), [
    ("I asked Margaret's daughter to ring the office",
     "I asked [name] daughter to ring the office"),
    ("I miss Doreen's visits since she left", "I miss [name] visits since she left"),
    ("We went to Patricia's house for tea", "We went to [name] house for tea"),
    ("Grace's Café does a good breakfast", "Grace's Café does a good breakfast"),
])
def test_a_given_names_possessive_is_found(text: str, shown: str) -> None:
    assert _shown(text) == shown


def test_a_given_name_inside_a_place_does_not_hold_that_place_back(tmp_path: Path) -> None:
    held = held_after_import(tmp_path, ["Mair's daughter rang", "I went to Capel Mair on Sunday",
                            "Mair came late"])
    assert held == {"Mair's daughter rang", "Mair came late"}


@pytest.mark.parametrize("text", [
    "I stayed on 'Rose' ward for a week",
    "The 'Iris' centre is good",
    "The ‘Victoria’ ward was clean",
    "Bill is my daughter's job to sort out",
    "Grant, my son applied for it, took months",
    "Grant is the carer's allowance I get",
])
def test_places_and_things_are_not_names(text: str) -> None:
    assert find_personal_details(text) == []


@pytest.mark.parametrize(("text", "shown"), [
    ("Mrs Jones' house is cold", "[name]' house is cold"),
    ("Grant, my carer, was late", "[name], my carer, was late"),
    ("Bill is my carer", "[name] is my carer"),
    ("Mrs O' Neill was late again", "[name] was late again"),
    ("Mrs O‘Neill was late again", "[name] was late again"),
    ("Mrs 'Pat' Jones was late again", "Mrs '[name]' [name] was late again"),
    ("Mrs Patricia 'Pat' Jones was late", "[name] '[name]' [name] was late"),
])
def test_people_stay_found_and_whole(text: str, shown: str) -> None:
    assert _shown(text) == shown
