"""Which team's work a theme's board shows, in the why-tree room view's words.

The why-tree's room view says a page's one team in the theme's box: "Team: Team A (2 older
people, 1 commissioner)" (``team_heading``). The fishbone, success and plan room views, the A3
theme poster and the boards' Theme boxes say it the same way, so a facilitator asked "where is
Team D's work?" finds it, and the room sees whose work is up. A theme worked on by two teams
says both: "Teams: Team A and Team F". Qt-free and without reportlab: the boards import it.
"""

from __future__ import annotations

from collections.abc import Sequence

from wtfc.export.isolates import isolated
from wtfc.export.team_words import members_words
from wtfc.model.operations.record import team_record, tree_team_names
from wtfc.model.workshop import Workshop

SHORT_NAME = 24  # characters of a team's name in a Theme box's line ("Team C", "Table 3 by…")
SHORT_TEAMS = 2  # teams named in a Theme box's line before "+ 1 more"


def team_heading(team: str, members: str = "") -> str:
    """ "Team: Team A (2 older people, 1 commissioner)"; "Team: Team A" with none counted."""
    team = isolated(team)  # "ٹیم الف" set apart: "Team: 3 · ٹیم الف actions" read the count in
    return f"Team: {team} ({members})" if members else f"Team: {team}"


def _and(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def teams_heading(names: Sequence[str]) -> str:
    """ "Team: Team C"; "Teams: Team A and Team F"; "" for no team."""
    if not names:
        return ""
    if len(names) == 1:
        return team_heading(names[0])
    return f"Teams: {_and([isolated(name) for name in names])}"


def theme_team_names(workshop: Workshop, theme_id: str) -> list[str]:
    """The teams named on a theme's why-tree, as the Teams panel and the report name them."""
    return list(tree_team_names(workshop, theme_id))


def theme_teams_line(workshop: Workshop, theme_id: str) -> str:
    """ "Team: Team C", "Teams: Team A and Team F": whose work a room view of the theme shows
    ("" while its why-tree names no team); who was in it is on the why-tree's pages."""
    return teams_heading(theme_team_names(workshop, theme_id))


def theme_teams_heading(workshop: Workshop, theme_id: str) -> str:
    """The line saying whose work a theme's view shows: its one team with who was in it, as
    the why-tree's room view says it; its teams' names when more than one worked on it; ""
    while its why-tree names no team."""
    names = theme_team_names(workshop, theme_id)
    if len(names) != 1:
        return teams_heading(names)
    record = team_record(workshop, names[0])
    return team_heading(names[0], members_words(record.members) if record else "")


def short_name(name: str) -> str:
    """A team's name for a line with other words: cut at a word within ``SHORT_NAME``
    characters ("…" says so), set apart where it reads right to left."""
    if len(name) > SHORT_NAME:
        cut = name[:SHORT_NAME - 1]
        space = cut.rfind(" ")
        name = (cut[:space] if space > SHORT_NAME // 2 else cut).rstrip() + "…"
    return isolated(name)


def short_teams(names: Sequence[str]) -> str:
    """ "Team: Team C", "Teams: Team A and Team F", "Teams: Team A, Team F + 1 more": the
    teams in a line that must keep its other words in sight (the boards' Theme boxes)."""
    if len(names) <= SHORT_TEAMS:
        return teams_heading([short_name(n) for n in names])
    shown = ", ".join(short_name(n) for n in names[:SHORT_TEAMS])
    return f"Teams: {shown} + {len(names) - SHORT_TEAMS:,} more"
