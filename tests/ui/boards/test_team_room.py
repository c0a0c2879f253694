"""The why-tree's room view says who was in each team under its name, in words and at 24 px or
more, where there is room for it: once, in the theme's box, on a page that is one team's (every
demo tree); on the team's first box of the screen otherwise (test_why_room_one_page.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize

from tests.ui.boards.board_workshops import demo_priority
from tests.ui.renders import RENDERS
from wtfc.model.operations.record import set_team_count
from wtfc.model.workshop import RoomRole
from wtfc.ui.boards.team_room import says_members
from wtfc.ui.wall.room_measure import FLOOR_PX

TEAM_C = (
    "Team: Team C (2 older people, 1 family carer, 1 commissioner, 1 provider, "
    "1 care manager, 1 from older people's organisations)"
)


def test_a_one_team_page_says_who_was_in_the_team_once_at_24_px_or_more(causes_room, tree_texts):
    """Every cause of the demo's third priority is Team C's: the theme's box says so, with
    who was in the team where a page has the room, and no box repeats it."""
    doc, theme_id = demo_priority(3)
    for size in (QSize(1920, 1080), QSize(1366, 768), QSize(2560, 1440), QSize(800, 600)):
        widget = causes_room(doc, theme_id, size)
        said = []
        for page in range(widget.page_count()):
            widget.show_page(page)
            tree_texts.clear()
            widget.grab().save(str(RENDERS / f"room_teams_{size.width()}_p{page + 1}.png"))
            teams = [(px, words) for px, words in tree_texts if words.startswith("Team: ")]
            assert len(teams) == 1, (size, page, teams)  # once, in the theme's box
            assert teams[0][0] >= FLOOR_PX - 0.05
            said.append(says_members(widget.scene.tree_style))
            assert teams[0][1] == (TEAM_C if said[-1] else "Team: Team C"), (size, page)
        if size.width() > 800:
            assert any(said), size


def test_members_are_left_out_where_they_would_cost_the_tree_its_size(causes_room, tree_texts):
    """At 1024x768 the demo's second priority is in pages drawn at one size: a page full
    already (Team B's members would take its words down more than a tenth, or under 24 px)
    names the team alone, another says who was in it."""
    doc, theme_id = demo_priority(2)
    widget = causes_room(doc, theme_id, QSize(1024, 768))
    said = []
    for page in range(widget.page_count()):
        widget.show_page(page)
        tree_texts.clear()
        widget.grab()
        teams = [w for _, w in tree_texts if w.startswith("Team: ")]
        said.append(says_members(widget.scene.tree_style))
        assert len(teams) == 1, (page, teams)
        assert teams[0].startswith("Team: Team B (") if said[-1] else teams[0] == "Team: Team B"
    assert True in said and False in said


def test_a_team_nobody_counted_shows_its_name_alone(causes_room, tree_texts):
    doc, theme_id = demo_priority(3)
    for role in RoomRole:
        set_team_count(doc, team="Team C", role=role, count=0).do(doc)
    widget = causes_room(doc, theme_id, QSize(1920, 1080))
    widget.grab()
    assert {w for _, w in tree_texts if w.startswith("Team: ")} == {"Team: Team C"}


def test_a_team_typed_with_other_capitals_still_says_who_was_in_it(causes_room, tree_texts):
    """Team C's branches given to "team  c": its record is still Team C's, as the Teams
    panel finds it, so the room's theme's box says who was in it."""
    from wtfc.model.operations.causes import assign_team

    doc, theme_id = demo_priority(3)
    ids = [c.id for c in doc.workshop.causes if c.team == "Team C"]
    assign_team(doc, cause_ids=ids, team="team  c").do(doc)
    widget = causes_room(doc, theme_id, QSize(2560, 1440))  # one page, with the room to say it
    tree_texts.clear()
    widget.grab().save(str(RENDERS / "room_teams_other_capitals.png"))
    teams = [w for _, w in tree_texts if w.startswith("Team: ")]
    assert teams == [TEAM_C.replace("Team: Team C", "Team: team c")]
