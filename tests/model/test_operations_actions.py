"""The action plan (the Plan board) — each operation done, undone, redone."""

from __future__ import annotations

import datetime as dt

import pytest
from workshop_builders import do_undo_redo, ids, sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.actions import add_action, delete_action, edit_action, is_overdue
from wtfc.model.workshop import Action, ActionStatus, Role


def test_add_an_action_with_its_links():
    doc = sample_document()
    edit = add_action(doc, theme_id="staff", role=Role.CARE_MANAGERS, what=" Ring before visits ",
                      owner="Team B", by_when=dt.date(2027, 1, 31), cause_id="s1",
                      success_id="ss", first_step="Agree a script")
    new_id = edit.changes[-1].part_id
    assert edit.label == "Add action 'Ring before visits'"

    def done(d):
        action = d.get("actions", new_id)
        assert action.what == "Ring before visits"
        assert action.role.label == "Care managers"
        assert (action.cause_id, action.success_id) == ("s1", "ss")
        assert action.status == ActionStatus.NOT_STARTED
        assert ids(d, "actions") == ["ap", "as", new_id]

    do_undo_redo(doc, edit, done, changed={"actions": {new_id}})


def test_an_action_needs_to_say_what():
    doc = sample_document()
    with pytest.raises(EditRefused, match="what will be done"):
        add_action(doc, theme_id="staff", role=Role.HEALTH, what="  ")
    with pytest.raises(EditRefused, match="what will be done"):
        edit_action(doc, action_id="as", what="")


@pytest.mark.parametrize(("change", "label"), [
    (dict(status=ActionStatus.DONE), "Mark 'Post the rota weekly' as done"),
    (dict(status=ActionStatus.IN_PROGRESS), "Mark 'Post the rota weekly' as in progress"),
    (dict(role=Role.COMMISSIONERS), "Move 'Post the rota weekly' to Commissioners"),
    (dict(owner="Home care lead", by_when=dt.date(2027, 6, 1)),
     "Edit action 'Post the rota weekly'"),
])
def test_edit_action_labels_and_values(change, label):
    doc = sample_document()
    edit = edit_action(doc, action_id="as", **change)
    assert edit.label == label

    def done(d):
        action = d.get("actions", "as")
        for key, value in change.items():
            assert getattr(action, key) == value

    do_undo_redo(doc, edit, done, changed={"actions": {"as"}})


def test_edit_action_rejects_fields_an_action_does_not_have():
    doc = sample_document()
    with pytest.raises(TypeError, match="unknown action fields"):
        edit_action(doc, action_id="as", colour="red")


def test_delete_an_action():
    doc = sample_document()
    edit = delete_action(doc, action_id="ap")
    assert edit.label == "Delete action 'Pay for outcomes, not minutes'"
    do_undo_redo(doc, edit, lambda d: _assert_actions(d, ["as"]), changed={"actions": {"ap"}})
    edit.undo(doc)
    assert ids(doc, "actions") == ["ap", "as"]  # back in its place


@pytest.mark.parametrize(("by_when", "status", "overdue"), [
    (dt.date(2027, 1, 1), ActionStatus.NOT_STARTED, True),
    (dt.date(2027, 1, 1), ActionStatus.IN_PROGRESS, True),
    (dt.date(2027, 1, 1), ActionStatus.DONE, False),
    (dt.date(2027, 1, 1), ActionStatus.DROPPED, False),
    (dt.date(2027, 2, 1), ActionStatus.NOT_STARTED, False),  # due today is not late
    (None, ActionStatus.NOT_STARTED, False),
])
def test_overdue_means_past_its_date_and_still_open(by_when, status, overdue):
    action = Action(theme_id="t", role=Role.OTHER, what="x", by_when=by_when, status=status)
    assert is_overdue(action, dt.date(2027, 2, 1)) is overdue


def _assert_actions(doc, expected):
    assert ids(doc, "actions") == expected
