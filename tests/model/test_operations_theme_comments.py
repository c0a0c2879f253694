"""A theme's comments (what the room said when it was read out): add, edit, delete — each
done, undone, redone, with the label the Undo menu shows."""

from __future__ import annotations

import pytest
from workshop_builders import do_undo_redo, sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.themes import (
    add_theme_comment,
    delete_theme,
    delete_theme_comment,
    edit_theme_comment,
)


def _with_two_comments():
    doc = sample_document()  # "package" already says "Raised by most people"
    add_theme_comment(doc, theme_id="package", comment="Spread this practice").do(doc)
    return doc


def test_edit_a_comment_keeps_its_place():
    doc = _with_two_comments()
    edit = edit_theme_comment(
        doc, theme_id="package", index=0, comment="  Raised by   most people, again "
    )
    assert edit.label == "Edit a comment on 'I feel like a package'"

    def done(d):
        assert d.theme("package").comments == [
            "Raised by   most people, again",
            "Spread this practice",
        ]

    do_undo_redo(doc, edit, done, changed={"themes": {"package"}})


def test_delete_a_comment_keeps_the_others_in_order():
    doc = _with_two_comments()
    edit = delete_theme_comment(doc, theme_id="package", index=0)
    assert edit.label == "Delete a comment on 'I feel like a package'"

    def done(d):
        assert d.theme("package").comments == ["Spread this practice"]

    do_undo_redo(doc, edit, done, changed={"themes": {"package"}})


def test_unchanged_words_are_an_empty_edit():
    doc = _with_two_comments()
    assert not edit_theme_comment(
        doc, theme_id="package", index=1, comment="Spread this practice "
    ).changes


def test_an_emptied_comment_is_refused_with_the_way_to_delete_it():
    doc = _with_two_comments()
    with pytest.raises(EditRefused, match="use Delete"):
        edit_theme_comment(doc, theme_id="package", index=0, comment="   ")


def test_a_comment_gone_since_the_dialog_showed_it_is_refused_plainly():
    doc = _with_two_comments()
    for build in (
        lambda: edit_theme_comment(doc, theme_id="package", index=2, comment="x"),
        lambda: delete_theme_comment(doc, theme_id="package", index=-1),
    ):
        with pytest.raises(EditRefused, match="no longer on 'I feel like a package'"):
            build()


def test_a_deleted_theme_is_refused_plainly_not_a_key_error():
    doc = _with_two_comments()
    delete_theme(doc, theme_id="package").do(doc)
    for build in (
        lambda: add_theme_comment(doc, theme_id="package", comment="x"),
        lambda: edit_theme_comment(doc, theme_id="package", index=0, comment="x"),
        lambda: delete_theme_comment(doc, theme_id="package", index=0),
    ):
        with pytest.raises(EditRefused, match="no longer on the wall"):
            build()


def test_a_comment_too_long_to_keep_is_refused():
    doc = _with_two_comments()
    with pytest.raises(EditRefused):
        edit_theme_comment(doc, theme_id="package", index=0, comment="x" * 4001)
