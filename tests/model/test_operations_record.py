"""The workshop record: who was in the room, the reflection, the next review and the root-cause
teams — each edit done, undone, redone, and refused in plain English when it cannot be kept."""

from __future__ import annotations

import datetime as dt

import pytest
from workshop_builders import do_undo_redo, sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.record import (
    count_of,
    edit_reflection,
    set_next_review,
    set_room_count,
    set_team_count,
    set_team_summary,
    team_record,
)
from wtfc.model.workshop import Reflection, RoleCount, RoomRole, Team, Workshop

OLDER, CARERS, HEALTH = RoomRole.OLDER_PEOPLE, RoomRole.FAMILY_CARERS, RoomRole.HEALTH


def test_room_roles_read_in_plain_words():
    assert [r.label for r in RoomRole] == [
        "Older people",
        "Family carers",
        "Commissioners",
        "Providers",
        "Care managers",
        "Older people's organisations",
        "Health",
        "Other",
    ]


def test_count_a_role_in_the_room():
    doc = sample_document()
    edit = set_room_count(doc, role=OLDER, count=6)
    assert edit.label == "Set 'Older people' in the room to 6"

    def done(d):
        assert count_of(d.workshop.in_the_room, OLDER) == 6
        assert count_of(d.workshop.in_the_room, CARERS) == 0

    do_undo_redo(doc, edit, done, changed={}, details=["in_the_room"])


def test_roles_keep_their_own_order_and_a_count_of_0_takes_a_role_off():
    doc = sample_document()
    for role, count in ((HEALTH, 1), (OLDER, 6), (CARERS, 2)):
        set_room_count(doc, role=role, count=count).do(doc)
    assert [c.role for c in doc.workshop.in_the_room] == [OLDER, CARERS, HEALTH]
    edit = set_room_count(doc, role=CARERS, count=0)

    def done(d):
        assert d.workshop.in_the_room == [
            RoleCount(role=OLDER, count=6),
            RoleCount(role=HEALTH, count=1),
        ]

    do_undo_redo(doc, edit, done, details=["in_the_room"])
    assert set_room_count(doc, role=OLDER, count=6).is_empty  # the same count: no undo step


def test_an_impossible_count_is_refused_plainly():
    doc = sample_document()
    for count in (-1, 10_001):
        with pytest.raises(EditRefused, match="between 0 and 10,000"):
            set_room_count(doc, role=OLDER, count=count)


def test_edit_the_reflection():
    doc = sample_document()
    edit = edit_reflection(
        doc,
        went_well=" Older people led two of the tables. ",
        do_differently="Send the cards out a week before.",
    )
    assert edit.label == "Edit the reflection"

    def done(d):
        assert d.workshop.reflection == Reflection(
            went_well="Older people led two of the tables.",
            not_so_well="",
            do_differently="Send the cards out a week before.",
        )

    do_undo_redo(doc, edit, done, details=["reflection"])
    second = edit_reflection(doc, not_so_well="The hall was too noisy.")
    second.do(doc)
    assert doc.workshop.reflection.went_well == "Older people led two of the tables."
    assert doc.workshop.reflection.not_so_well == "The hall was too noisy."


def test_a_reflection_too_long_is_refused():
    with pytest.raises(EditRefused, match="at most 4,000 characters"):
        edit_reflection(sample_document(), went_well="x" * 4001)


def test_set_and_clear_the_next_review():
    doc = sample_document()
    edit = set_next_review(doc, when=dt.date(2027, 5, 12))
    assert edit.label == "Set the next review to 12 May 2027"

    def done(d):
        assert d.workshop.next_review == dt.date(2027, 5, 12)

    do_undo_redo(doc, edit, done, details=["next_review"])
    clear = set_next_review(doc, when=None)
    assert clear.label == "Clear the next review date"

    def cleared(d):
        assert d.workshop.next_review is None

    do_undo_redo(doc, clear, cleared, details=["next_review"])


def test_a_teams_first_count_makes_its_record():
    doc = sample_document()
    edit = set_team_count(doc, team=" Team  A ", role=OLDER, count=2)
    assert edit.label == "Set 'Older people' in team 'Team A' to 2"

    def done(d):
        team = team_record(d.workshop, "Team A")
        assert team is not None and team.members == [RoleCount(role=OLDER, count=2)]
        assert [t.name for t in d.workshop.teams] == ["Team A"]

    do_undo_redo(doc, edit, done, details=["teams"])
    assert team_record(doc.workshop, "Team B") is None


def test_a_teams_summary_and_later_counts_edit_the_same_record():
    doc = sample_document()
    set_team_count(doc, team="Team A", role=OLDER, count=2).do(doc)
    made = doc.workshop.teams[0]
    edit = set_team_summary(doc, team="Team A", summary=" Contracts pay for minutes. ")
    assert edit.label == "Edit the summary of team 'Team A'"

    def done(d):
        team = team_record(d.workshop, "Team A")
        assert (team.id, team.summary) == (made.id, "Contracts pay for minutes.")
        assert team.members == [RoleCount(role=OLDER, count=2)]

    do_undo_redo(doc, edit, done, details=["teams"])
    set_team_count(doc, team="Team A", role=HEALTH, count=1).do(doc)
    assert [m.role for m in doc.workshop.teams[0].members] == [OLDER, HEALTH]
    assert len(doc.workshop.teams) == 1


def test_a_new_team_with_nothing_to_hold_is_not_made():
    doc = sample_document()
    assert set_team_count(doc, team="Team C", role=OLDER, count=0).is_empty
    assert set_team_summary(doc, team="Team C", summary="  ").is_empty


def test_a_team_needs_a_name():
    with pytest.raises(EditRefused, match="A team needs a name"):
        set_team_summary(sample_document(), team="  ", summary="Found it")


def test_a_role_counted_twice_or_a_team_named_twice_is_refused_in_plain_english():
    with pytest.raises(ValueError, match="Who was in the room counts 'Health' twice"):
        Workshop(in_the_room=[RoleCount(role=HEALTH, count=1), RoleCount(role=HEALTH, count=2)])
    with pytest.raises(ValueError, match="Team 'A' counts 'Older people' twice"):
        Workshop(
            teams=[
                Team(
                    name="A",
                    members=[RoleCount(role=OLDER, count=1), RoleCount(role=OLDER, count=1)],
                )
            ]
        )
    with pytest.raises(ValueError, match="Two teams share the name 'A'"):
        Workshop(teams=[Team(id="t1", name="A"), Team(id="t2", name="A")])
    with pytest.raises(ValueError, match="Two teams share the id t1"):
        Workshop(teams=[Team(id="t1", name="A"), Team(id="t1", name="B")])
