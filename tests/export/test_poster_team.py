"""A theme poster names the team that wrote it up (review 36 R2, finding 7): the method has
each group "write it up on a poster", and the posters never said whose work each was."""

from __future__ import annotations

import datetime as dt

from export_checks import demo_workshop, reader, squash

from wtfc.export.theme_poster import theme_posters_pdf
from wtfc.model.workshop import RoleCount, RoomRole, Workshop

TODAY = dt.date(2025, 1, 1)


def top_line(workshop: Workshop, theme_id: str) -> str:
    """The poster's line above its "I" statement: its kind, priority and votes, and its team
    (spaces aside: the PDF's text breaks it where its runs are drawn)."""
    pdf = theme_posters_pdf(workshop, theme_ids=[theme_id], today=TODAY)
    return squash(reader(pdf).pages[0].extract_text().split("“")[0])


def test_the_poster_says_its_team_and_who_was_in_it_as_the_why_tree_room_view_does():
    ws = demo_workshop()
    teams = [t.model_copy(update={"members": [RoleCount(role=RoomRole.OLDER_PEOPLE, count=2),
                                              RoleCount(role=RoomRole.PROVIDERS, count=1)]})
             if t.name == "Team C" else t for t in ws.teams]
    line = top_line(ws.model_copy(update={"teams": teams}), "t06")
    assert line.endswith(squash("Priority 3 · 9 votes · Team: Team C (2 older people, 1 provider)"))


def test_a_team_too_long_to_say_with_its_members_is_named_whole_and_two_teams_both():
    ws = demo_workshop()
    # Team A's six roles are longer than the line: its name, not "1 care…"
    assert top_line(ws, "t04").endswith(squash(" · Team: Team A"))
    first = next(c.id for c in ws.causes if c.theme_id == "t04")
    causes = [c.model_copy(update={"team": "Team F"}) if c.id == first else c
              for c in ws.causes]
    assert top_line(ws.model_copy(update={"causes": causes}), "t04").endswith(
        squash(" · Teams: Team F and Team A"))
