"""Why-tree operations (the Understand board) — each done, undone, redone — and no loops, ever."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from workshop_builders import assert_valid, do_undo_redo, ids, sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.actions import edit_action
from wtfc.model.operations.causes import (
    add_cause,
    assign_team,
    delete_cause,
    descendants,
    edit_cause,
    move_cause,
)
from wtfc.model.workshop import Workshop


def test_add_a_cause_under_the_theme():
    doc = sample_document()
    edit = add_cause(doc, theme_id="staff", text="  Low   pay ", team="Providers")
    new_id = edit.changes[-1].part_id
    assert edit.label == "Add cause 'Low pay'"

    def done(d):
        cause = d.get("causes", new_id)
        assert (cause.theme_id, cause.parent_id, cause.text, cause.team) == \
            ("staff", None, "Low pay", "Providers")
        assert ids(d, "causes")[-1] == new_id

    do_undo_redo(doc, edit, done, changed={"causes": {new_id}})


def test_answer_why_under_another_cause():
    doc = sample_document()
    edit = add_cause(doc, theme_id="package", text="Councils buy care by the hour", parent_id="c")
    new_id = edit.changes[-1].part_id
    do_undo_redo(doc, edit, lambda d: _assert_parent(d, new_id, "c"))
    assert descendants(doc, "a") == {"b", "c", new_id}


def test_a_cause_cannot_hang_off_a_cause_of_another_theme():
    doc = sample_document()
    with pytest.raises(EditRefused, match="same theme"):
        add_cause(doc, theme_id="staff", text="Why?", parent_id="a")
    with pytest.raises(EditRefused, match="same theme"):
        move_cause(doc, cause_id="s1", parent_id="a")


def test_a_cause_needs_words():
    doc = sample_document()
    with pytest.raises(EditRefused, match="needs some words"):
        add_cause(doc, theme_id="staff", text=" ")
    with pytest.raises(EditRefused, match="needs some words"):
        edit_cause(doc, cause_id="a", text="")


@pytest.mark.parametrize(("change", "label"), [
    (dict(root_cause=True), "Mark 'Budgets were cut' as a root cause"),
    (dict(root_cause=False), "Unmark 'Budgets were cut' as a root cause"),
    (dict(agreed=True), "Mark 'Budgets were cut' as one we will act on"),
    (dict(agreed=False), "Unmark 'Budgets were cut' as one we will act on"),
    (dict(text="Budgets were cut in 2019"), "Edit cause 'Budgets were cut'"),
    (dict(team=" Commissioners "), "Edit cause 'Budgets were cut'"),
    (dict(root_cause=True, agreed=True), "Edit cause 'Budgets were cut'"),
])
def test_edit_cause_labels_and_values(change, label):
    doc = sample_document()
    unmarks = {key: True for key, value in change.items() if value is False}
    if unmarks:  # something to unmark first
        edit_cause(doc, cause_id="c", **unmarks).do(doc)
    edit = edit_cause(doc, cause_id="c", **change)
    assert edit.label == label

    def done(d):
        cause = d.get("causes", "c")
        for key, value in change.items():
            assert getattr(cause, key) == (value.strip() if isinstance(value, str) else value)

    do_undo_redo(doc, edit, done, changed={"causes": {"c"}})


def test_move_a_branch_to_another_parent():
    doc = sample_document()
    edit = move_cause(doc, cause_id="b", parent_id="d")
    assert edit.label == "Move cause 'Contracts pay by the minute'"

    def done(d):
        assert d.get("causes", "b").parent_id == "d"
        assert descendants(d, "d") == {"b", "c"}  # its branch came along
        assert descendants(d, "a") == set()

    do_undo_redo(doc, edit, done, changed={"causes": {"b"}})


def test_move_a_cause_up_to_the_theme():
    doc = sample_document()
    edit = move_cause(doc, cause_id="c", parent_id=None)
    do_undo_redo(doc, edit, lambda d: _assert_parent(d, "c", None))


@pytest.mark.parametrize(("cause", "parent"), [("a", "a"), ("a", "b"), ("a", "c"), ("b", "c")])
def test_a_cause_cannot_hang_off_itself_or_its_own_reasons(cause, parent):
    doc = sample_document()
    with pytest.raises(EditRefused, match="itself or one of its own reasons"):
        move_cause(doc, cause_id=cause, parent_id=parent)


def test_deleting_a_cause_takes_its_branch_and_unlinks_actions_until_undone():
    doc = sample_document()
    edit = delete_cause(doc, cause_id="a")
    assert edit.label == ("Delete cause 'Visits are booked by time slot' and 2 below it "
                          "(the action 'Pay for outcomes, not minutes' loses its link)")

    def done(d):
        assert ids(d, "causes") == ["d", "s1"]
        action = d.get("actions", "ap")
        assert action.cause_id is None
        assert action.theme_id == "package"

    do_undo_redo(doc, edit, done, changed={"causes": {"a", "b", "c"}, "actions": {"ap"}})
    edit.undo(doc)
    assert doc.get("actions", "ap").cause_id == "b"
    assert ids(doc, "causes") == ["a", "b", "c", "d", "s1"]


def test_deleting_a_cause_two_actions_link_to_counts_them_and_undo_relinks_both():
    """The link went silently: the label said only "Delete cause …"."""
    doc = sample_document()
    edit_action(doc, action_id="as", theme_id="package", cause_id="c").do(doc)
    edit = delete_cause(doc, cause_id="b")
    assert edit.label == ("Delete cause 'Contracts pay by the minute' and 1 below it "
                          "(2 actions lose their link)")

    def done(d):
        assert [d.get("actions", a).cause_id for a in ("ap", "as")] == [None, None]

    do_undo_redo(doc, edit, done, changed={"causes": {"b", "c"}, "actions": {"ap", "as"}})
    edit.undo(doc)
    assert [doc.get("actions", a).cause_id for a in ("ap", "as")] == ["b", "c"]


def test_deleting_a_leaf_cause_names_only_it():
    doc = sample_document()
    edit = delete_cause(doc, cause_id="d")
    assert edit.label == "Delete cause 'Nobody reads the support plan'"
    do_undo_redo(doc, edit, lambda d: _assert_ids(d, ["a", "b", "c", "s1"]),
                 changed={"causes": {"d"}})


def _has_cycle(doc) -> bool:
    parent = {c.id: c.parent_id for c in doc.workshop.causes}
    for start in parent:
        seen, node = set(), start
        while node is not None:
            if node in seen:
                return True
            seen.add(node)
            node = parent[node]
    return False


@settings(max_examples=60, deadline=None)
@given(moves=st.lists(st.tuples(st.integers(0, 7), st.one_of(st.none(), st.integers(0, 7))),
                      min_size=1, max_size=25))
def test_random_re_parenting_never_makes_a_loop_and_undoes_exactly(moves):
    doc = sample_document()
    for text in ("e", "f", "g"):  # three more causes on the package tree: 7 there, 1 on staff
        add_cause(doc, theme_id="package", text=text).do(doc)
    names = ids(doc, "causes")
    original = doc.workshop.model_copy(deep=True)
    done = []
    for child, parent in moves:
        try:
            edit = move_cause(doc, cause_id=names[child],
                              parent_id=None if parent is None else names[parent])
        except EditRefused:
            assert parent is not None
            continue
        edit.do(doc)
        done.append(edit)
        assert not _has_cycle(doc)
        Workshop.model_validate(doc.workshop.model_dump())
    final = doc.workshop.model_copy(deep=True)
    for edit in reversed(done):
        edit.undo(doc)
    assert doc.workshop == original
    for edit in done:
        edit.do(doc)
    assert doc.workshop == final
    assert_valid(doc)


def _assert_parent(doc, cause_id, parent_id):
    assert doc.get("causes", cause_id).parent_id == parent_id


def _assert_ids(doc, expected):
    assert ids(doc, "causes") == expected


def test_give_causes_to_a_team_and_take_them_off():
    doc = sample_document()
    edit = assign_team(doc, cause_ids=["a", "b"], team="  Home  care providers ")
    assert edit.label == "Give 2 causes to team 'Home care providers'"

    def done(d):
        assert [d.get("causes", c).team for c in ("a", "b", "c")] == \
            ["Home care providers", "Home care providers", ""]

    do_undo_redo(doc, edit, done, changed={"causes": {"a", "b"}})
    edit = assign_team(doc, cause_ids=["b"], team="")
    assert edit.label == "Take 1 cause off their team"
    do_undo_redo(doc, edit, lambda d: _assert_team(d, "b", ""), changed={"causes": {"b"}})


def test_giving_causes_to_the_team_they_have_changes_nothing():
    doc = sample_document()
    assert assign_team(doc, cause_ids=["a", "c"], team="").is_empty


def _assert_team(doc, cause_id, team):
    assert doc.get("causes", cause_id).team == team


def test_an_edit_that_changes_nothing_is_empty():
    """Enter on unchanged words, unmarking what is not marked: no undo step, no unsaved mark."""
    doc = sample_document()
    cause = doc.get("causes", "c")
    assert edit_cause(doc, cause_id="c", text=cause.text).is_empty
    assert edit_cause(doc, cause_id="c", root_cause=cause.root_cause).is_empty

