"""One rule for a group "not named yet", however its name came (code review 24 A, F6 and F8):
the placeholder typed by hand in any case counts as one (the warning names it, the exports
leave it out of the letter); it is unique across the kinds, as the numbered groups are, so the
projector and the posters never show two groups of one name; and Rename never makes one: a
rename to nothing or to the pre-filled "I" is refused with words to keep the name it has."""

from __future__ import annotations

import pytest
from workshop_builders import NW, W, assert_valid, do_undo_redo, sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.themes import KEEP_NAME, create_theme, rename_theme
from wtfc.model.unnamed_themes import is_unnamed, unnamed_warning


def _unnamed(doc):
    return [t.name for t in doc.workshop.themes if is_unnamed(t.name)]


@pytest.mark.parametrize("typed", ["group 1 (not named yet)", "GROUP 1 (NOT NAMED YET)",
                                   "Group 1 not named yet", " Group  1 ( not named yet ) "])
def test_a_placeholder_typed_in_any_case_is_a_group_not_named_yet(typed):
    doc = sample_document()
    create_theme(doc, kind=NW, name=typed, card_ids=["n5"]).do(doc)
    assert len(_unnamed(doc)) == 1
    assert unnamed_warning(doc.workshop).startswith("1 theme is not named yet:")
    create_theme(doc, kind=W, name="", card_ids=["w2"]).do(doc)  # the number is taken
    assert "Group 2 (not named yet)" in _unnamed(doc)


def test_a_typed_placeholder_another_kind_has_is_refused_as_a_second_of_one_name():
    doc = sample_document()
    create_theme(doc, kind=W, name="", card_ids=["w2"]).do(doc)  # Group 1, working
    with pytest.raises(EditRefused, match="already a group called 'Group 1 \\(not named yet\\)' "
                                          "\\(working\\)"):
        create_theme(doc, kind=NW, name="group 1 (not named yet)", card_ids=["n5"])
    with pytest.raises(EditRefused, match="already a group called"):
        rename_theme(doc, theme_id="package", name="Group 1 (Not named yet)")
    assert _unnamed(doc) == ["Group 1 (not named yet)"]
    # another number is free, in any kind: allowed, one undo step
    edit = rename_theme(doc, theme_id="package", name="Group 2 (not named yet)")
    do_undo_redo(doc, edit, lambda d: assert_valid(d) or None)
    assert sorted(_unnamed(doc)) == ["Group 1 (not named yet)", "Group 2 (not named yet)"]


def test_a_real_name_of_another_kind_is_still_allowed():
    doc = sample_document()
    named = next(t for t in doc.workshop.themes if t.kind == W).name
    create_theme(doc, kind=NW, name=named, card_ids=["n5"]).do(doc)
    assert sorted(t.kind for t in doc.workshop.themes if t.name == named) == sorted([W, NW])


@pytest.mark.parametrize("typed", ["", "   ", "I", " I ", "i"])
def test_rename_to_nothing_or_i_is_refused_and_keeps_the_name(typed):
    doc = sample_document()
    before = doc.theme("package").name
    with pytest.raises(EditRefused) as refused:
        rename_theme(doc, theme_id="package", name=typed)
    assert str(refused.value) == KEEP_NAME and "keep the name it has" in KEEP_NAME
    assert doc.theme("package").name == before and _unnamed(doc) == []
    create_theme(doc, kind=NW, name="", card_ids=["n5"]).do(doc)  # a group is refused too
    group = next(t for t in doc.workshop.themes if is_unnamed(t.name))
    with pytest.raises(EditRefused, match="keep the name it has"):
        rename_theme(doc, theme_id=group.id, name=typed)
