"""Group first, name afterwards (seeds/003): a new theme with no name, or with the pre-filled
"I" untouched, is a group "not named yet" with a real, unique, saved name."""

from __future__ import annotations

import pytest
from workshop_builders import NW, assert_valid, do_undo_redo, sample_document, theme_cards

from wtfc.model.operations.themes import create_theme, delete_theme, rename_theme, split_theme
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.unnamed_themes import is_unnamed, unnamed_warning
from wtfc.model.workshop import Kind


def _names(doc):
    return [t.name for t in doc.workshop.themes]


@pytest.mark.parametrize("typed", ["", "  ", "I", "I ", " I  ", "i", " i "])
def test_nothing_typed_or_the_untouched_i_makes_a_group_to_name_later(typed):
    doc = sample_document()
    edit = create_theme(doc, kind=NW, name=typed, card_ids=["n5"])

    def done(d):
        assert "Group 1 (not named yet)" in _names(d)
        group = next(t for t in d.workshop.themes if t.name == "Group 1 (not named yet)")
        assert group.card_ids == ["n5"] and group.kind == NW

    do_undo_redo(doc, edit, done)


def test_each_group_gets_the_lowest_number_free_across_the_kinds():
    doc = sample_document()
    create_theme(doc, kind=NW, name="I ", card_ids=["n5"]).do(doc)
    create_theme(doc, kind=Kind.WORKING, name="", card_ids=["w2"]).do(doc)  # another kind
    create_theme(doc, kind=NW, name="I", card_ids=["n6"]).do(doc)  # the second is not refused
    assert [n for n in _names(doc) if is_unnamed(n)] == [
        "Group 1 (not named yet)", "Group 3 (not named yet)", "Group 2 (not named yet)"]
    first = next(t for t in doc.workshop.themes if t.name == "Group 1 (not named yet)")
    delete_theme(doc, theme_id=first.id).do(doc)
    create_theme(doc, kind=Kind.FUTURE, name="", card_ids=["f1"]).do(doc)
    assert "Group 1 (not named yet)" in _names(doc)  # the freed number is used again
    assert_valid(doc)


def test_rename_gives_the_group_its_i_statement_and_frees_its_number():
    doc = sample_document()
    create_theme(doc, kind=NW, name="", card_ids=["n5"]).do(doc)
    group = next(t for t in doc.workshop.themes if is_unnamed(t.name))
    rename_theme(doc, theme_id=group.id, name="I am lonely").do(doc)
    assert doc.theme(group.id).name == "I am lonely"
    assert unnamed_warning(doc.workshop) == ""
    create_theme(doc, kind=NW, name="", card_ids=["n6"]).do(doc)
    assert "Group 1 (not named yet)" in _names(doc)


def test_a_typed_name_is_still_checked_as_before():
    doc = sample_document()
    create_theme(doc, kind=NW, name="I feel alone", card_ids=["n5"]).do(doc)
    from wtfc.model.errors import EditRefused

    with pytest.raises(EditRefused, match="already a theme called"):
        create_theme(doc, kind=NW, name="I feel  alone", card_ids=["n6"])


def test_split_off_with_no_name_is_a_group_too():
    doc = sample_document()
    split_theme(doc, theme_id="package", card_ids=["n2"], new_name="I ").do(doc)
    group = next(t for t in doc.workshop.themes if is_unnamed(t.name))
    assert theme_cards(doc, group.id) == ["n2"] and theme_cards(doc, "package") == ["n1", "n3"]


def test_the_warning_names_the_groups_and_says_what_to_do(tmp_path):
    doc = sample_document()
    assert unnamed_warning(doc.workshop) == ""
    create_theme(doc, kind=NW, name="", card_ids=["n5"]).do(doc)
    one = unnamed_warning(doc.workshop)
    assert one.startswith("1 theme is not named yet: “Group 1 (not named yet)” (not working).")
    assert "Rename theme (F2)" in one
    create_theme(doc, kind=Kind.WORKING, name="", card_ids=["w2"]).do(doc)
    assert unnamed_warning(doc.workshop).startswith(
        "2 themes are not named yet: “Group 1 (not named yet)” (not working), "
        "“Group 2 (not named yet)” (working).")
    path = tmp_path / "w.wtfc"  # a real name: saved and opened again as it is
    save_workshop(doc.workshop, path)
    assert "Group 2 (not named yet)" in [t.name for t in load_workshop(path).workshop.themes]


def test_a_long_list_is_counted_after_five():
    doc = sample_document()
    for card in ("n5", "n6", "n4", "n1", "n2", "n3"):
        create_theme(doc, kind=NW, name="", card_ids=[card]).do(doc)
    said = unnamed_warning(doc.workshop)
    assert said.startswith("6 themes are not named yet:") and "and 1 more." in said
