"""Code review A1 (session 37) of F5 (Theme.team) and F6 (move a cause to another theme's
why-tree), together. Each test fails on c6c273f0."""

from __future__ import annotations

from workshop_builders import sample_document

from wtfc.export.team_heading import theme_team_names
from wtfc.export.team_words import recorded_teams
from wtfc.importing.typed_details import typed_details
from wtfc.model.operations.cause_move import move_to_theme
from wtfc.model.operations.causes import give_tree_to_team
from wtfc.model.operations.record import set_team_count, set_team_summary
from wtfc.model.workshop import RoomRole
from wtfc.ui.boards.cause_words import reason_under
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.boards.why_tree_team import team_edit, team_line

EMPTY = "good"  # the sample's theme with no causes yet


def _causes(doc, theme_id):
    return [(c.text, c.team) for c in doc.workshop.causes if c.theme_id == theme_id]


def test_t_then_enter_on_the_theme_s_box_never_gives_another_team_s_branch_away():
    """R1 (S2): a tree given to Team A before its first cause, one branch later given to Team B
    (T on the branch). T on the theme's box opened with 'Team A' and Enter ("that's right")
    gave Team B's branch to Team A: Team B went from the tree, the Teams panel and the report.
    With two teams on the tree the line opens empty and Enter is refused, as it was before F5."""
    doc = sample_document()
    give_tree_to_team(doc, theme_id=EMPTY, team="Team A").do(doc)
    reason_under(doc, EMPTY, ROOT, "The bus is late").do(doc)
    reason_under(doc, EMPTY, ROOT, "No one asks what we like").do(doc)
    second = doc.workshop.causes[-1].id
    team_edit(doc, EMPTY, second, "Team B").do(doc)
    assert _causes(doc, EMPTY) == [("The bus is late", "Team A"),
                                   ("No one asks what we like", "Team B")]
    assert team_line(doc, EMPTY, ROOT)[1] == ""  # two teams: no one name is the tree's


def test_t_then_enter_after_a_team_s_cause_is_moved_in_keeps_its_team():
    """R1 (S2), through F6: Team B's cause moved (P) into the tree given to Team A; T on the
    theme's box opened with 'Team A' and Enter took the moved cause off Team B."""
    doc = sample_document()
    give_tree_to_team(doc, theme_id=EMPTY, team="Team A").do(doc)
    give_tree_to_team(doc, theme_id="package", team="Team B").do(doc)
    move_to_theme(doc, cause_id="d", theme_id=EMPTY).do(doc)
    assert team_line(doc, EMPTY, ROOT)[1] == ""


def test_moving_a_tree_s_last_causes_away_leaves_the_tree_its_team():
    """R2 (S2): the staff tree was given to Team A once it had its cause (Theme.team is left
    out then: the cause holds it). Its one cause moved to another priority's tree took Team A
    with it: the staff theme's box, room view, poster and Teams panel named no team, Team A's
    counts and findings were printed under the other theme in the report, and the next cause
    typed on the staff tree had no team."""
    doc = sample_document()
    give_tree_to_team(doc, theme_id="staff", team="Team A").do(doc)
    set_team_count(doc, team="Team A", role=RoomRole.OLDER_PEOPLE, count=3).do(doc)
    set_team_summary(doc, team="Team A", summary="Rotas are made a day ahead").do(doc)
    move_to_theme(doc, cause_id="s1", theme_id="package").do(doc)
    assert theme_team_names(doc.workshop, "staff") == ["Team A"]
    assert [t.name for t in recorded_teams(doc.workshop, "staff")] == ["Team A"]
    reason_under(doc, "staff", ROOT, "Nobody rings to say").do(doc)
    assert doc.workshop.causes[-1].team == "Team A"


def test_the_report_s_team_named_only_by_its_tree_is_read_by_the_guard():
    """R3 (S1, privacy): a tree given to "Mrs Patel's table" before its first cause, the team's
    members counted on the Teams panel; a cause with no team of its own is moved in (P). The
    report prints "Mrs Patel's table (3 older people)." under The teams, and the guard asked
    nothing before the report: it read the causes' teams and the teams' findings only."""
    doc = sample_document()
    give_tree_to_team(doc, theme_id=EMPTY, team="Mrs Patel's table").do(doc)
    set_team_count(doc, team="Mrs Patel's table", role=RoomRole.OLDER_PEOPLE, count=3).do(doc)
    move_to_theme(doc, cause_id="d", theme_id=EMPTY).do(doc)
    assert [t.name for t in recorded_teams(doc.workshop, EMPTY)] == ["Mrs Patel's table"]
    assert any("[name]" in d.where for d in typed_details(doc.workshop, "report"))


def test_a_merge_of_two_trees_given_to_two_teams_says_the_team_it_leaves_on_no_tree():
    """R4 (S2): two priorities given to Team A and Team B before their first causes, Team B's
    members counted, then merged: Team B's record went on no tree (out of the Teams panel's
    tree, the report and the data export) and History said only 'Merge 2 themes into …'."""
    from wtfc.model.operations.record import teams_on_no_tree
    from wtfc.model.operations.themes import create_theme, merge_themes
    from wtfc.model.workshop import Kind

    doc = sample_document()
    create_theme(doc, kind=Kind.WORKING, name="The staff know me").do(doc)
    other = doc.workshop.themes[-1].id
    give_tree_to_team(doc, theme_id=EMPTY, team="Team A").do(doc)
    give_tree_to_team(doc, theme_id=other, team="Team B").do(doc)
    set_team_count(doc, team="Team B", role=RoomRole.OLDER_PEOPLE, count=4).do(doc)
    edit = merge_themes(doc, into_theme_id=EMPTY, theme_ids=[other])
    edit.do(doc)
    assert [t.name for t in teams_on_no_tree(doc.workshop)] == ["Team B"]
    assert "Team B" in edit.label


def test_a_cause_of_no_team_moved_into_a_tree_given_to_a_team_takes_it():
    """R5 (S3, optional): a cause typed under the tree given to Team A takes Team A; one of no
    team moved in (P) did not, so the room view of Team A's tree dropped its 'Team: Team A' line
    while its Theme box and poster still said it. A cause with a team of its own keeps it."""
    doc = sample_document()
    give_tree_to_team(doc, theme_id=EMPTY, team="Team A").do(doc)
    doc.put("causes", "c", doc.get("causes", "c").model_copy(update={"team": "Blue table"}),
            None)  # a, b and c move: c is Blue table's
    edit = move_to_theme(doc, cause_id="a", theme_id=EMPTY)
    edit.do(doc)
    assert [doc.get("causes", x).team for x in "abc"] == ["Team A", "Team A", "Blue table"]
    edit.undo(doc)
    assert [doc.get("causes", x).team for x in "abc"] == ["", "", "Blue table"]
