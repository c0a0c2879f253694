"""The action plan (the Plan and Act boards) — each operation done, undone, redone."""

from __future__ import annotations

import datetime as dt

import pytest
from workshop_builders import do_undo_redo, ids, sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.actions import (
    add_action,
    check_due_since,
    delete_action,
    edit_action,
    is_overdue,
    move_status,
    needs_check,
    needs_reason,
)
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


# -- Act: progress notes and checks ---------------------------------------------------------------
def test_record_progress_on_an_action():
    doc = sample_document()
    edit = edit_action(doc, action_id="as", progress_note="  Rotas go out every Friday now. ",
                       checked_on=dt.date(2027, 2, 3))
    assert edit.label == "Record progress on 'Post the rota weekly'"

    def done(d):
        action = d.get("actions", "as")
        assert action.progress_note == "Rotas go out every Friday now."
        assert action.checked_on == dt.date(2027, 2, 3)

    do_undo_redo(doc, edit, done, changed={"actions": {"as"}})
    edit.undo(doc)
    assert doc.get("actions", "as").progress_note == ""
    assert doc.get("actions", "as").checked_on is None


def test_the_label_names_what_changed_when_every_field_is_given():
    """The action dialog hands over every field: the history still says what was done."""
    doc = sample_document()
    action = doc.get("actions", "as")
    every = {key: getattr(action, key) for key in (
        "theme_id", "cause_id", "success_id", "role", "owner", "what", "by_when", "first_step",
        "how_we_know", "status", "progress_note", "checked_on")}
    noted = edit_action(doc, action_id="as", **{**every, "progress_note": "Started",
                                                "checked_on": dt.date(2027, 2, 3)})
    assert noted.label == "Record progress on 'Post the rota weekly'"
    moved = edit_action(doc, action_id="as", **{**every, "role": "people_and_carers"})
    assert moved.label == "Move 'Post the rota weekly' to People who use services and carers"
    both = edit_action(doc, action_id="as", **{**every, "owner": "Carers' group",
                                               "progress_note": "Started"})
    assert both.label == "Edit action 'Post the rota weekly'"


def test_an_action_for_people_and_carers_with_its_progress():
    doc = sample_document()
    edit = add_action(doc, theme_id="staff", role=Role.PEOPLE_AND_CARERS,
                      what="Carers keep a diary of late visits", owner="Carers' group",
                      progress_note="Ten carers signed up", checked_on=dt.date(2027, 1, 10))
    new_id = edit.changes[-1].part_id

    def done(d):
        action = d.get("actions", new_id)
        assert action.role.label == "People who use services and carers"
        assert (action.progress_note, action.checked_on) == \
            ("Ten carers signed up", dt.date(2027, 1, 10))

    do_undo_redo(doc, edit, done, changed={"actions": {new_id}})


def test_people_and_carers_have_their_lane_after_older_peoples_organisations():
    assert list(Role).index(Role.PEOPLE_AND_CARERS) == \
        list(Role).index(Role.OLDER_PEOPLES_ORGANISATIONS) + 1
    assert list(Role)[-2:] == [Role.HEALTH, Role.OTHER]


TODAY = dt.date(2027, 6, 1)


@pytest.mark.parametrize(("status", "checked_on", "due"), [
    (ActionStatus.NOT_STARTED, None, True),                      # never checked
    (ActionStatus.IN_PROGRESS, dt.date(2027, 5, 20), False),     # checked lately
    (ActionStatus.IN_PROGRESS, dt.date(2027, 3, 2), False),      # 91 days ago: still fine
    (ActionStatus.IN_PROGRESS, dt.date(2027, 3, 1), True),       # over a quarter ago
    (ActionStatus.DONE, None, False),                            # nothing left to follow
    (ActionStatus.DROPPED, dt.date(2026, 1, 1), False),
])
def test_an_open_action_needs_a_check_when_never_or_not_for_a_quarter(status, checked_on, due):
    action = Action(theme_id="t", role=Role.OTHER, what="x", status=status,
                    checked_on=checked_on)
    assert needs_check(action, TODAY) is due
    assert check_due_since(TODAY) == dt.date(2027, 3, 2)


# -- format 5: what an action needs and who else must be brought in ------------------------------
def test_add_an_action_with_its_resources_and_who_else_is_needed():
    doc = sample_document()
    edit = add_action(doc, theme_id="staff", role=Role.PROVIDERS, what="Pair new carers",
                      resources=" £2,000 for cover; bring in the training team ")
    new_id = edit.changes[-1].part_id

    def done(d):
        assert d.get("actions", new_id).resources == "£2,000 for cover; bring in the training team"

    do_undo_redo(doc, edit, done, changed={"actions": {new_id}})


def test_edit_an_actions_resources():
    doc = sample_document()
    edit = edit_action(doc, action_id="as", resources="A rota clerk's morning a week")
    assert edit.label == "Edit action 'Post the rota weekly'"

    def done(d):
        assert d.get("actions", "as").resources == "A rota clerk's morning a week"

    do_undo_redo(doc, edit, done, changed={"actions": {"as"}})
    edit.undo(doc)
    assert doc.get("actions", "as").resources == ""


# -- Space: the status moved on, done or dropped dated as a check ---------------------------------
def test_done_by_space_is_dated_today_in_one_step():
    doc = sample_document()
    today = dt.date(2027, 2, 3)
    edit = move_status(doc, action_id="as", status=ActionStatus.DONE, today=today)
    assert edit.label == "Mark 'Post the rota weekly' as done"

    def done(d):
        action = d.get("actions", "as")
        assert (action.status, action.checked_on) == (ActionStatus.DONE, today)

    do_undo_redo(doc, edit, done, changed={"actions": {"as"}})
    edit.undo(doc)
    action = doc.get("actions", "as")
    assert (action.status, action.checked_on) == (ActionStatus.NOT_STARTED, None)


@pytest.mark.parametrize(("status", "checked_on", "dated"), [
    (ActionStatus.DROPPED, None, dt.date(2027, 2, 3)),
    (ActionStatus.DROPPED, dt.date(2026, 5, 1), dt.date(2027, 2, 3)),
    (ActionStatus.DONE, dt.date(2027, 6, 1), dt.date(2027, 6, 1)),  # a wrong clock's date stays
    (ActionStatus.IN_PROGRESS, None, None),  # started: no check said how it is going
])
def test_only_done_and_dropped_are_dated(status, checked_on, dated):
    doc = sample_document()
    edit_action(doc, action_id="as", checked_on=checked_on).do(doc)
    move_status(doc, action_id="as", status=status, today=dt.date(2027, 2, 3)).do(doc)
    assert doc.get("actions", "as").checked_on == dated


def test_a_dropped_action_needs_a_reason_until_it_has_a_note():
    doc = sample_document()
    edit_action(doc, action_id="as", status=ActionStatus.DROPPED).do(doc)
    assert needs_reason(doc.get("actions", "as"))
    edit_action(doc, action_id="as", progress_note="The bus company took it on").do(doc)
    assert not needs_reason(doc.get("actions", "as"))
    edit_action(doc, action_id="as", status=ActionStatus.DONE, progress_note="").do(doc)
    assert not needs_reason(doc.get("actions", "as"))
