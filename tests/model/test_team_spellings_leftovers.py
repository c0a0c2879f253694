"""A team typed on the why-tree in two spellings is one team, as its record is; and the record
of a team no tree names now can be found and deleted as one undoable step."""

from __future__ import annotations

import pytest
from workshop_builders import do_undo_redo, sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.causes import assign_team
from wtfc.model.operations.record import (
    delete_team,
    set_team_summary,
    teams_on_no_tree,
    tree_team_names,
)


def _teamed(*teams: tuple[str, str]):
    """The sample workshop with causes given to teams: (cause id, team name) pairs."""
    doc = sample_document()
    for cause_id, team in teams:
        assign_team(doc, cause_ids=[cause_id], team=team).do(doc)
    return doc


def test_two_spellings_of_a_team_are_one_team_named_as_most_causes_spell_it():
    doc = _teamed(("a", "Team A"), ("b", "team a"), ("c", "team  A"), ("d", "Team B"))
    # "team  A" is tidied to "team A" as it is given: three spellings, one team
    assert tree_team_names(doc.workshop, "package") == {
        "Team A": ["Team A", "team a", "team A"],
        "Team B": ["Team B"],
    }
    assign_team(doc, cause_ids=["a"], team="team a").do(doc)  # now most causes say "team a"
    assert list(tree_team_names(doc.workshop, "package")) == ["team a", "Team B"]


def test_a_team_with_a_record_is_named_as_its_record():
    doc = _teamed(("a", "team a"), ("b", "team a"), ("c", "Team A"))
    assert list(tree_team_names(doc.workshop, "package")) == ["team a"]  # most causes
    set_team_summary(doc, team="Team A", summary="Contracts pay for minutes").do(doc)
    assert [t.name for t in doc.workshop.teams] == ["Team A"]
    assert list(tree_team_names(doc.workshop, "package")) == ["Team A"]  # its record's name
    assert tree_team_names(doc.workshop, "staff") == {}


def test_a_record_whose_team_is_on_no_tree_is_listed_and_deleted_in_one_step():
    doc = _teamed(("a", "Team A"), ("s1", "Team B"))
    set_team_summary(doc, team="Team A", summary="Contracts pay for minutes").do(doc)
    set_team_summary(doc, team="Team B", summary="Staff leave").do(doc)
    assert teams_on_no_tree(doc.workshop) == []
    assign_team(doc, cause_ids=["a"], team="").do(doc)  # taken off its only branch
    gone = teams_on_no_tree(doc.workshop)
    assert [t.name for t in gone] == ["Team A"]
    edit = delete_team(doc, team_id=gone[0].id)
    assert edit.label == "Delete the record of team 'Team A'"

    def done(d):
        assert [t.name for t in d.workshop.teams] == ["Team B"]
        assert teams_on_no_tree(d.workshop) == []

    do_undo_redo(doc, edit, done, details=["teams"])


def test_deleting_a_record_already_gone_is_refused_in_plain_words():
    doc = sample_document()
    with pytest.raises(EditRefused, match="already gone"):
        delete_team(doc, team_id="nope")
