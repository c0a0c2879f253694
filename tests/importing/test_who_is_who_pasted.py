"""Review 36 W1 R2: a who-is-who list pasted in Names to watch for (as the import's note asks
the facilitator to keep one) made its codes and areas names: "P02", "North", "South" were
watched, "The North team never rings me back" was held back and a later sheet's Area "North"
was called a personal detail. A person's code and an area word on their own are no name; the
names beside them still are."""

from __future__ import annotations

import pytest

from wtfc.importing.pasted_names import parse_names
from wtfc.importing.sheet_area import area_detail
from wtfc.importing.watch_guard import watched_redacted
from wtfc.ui.card_guard import details_in

KEY = ("Margaret Ellsworth (P02, North)\nHarold Pike - P05 South\nDorothy Pennyworth, P03\n"
       "P01\tZebulon Quarrie\tNorth\nP04\tHope Green\tSouth East\n")
NAMES = ["Margaret Ellsworth", "Harold Pike", "Dorothy Pennyworth", "Zebulon Quarrie",
         "Hope Green"]


def test_the_list_gives_its_names_without_codes_or_areas():
    assert parse_names(KEY) == NAMES


def test_cells_copied_from_excel_under_their_headings():
    assert parse_names("Code\tName\tArea\nP01\tZebulon Quarrie\tNorth\n") == ["Zebulon Quarrie"]


@pytest.mark.parametrize("card", [
    "The North team never rings me back", "The bus to North Road stopped",
    "Carers from the South office are always late", "P02 said it too"])
def test_cards_about_an_area_stay_as_typed(card):
    names = tuple(parse_names(KEY))
    assert details_in(card, names) == []
    assert watched_redacted(card, names) == card


def test_the_people_on_it_are_still_watched():
    names = tuple(parse_names(KEY))
    assert watched_redacted("Ellsworth never came", names) == "[name] never came"
    assert watched_redacted("Zebulon Quarrie from the agency", names) == "[name] from the agency"


def test_the_area_box_does_not_call_an_area_a_personal_detail():
    assert area_detail("North", parse_names(KEY)) == ""


def test_a_surname_that_is_an_area_word_is_a_name():
    assert parse_names("Oliver North\nKanye West") == ["Oliver North", "Kanye West"]
    assert parse_names("P06, West, Kanye, South") == ["West", "Kanye"]  # "Surname, Given"


@pytest.mark.parametrize(("pasted", "as_if"), [
    ("Hope Green (daughter Grace, P07)", "Hope Green (daughter Grace)"),
    ("Ann Lee - husband Frank, North", "Ann Lee - husband Frank"),
])
def test_what_is_said_beside_a_name_loses_only_its_code_and_area(pasted, as_if):
    assert parse_names(pasted) == parse_names(as_if)
