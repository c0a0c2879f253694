"""A why-tree given to a team before its first cause (T on the theme's box of an empty tree):
at the start of Understand the facilitator splits the room into teams, one per priority, and
each theme says its team straight away; its first cause then takes the team."""

from __future__ import annotations

from workshop_builders import do_undo_redo, sample_document

from wtfc.export.team_heading import theme_team_names, theme_teams_heading
from wtfc.export.team_words import recorded_teams
from wtfc.model.migrations import format_needed
from wtfc.model.operations.causes import add_cause, assign_team, give_tree_to_team
from wtfc.model.operations.record import (
    set_team_count,
    teams_on_no_tree,
    tree_team_names,
    tree_teams,
)
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import RoomRole

EMPTY = "good"  # the sample's theme with no causes yet
TREE = ["a", "b", "c", "d"]  # the package theme's causes


def test_an_empty_tree_is_given_to_a_team_in_one_undoable_step():
    doc = sample_document()
    edit = give_tree_to_team(doc, theme_id=EMPTY, team="  Team  A ")
    assert edit.label == "Give the why-tree of 'I like my day centre' to team 'Team A'"

    def done(d):
        assert d.get("themes", EMPTY).team == "Team A"
        assert theme_team_names(d.workshop, EMPTY) == ["Team A"]
        assert theme_teams_heading(d.workshop, EMPTY) == "Team: Team A"

    do_undo_redo(doc, edit, done, changed={"themes": {EMPTY}})
    edit.undo(doc)
    assert theme_team_names(doc.workshop, EMPTY) == []


def test_the_first_cause_takes_the_tree_s_team_and_one_of_its_own_keeps_its_own():
    doc = sample_document()
    give_tree_to_team(doc, theme_id=EMPTY, team="Team A").do(doc)
    add = add_cause(doc, theme_id=EMPTY, text="The bus is late")
    add.do(doc)
    first = doc.workshop.causes[-1]
    assert first.team == "Team A"
    add_cause(doc, theme_id=EMPTY, parent_id=first.id, text="One driver", team="Team B").do(doc)
    assert doc.workshop.causes[-1].team == "Team B"
    assert tree_team_names(doc.workshop, EMPTY) == {"Team A": ["Team A"], "Team B": ["Team B"]}


def test_the_tree_s_team_renamed_or_taken_off_with_its_causes():
    doc = sample_document()
    give_tree_to_team(doc, theme_id=EMPTY, team="Team A").do(doc)
    add_cause(doc, theme_id=EMPTY, text="The bus is late").do(doc)
    set_team_count(doc, team="Team A", role=RoomRole.OLDER_PEOPLE, count=2).do(doc)
    give_tree_to_team(doc, theme_id=EMPTY, team="Blue table").do(doc)
    assert doc.get("themes", EMPTY).team == "Blue table"
    assert doc.workshop.causes[-1].team == "Blue table"
    assert [t.name for t in tree_teams(doc.workshop, EMPTY)] == ["Blue table"]  # record carried
    give_tree_to_team(doc, theme_id=EMPTY, team="").do(doc)
    assert doc.get("themes", EMPTY).team == "" and doc.workshop.causes[-1].team == ""
    assert [t.name for t in teams_on_no_tree(doc.workshop)] == ["Blue table"]


def test_a_team_with_members_counted_before_any_cause_is_in_the_report():
    doc = sample_document()
    give_tree_to_team(doc, theme_id=EMPTY, team="Team A").do(doc)
    set_team_count(doc, team="Team A", role=RoomRole.OLDER_PEOPLE, count=2).do(doc)
    assert [t.name for t in recorded_teams(doc.workshop, EMPTY)] == ["Team A"]
    assert teams_on_no_tree(doc.workshop) == []
    assert theme_teams_heading(doc.workshop, EMPTY) == "Team: Team A (2 older people)"


def test_a_tree_whose_causes_hold_its_team_stays_as_format_5_wrote_it():
    """T then Enter on a tree its causes name ("that's right") changes nothing, as before."""
    doc = sample_document()
    assign_team(doc, cause_ids=TREE, team="Team C").do(doc)
    assert give_tree_to_team(doc, theme_id="package", team="Team C").is_empty
    assert doc.get("themes", "package").team == "" and format_needed(doc.workshop) == 5


def test_save_and_reopen_keep_the_tree_s_team(tmp_path):
    doc = sample_document()
    give_tree_to_team(doc, theme_id=EMPTY, team="Team A").do(doc)
    path = tmp_path / "spring.wtfc"
    save_workshop(doc.workshop, path)
    loaded = load_workshop(path)
    assert (loaded.written_as, loaded.read_only_reason) == (6, "")
    assert loaded.workshop.themes == doc.workshop.themes
    assert theme_team_names(loaded.workshop, EMPTY) == ["Team A"]
