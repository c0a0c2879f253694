"""The one-step move of a wall selection (``move_placements``): do → undo → redo, no Qt."""

from __future__ import annotations

import pytest
from wall_fixtures import small_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.themes import move_placements


def _run(doc, edit, check):
    before = doc.workshop.model_copy(deep=True)
    edit.do(doc)
    check(doc)
    after = doc.workshop.model_copy(deep=True)
    edit.undo(doc)
    assert doc.workshop == before
    edit.do(doc)
    assert doc.workshop == after
    check(doc)


def test_cards_from_two_themes_and_unsorted_move_in_one_step():
    doc = small_document()
    edit = move_placements(doc, moves=[("n1", "package"), ("n4", "staff"), ("n5", None)],
                           to_theme_id="staff")

    def check(d):
        assert d.theme("package").card_ids == ["n2", "n3"]
        assert d.theme("staff").card_ids == ["n3", "n4", "n1", "n5"]

    _run(doc, edit, check)
    assert edit.label == "Move 3 cards to 'I never know who is coming'"


def test_copy_leaves_the_card_where_it_was():
    doc = small_document()
    edit = move_placements(doc, moves=[("n1", "package")], to_theme_id="staff", copy=True)

    def check(d):
        assert "n1" in d.theme("package").card_ids
        assert "n1" in d.theme("staff").card_ids

    _run(doc, edit, check)


def test_out_of_themes_returns_cards_to_unsorted():
    doc = small_document()
    edit = move_placements(doc, moves=[("n1", "package"), ("n4", "staff")], to_theme_id=None)

    def check(d):
        unsorted = {c.id for c in d.unsorted_cards()}
        assert {"n1", "n4"} <= unsorted

    _run(doc, edit, check)


def test_a_card_of_another_kind_is_refused_in_plain_english():
    doc = small_document()
    with pytest.raises(EditRefused, match="not working theme can only hold"):
        move_placements(doc, moves=[("w2", None)], to_theme_id="package")
