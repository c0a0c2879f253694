"""A sheet or paste of one row: a late card's row pasted alone is that card ("P07 | My daughter
does my shopping | Working"), while an empty sheet's headings stay headings, even with one
wtfc does not know (code review A2 #9, session 32): read as a card, the headings went in as a
person's statement and the mapping step showed a red error for an empty sheet."""

from __future__ import annotations

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document


def _cards(row: tuple[str, ...]) -> list[str]:
    table = SourceTable(rows=[row], source_name="one.csv")
    return [c.text for c in build_import(table, guess_mapping(table),
                                         workshop=Document().workshop).cards]


def test_a_late_cards_row_pasted_alone_is_that_card():
    assert _cards(("P07", "My daughter does my shopping", "Working")) == [
        "My daughter does my shopping"]


@pytest.mark.parametrize("row", [
    ("Person", "Statement", "Kind", "Notes"),
    ("Person", "Role", "Locality", "Service", "Age band", "Working 1", "Notes"),
    ("Person", "Statement", "Kind", "Date of review"),
    ("Working", "Not working", "Future"),
])
def test_an_empty_sheets_headings_make_no_card(row):
    assert _cards(row) == []


@pytest.mark.parametrize("words", [
    "What works is my carer coming on time", "Working with Sam has been lovely",
    "Not working: the bus never comes", "Future: a lunch club nearby"])
def test_a_statement_that_starts_like_a_heading_is_still_the_card(words):
    """Code review A3 R1: read as headings, these late cards were not imported at all."""
    assert _cards(("P07", words, "Working")) == [words]
