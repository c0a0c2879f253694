"""A root-cause team's record is found by its name however a file spells it: "Team  A " is
"Team A", a name of spaces alone is refused, and two records for "Team A" and "team a" are
refused in plain words rather than one of them loading silently and being shown nowhere."""

from __future__ import annotations

from storage_checks import json_bytes, problem, sample_json
from workshop_builders import do_undo_redo

from wtfc.model.document import Document
from wtfc.model.operations.causes import assign_team
from wtfc.model.operations.record import set_team_count, set_team_summary, team_record
from wtfc.model.storage import workshop_from_bytes
from wtfc.model.workshop import RoleCount, RoomRole

OLDER = RoomRole.OLDER_PEOPLE


def _with_teams(*names: str) -> dict:
    raw = sample_json()
    raw["teams"] = [
        {"id": f"t{n}", "name": name, "members": [{"role": "older_people", "count": 2}]}
        for n, name in enumerate(names, start=1)
    ]
    return raw


def _document(raw: dict) -> Document:
    return Document(workshop_from_bytes(json_bytes(raw), name="spring.wtfc").workshop)


def test_a_team_name_with_stray_spaces_is_tidied_and_its_record_edited():
    doc = _document(_with_teams(" Team  A "))
    assert [t.name for t in doc.workshop.teams] == ["Team A"]
    edit = set_team_summary(doc, team="Team A", summary="Contracts pay for minutes")

    def done(d):
        assert [(t.id, t.name) for t in d.workshop.teams] == [("t1", "Team A")]
        team = team_record(d.workshop, "Team A")
        assert team.members == [RoleCount(role=OLDER, count=2)]
        assert team.summary == "Contracts pay for minutes"

    do_undo_redo(doc, edit, done, details=["teams"])


def test_a_team_name_of_spaces_alone_is_refused():
    assert problem(_with_teams("Team A", "   ")) == (
        "'spring.wtfc' has a problem: The name of team 2 ('t2'): should not be empty."
    )


def test_two_records_for_one_team_are_refused_naming_both():
    assert problem(_with_teams("Team A", "team a")) == (
        "'spring.wtfc' has a problem: Two teams have the same name but for capitals: "
        "'Team A' and 'team a'."
    )
    assert problem(_with_teams("Team A", "Team  A ")) == (
        "'spring.wtfc' has a problem: Two teams share the name 'Team A'."
    )


def test_a_team_spelt_in_other_capitals_edits_the_same_record():
    """The why-tree may say 'team a' where the record says 'Team A': an edit there changes
    that record rather than making a second one, which the file could not then hold."""
    doc = _document(_with_teams("Team A"))
    edit = set_team_count(doc, team="team a", role=RoomRole.HEALTH, count=1)

    def done(d):
        assert [(t.id, t.name) for t in d.workshop.teams] == [("t1", "Team A")]
        assert team_record(d.workshop, "TEAM A").members == [
            RoleCount(role=OLDER, count=2),
            RoleCount(role=RoomRole.HEALTH, count=1),
        ]

    do_undo_redo(doc, edit, done, details=["teams"])


def test_a_record_in_other_capitals_goes_with_its_team_when_renamed():
    doc = _document(_with_teams("team a"))
    assign_team(doc, cause_ids=["a", "b", "c", "d"], team="Team A").do(doc)
    assign_team(doc, cause_ids=["a", "b", "c", "d"], team="Blue table").do(doc)
    assert [(t.id, t.name) for t in doc.workshop.teams] == [("t1", "Blue table")]
