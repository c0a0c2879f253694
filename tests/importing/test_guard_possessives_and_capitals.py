"""A given name, a surname and "'s" before a lower-case place word was read as a place's name:
"Mary Smith's house", "Mary Ward's house is nice" went to the wall whole ("Mary Smith's visits"
was held). A word-name starting a sentence was the word whatever surname followed: "Sue Brown's
visits are short". And a card in capitals named no one unless a title or a role came first:
"MARY SMITH DROVE ME", "THANK YOU TO MARY FOR THE LIFT"; with "Ann Ward" pasted, "Thanks to
MARY WARD" went to the letter and the room views as typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.guard_scoring import read_labelled_statements, score_guard
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.personal_details import find_personal_details
from wtfc.importing.table import SourceTable
from wtfc.importing.typed_details import shown_as_kinds
from wtfc.importing.watch_guard import watched_redacted
from wtfc.model.document import Document

CARDS = Path(__file__).parent / "data" / "guard_possessives_capitals_statements.txt"

MISSED = [
    "Mary Smith's house", "Sue Brown's visits are short", "Went to Sue Brown's house",
    "Mary Ward's house is nice", "Mary Hall's house", "MARY SMITH DROVE ME", "MARY WARD DROVE ME",
    "THANK YOU TO MARY FOR THE LIFT",
]
# cards in capitals naming a thing or a place, kept clear
PLACES = ["DOOR BELL NEVER WORKS", "ON WARD NEVER SAW A DOCTOR", "GEORGE STREET IS CLOSED AGAIN",
          "THE SHOPS ON MARY WARD LANE ARE CLOSED", "BETH SY'N GWEITHIO?", "ED STAFF WERE RUDE"]


def test_the_labelled_cards_find_every_name_and_flag_no_place():
    score = score_guard(read_labelled_statements(CARDS))
    assert score.recall == 1.0, score.missed
    assert score.false_alarms == (), score.false_alarms


@pytest.mark.parametrize("text", MISSED)
def test_each_card_reported_names_someone(text):
    assert [f.category for f in find_personal_details(text)] == ["name"]


def _held(statements: list[str]) -> list[bool]:
    table = SourceTable(rows=[("Person", "Kind", "Statement"),
        *((f"P{n:02d}", "Not working", t) for n, t in enumerate(statements, 1))],
        source_name="f9.csv")
    doc = Document()
    import_edit(doc, build_import(table, guess_mapping(table), workshop=doc.workshop)).do(doc)
    return [c.held_back for c in doc.workshop.cards]


def test_an_import_holds_back_the_cards_naming_someone_and_not_the_places():
    assert _held(MISSED) == [True] * len(MISSED)
    # apart: a name found on one card is looked for on the others ("MARY" of "MARY WARD LANE")
    assert _held(PLACES) == [False] * len(PLACES)


@pytest.mark.parametrize(("text", "shown"), [
    ("Mary Smith's house is up for sale.", "[name] house is up for sale."),
    ("Sue Brown's visits are short", "[name] visits are short"),
    ("Went to Sue Brown's house", "Went to [name] house"),
    ("MARY WARD DROVE ME", "[name] DROVE ME"),
    ("THANK YOU TO MARY FOR THE LIFT", "THANK YOU TO [name] FOR THE LIFT"),
    ("Thanks to MARY WARD", "Thanks to [name]"),
    ("MY CARER MARY WARD NEVER CAME", "MY CARER [name] NEVER CAME"),
])
@pytest.mark.parametrize("names", [(), ("Ann Ward",)])
def test_the_letter_and_the_room_views_hide_the_name(text, shown, names):
    assert shown_as_kinds(text, names) == shown  # the letter's
    assert watched_redacted(text, names) == shown  # Act's and Review's room views'


@pytest.mark.parametrize("text", PLACES)
def test_a_card_in_capitals_naming_a_place_stays_as_typed(text):
    assert shown_as_kinds(text) == text
    assert watched_redacted(text) == text
