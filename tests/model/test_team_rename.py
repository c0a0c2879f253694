"""Renaming a root-cause team on the why-tree (T on its theme or branch) carries its record,
who was in it and what it found, to the new name, in the same undo step."""

from __future__ import annotations

from workshop_builders import do_undo_redo, sample_document

from wtfc.model.operations.causes import assign_team
from wtfc.model.operations.record import set_team_count, set_team_summary, team_record
from wtfc.model.workshop import RoleCount, RoomRole

OLDER = RoomRole.OLDER_PEOPLE
TREE = ["a", "b", "c", "d"]  # the package theme's causes


def _team_a():
    doc = sample_document()
    assign_team(doc, cause_ids=TREE, team="Team A").do(doc)
    set_team_count(doc, team="Team A", role=OLDER, count=2).do(doc)
    set_team_summary(doc, team="Team A", summary="Contracts pay for minutes").do(doc)
    return doc


def test_renaming_a_team_on_its_whole_tree_carries_its_record():
    doc = _team_a()
    made = team_record(doc.workshop, "Team A")
    edit = assign_team(doc, cause_ids=TREE, team="Blue table")
    assert edit.label == "Give 4 causes to team 'Blue table'"

    def done(d):
        assert team_record(d.workshop, "Team A") is None
        team = team_record(d.workshop, "Blue table")
        assert team is not None and team.id == made.id
        assert (team.members, team.summary) == (
            [RoleCount(role=OLDER, count=2)],
            "Contracts pay for minutes",
        )

    do_undo_redo(doc, edit, done, changed={"causes": set(TREE)}, details=["teams"])


def test_a_branch_given_to_another_team_leaves_the_record_with_its_team():
    doc = _team_a()
    assign_team(doc, cause_ids=["d"], team="Team B").do(doc)
    assert team_record(doc.workshop, "Team A").summary == "Contracts pay for minutes"
    assert team_record(doc.workshop, "Team B") is None


def test_a_name_with_its_own_record_keeps_both_records():
    doc = _team_a()
    set_team_summary(doc, team="Team B", summary="Pay").do(doc)
    assign_team(doc, cause_ids=TREE, team="Team B").do(doc)
    assert team_record(doc.workshop, "Team A").summary == "Contracts pay for minutes"
    assert team_record(doc.workshop, "Team B").summary == "Pay"


def test_causes_taken_off_their_team_leave_the_record_in_the_file():
    doc = _team_a()
    edit = assign_team(doc, cause_ids=TREE, team="")
    edit.do(doc)
    assert team_record(doc.workshop, "Team A").summary == "Contracts pay for minutes"
    edit.undo(doc)
    assert {c.team for c in doc.workshop.causes if c.id in TREE} == {"Team A"}
