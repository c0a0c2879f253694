"""A root-cause team's record in words: who was in it by role and what it found.

The Understand board's Teams panel and the why-tree's room view say a team the same way
("Team A: 2 older people, 1 commissioner, 1 provider"); the report says who was in it and what
it found ("Team A (2 older people, 1 commissioner): …"). Qt-free and without reportlab, so the
board can import it at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

from wtfc.model.operations.record import tree_teams
from wtfc.model.workshop import RoleCount, RoomRole, Team, Workshop

# (one, more than one) for each role, as the report's cover counts the room
ROLE_WORDS = {
    RoomRole.OLDER_PEOPLE: ("older person", "older people"),
    RoomRole.FAMILY_CARERS: ("family carer", "family carers"),
    RoomRole.COMMISSIONERS: ("commissioner", "commissioners"),
    RoomRole.PROVIDERS: ("provider", "providers"),
    RoomRole.CARE_MANAGERS: ("care manager", "care managers"),
    RoomRole.OLDER_PEOPLES_ORGANISATIONS: ("from older people's organisations",) * 2,
    RoomRole.HEALTH: ("from health",) * 2,
    RoomRole.OTHER: ("other", "others"),
}
NOBODY_YET = "nobody recorded yet"
# the method mixes older people with the staff in each team: said in words, never by colour
NO_OLDER_PERSON = "No older person in this team: the method puts older people in every team."


def members_words(members: list[RoleCount]) -> str:
    """ "2 older people, 1 commissioner, 1 provider" in the roles' order ("" for nobody)."""
    counted = [m for m in members if m.count]
    return ", ".join(f"{m.count:,} {ROLE_WORDS[m.role][m.count != 1]}" for m in counted)


def team_line(name: str, team: Team | None) -> str:
    """ "Team A: 2 older people, 1 commissioner" ("Team A: nobody recorded yet")."""
    who = members_words(team.members) if team else ""
    return f"{name}: {who or NOBODY_YET}"


def lacks_older_people(team: Team | None) -> bool:
    """Members are counted, and no older person among them."""
    return (
        team is not None
        and any(m.count for m in team.members)
        and not any(m.count for m in team.members if m.role == RoomRole.OLDER_PEOPLE)
    )


def report_head(team: Team) -> str:
    """ "Team A (2 older people, 1 commissioner)": the team and who was in it."""
    who = members_words(team.members)
    return f"{team.name} ({who})" if who else team.name


def _as_typed(text: str) -> str:
    return text


def report_line(team: Team, *, head: Callable[[str], str] = _as_typed,
                words: Callable[[str], str] = _as_typed) -> str:
    """ "Team A (2 older people, 1 commissioner): what it found", as the report prints it:
    ``head`` and ``words`` mark up the head and the summary (the report bolds the head)."""
    found = f": {words(team.summary)}" if team.summary else "."
    return f"{head(report_head(team))}{found}"


def recorded_teams(workshop: Workshop, theme_id: str) -> list[Team]:
    """The records of the teams on a theme's why-tree that hold something: members counted
    or a summary (a record whose team no longer has a branch here is not among them). Found
    as the Teams panel finds them: "team a" on the tree is the record of "Team A"."""
    return [
        team
        for team in tree_teams(workshop, theme_id)
        if members_words(team.members) or team.summary
    ]
