"""With F5's patches to the callers: the room view of a why-tree with no causes yet says its
team in the theme's box; a reason under the theme's box takes the tree's team; the recovery
copy of a team typed on the theme's box holds it; a merge keeps a tree's team."""

from __future__ import annotations

from tests.ui.boards.board_workshops import sample_workshop
from wtfc.model.document import Document
from wtfc.model.operations.causes import assign_team, give_tree_to_team
from wtfc.model.operations.themes import merge_themes
from wtfc.ui.boards.cause_words import reason_under, words_edit
from wtfc.ui.boards.why_tree_items import ROOM_STYLE
from wtfc.ui.boards.why_tree_layout import ROOT, why_tree
from wtfc.ui.boards.why_tree_page_graph import PageGraph
from wtfc.ui.boards.why_tree_page_scene import PagedTreeScene


def _empty_theme(doc: Document) -> str:
    used = {c.theme_id for c in doc.workshop.causes}
    return next(t.id for t in doc.workshop.themes if t.id not in used)


def test_the_room_view_of_an_empty_tree_says_its_team(qtbot):
    doc = Document(sample_workshop())
    theme_id = _empty_theme(doc)
    give_tree_to_team(doc, theme_id=theme_id, team="Team A").do(doc)
    scene = PagedTreeScene(ROOM_STYLE)
    scene.rebuild_page(doc, theme_id, PageGraph(why_tree(doc, theme_id)))
    assert "Team: Team A" in scene.nodes[ROOT].describe()


def test_a_reason_under_the_theme_s_box_takes_the_tree_s_team_over_its_causes_one():
    doc = Document(sample_workshop())
    theme_id = _empty_theme(doc)
    give_tree_to_team(doc, theme_id=theme_id, team="Team A").do(doc)
    reason_under(doc, theme_id, ROOT, "No one asks").do(doc)
    first = doc.workshop.causes[-1]
    assign_team(doc, cause_ids=[first.id], team="Team B").do(doc)  # its one branch to Team B
    reason_under(doc, theme_id, ROOT, "The bus is late").do(doc)
    assert doc.workshop.causes[-1].team == "Team A"


def test_a_team_typed_on_an_empty_tree_s_box_is_in_the_recovery_copy():
    doc = Document(sample_workshop())
    theme_id = _empty_theme(doc)
    edit = words_edit(doc, theme_id, "team", ROOT, "Team A")
    edit.do(doc)
    assert doc.get("themes", theme_id).team == "Team A"


def test_a_merge_keeps_the_team_of_a_tree_merged_in():
    doc = Document(sample_workshop())
    theme_id = _empty_theme(doc)
    kind = doc.get("themes", theme_id).kind
    other = next(t.id for t in doc.workshop.themes if t.kind == kind and t.id != theme_id)
    give_tree_to_team(doc, theme_id=theme_id, team="Team A").do(doc)
    merge_themes(doc, into_theme_id=other, theme_ids=[theme_id]).do(doc)
    assert doc.get("themes", other).team == "Team A"
