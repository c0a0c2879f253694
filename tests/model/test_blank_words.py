"""Words that are only invisible characters are no words (review R4 F5): a zero-width space,
joiner, word joiner or byte-order mark, which Word and web pages carry along in a copy, alone
made a card, an action, a theme name blank on the wall and an empty “” poster heading."""

from __future__ import annotations

import pytest
from workshop_builders import sample_document

from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.report import SkipReason
from wtfc.importing.table import SourceTable
from wtfc.model.blank_text import is_blank
from wtfc.model.errors import EditRefused
from wtfc.model.operations.actions import add_action
from wtfc.model.operations.cards import add_card, edit_card
from wtfc.model.operations.causes import add_cause
from wtfc.model.operations.details import edit_details
from wtfc.model.operations.success import add_success
from wtfc.model.operations.themes import add_theme_comment, rename_theme
from wtfc.model.workshop import Kind, Perspective, Role, Workshop

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", " \u200b\u00a0\u200b "]


@pytest.mark.parametrize("words", INVISIBLE)
def test_invisible_characters_alone_are_blank(words):
    assert is_blank(words)


@pytest.mark.parametrize("words", ["x", "👩\u200d👧", "a\u200b", "\u0640"])
def test_anything_visible_is_not(words):
    assert not is_blank(words)


def test_a_card_action_theme_cause_and_success_of_a_zero_width_space_are_refused():
    doc = sample_document()
    ws = doc.workshop
    theme = ws.themes[0].id
    card = ws.cards[0].id
    zwsp = "\u200b"
    refusals = {
        "A card needs some words.": lambda: add_card(doc, kind=Kind.WORKING, text=zwsp),
        "A card needs some words. To remove it, delete the card.":
            lambda: edit_card(doc, card_id=card, text=zwsp),
        "An action needs to say what will be done.":
            lambda: add_action(doc, theme_id=theme, role=Role.OTHER, what=zwsp),
        "A theme needs a name:":
            lambda: rename_theme(doc, theme_id=theme, name=zwsp),
        "A cause needs some words.": lambda: add_cause(doc, theme_id=theme, text=zwsp),
        "A success statement needs some words.":
            lambda: add_success(doc, theme_id=theme, perspective=Perspective.OLDER_PEOPLE,
                                text=zwsp),
        "The comment is empty.": lambda: add_theme_comment(doc, theme_id=theme, comment=zwsp),
    }
    for said, edit in refusals.items():
        with pytest.raises(EditRefused) as refused:
            edit()
        assert str(refused.value).startswith(said)
    with pytest.raises(EditRefused, match="needs a title"):
        edit_details(doc, title="\ufeff")


def test_an_imported_row_of_a_zero_width_space_is_skipped_as_empty():
    table = SourceTable(rows=[("Person", "Kind", "Statement"), ("P01", "green", "\u200b"),
                              ("P02", "green", "Lunch club")], source_name="reviews.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert [c.text for c in plan.cards] == ["Lunch club"]
    assert [(s.row, s.reason) for s in plan.report.skipped] == [(2, SkipReason.EMPTY)]
