"""Success statements (the Identify success board) — each operation done, undone, redone."""

from __future__ import annotations

import pytest
from workshop_builders import do_undo_redo, ids, sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.actions import edit_action
from wtfc.model.operations.success import (
    add_success,
    delete_success,
    edit_success,
    reorder_success,
)
from wtfc.model.workshop import Perspective


def test_add_a_success_statement():
    doc = sample_document()
    edit = add_success(doc, theme_id="package", perspective=Perspective.FAMILY_CARERS,
                       text=" Mum  has the same two carers ")
    new_id = edit.changes[-1].part_id
    assert edit.label == "Add success statement 'Mum has the same two carers'"

    def done(d):
        statement = d.get("success", new_id)
        assert statement.text == "Mum has the same two carers"
        assert statement.perspective.label == "Family carers would say"
        assert ids(d, "success") == ["sp", "ss", new_id]

    do_undo_redo(doc, edit, done, changed={"success": {new_id}})


def test_a_success_statement_needs_words():
    doc = sample_document()
    with pytest.raises(EditRefused, match="needs some words"):
        add_success(doc, theme_id="package", perspective=Perspective.COMMISSIONERS, text="\n")
    with pytest.raises(EditRefused, match="needs some words"):
        edit_success(doc, success_id="sp", text=" ")


def test_edit_words_and_perspective():
    doc = sample_document()
    edit = edit_success(doc, success_id="sp", text="I know who is coming",
                        perspective=Perspective.COMMISSIONERS)
    assert edit.label == "Edit success statement 'I know the people who help me'"

    def done(d):
        statement = d.get("success", "sp")
        assert (statement.text, statement.perspective) == \
            ("I know who is coming", Perspective.COMMISSIONERS)

    do_undo_redo(doc, edit, done, changed={"success": {"sp"}})


def test_deleting_a_statement_unlinks_its_actions_until_undone():
    doc = sample_document()
    edit = delete_success(doc, success_id="sp")
    assert edit.label == ("Delete success statement 'I know the people who help me' "
                          "(the action 'Pay for outcomes, not minutes' loses its link)")

    def done(d):
        assert ids(d, "success") == ["ss"]
        assert d.get("actions", "ap").success_id is None
        assert d.get("actions", "ap").cause_id == "b"

    do_undo_redo(doc, edit, done, changed={"success": {"sp"}, "actions": {"ap"}})
    edit.undo(doc)
    assert doc.get("actions", "ap").success_id == "sp"


def test_deleting_a_statement_two_actions_link_to_counts_them_and_undo_relinks_both():
    """The link went silently: the label said only "Delete success statement …"."""
    doc = sample_document()
    edit_action(doc, action_id="as", theme_id="package", success_id="sp").do(doc)
    edit = delete_success(doc, success_id="sp")
    assert edit.label == ("Delete success statement 'I know the people who help me' "
                          "(2 actions lose their link)")

    def done(d):
        assert [d.get("actions", a).success_id for a in ("ap", "as")] == [None, None]

    do_undo_redo(doc, edit, done, changed={"success": {"sp"}, "actions": {"ap", "as"}})
    edit.undo(doc)
    assert [doc.get("actions", a).success_id for a in ("ap", "as")] == ["sp", "sp"]


def test_deleting_a_statement_no_action_links_to_names_only_it():
    doc = sample_document()
    edit = delete_success(doc, success_id="ss")
    assert edit.label == "Delete success statement 'We send the rota every Friday'"

    def done(d):
        assert ids(d, "success") == ["sp"]

    do_undo_redo(doc, edit, done, changed={"success": {"ss"}})


def test_moving_a_statement_to_another_column_says_so_in_the_history():
    doc = sample_document()
    statement = doc.workshop.success[0]
    other = next(p for p in Perspective if p != statement.perspective)
    edit = edit_success(doc, success_id=statement.id, perspective=other)
    whose = other.label.removesuffix(" would say").lower()
    assert edit.label.startswith("Move '") and edit.label.endswith(f"to what {whose} would say")


def _column(doc, theme_id, perspective):
    return [s.text for s in doc.workshop.success
            if s.theme_id == theme_id and s.perspective == perspective]


def test_reorder_a_statement_within_its_column():
    """Statements printed in the order typed, with no way to put the strongest first."""
    doc = sample_document()
    for text in ("I choose when they come", "I am asked first"):
        add_success(doc, theme_id="package", perspective=Perspective.OLDER_PEOPLE,
                    text=text).do(doc)
    add_success(doc, theme_id="staff", perspective=Perspective.OLDER_PEOPLE,
                text="Another theme's").do(doc)  # other columns keep their places
    last = doc.workshop.success[-2].id
    edit = reorder_success(doc, success_id=last, index=0)
    assert edit.label == "Move 'I am asked first' up in what older people would say"

    def done(d):
        assert _column(d, "package", Perspective.OLDER_PEOPLE) == [
            "I am asked first", "I know the people who help me", "I choose when they come"]
        assert _column(d, "staff", Perspective.OLDER_PEOPLE) == ["Another theme's"]

    do_undo_redo(doc, edit, done, changed={"success": {last}})


def test_reorder_down_past_the_next_statement_and_not_past_the_end():
    doc = sample_document()
    add_success(doc, theme_id="package", perspective=Perspective.OLDER_PEOPLE,
                text="I choose when they come").do(doc)
    edit = reorder_success(doc, success_id="sp", index=1)
    assert edit.label == "Move 'I know the people who help me' down in what older people would say"

    def done(d):
        assert _column(d, "package", Perspective.OLDER_PEOPLE) == [
            "I choose when they come", "I know the people who help me"]

    do_undo_redo(doc, edit, done, changed={"success": {"sp"}})
    with pytest.raises(EditRefused, match="already there"):
        reorder_success(doc, success_id="sp", index=5)
