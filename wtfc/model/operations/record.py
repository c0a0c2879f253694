"""Operations on the workshop record: who was in the room, the reflection afterwards, the next
review, and what each root-cause team was and found.

Each is a whole workshop detail replaced in one undoable step (``details_changed`` names it:
``in_the_room``, ``reflection``, ``next_review`` or ``teams``). A count of 0 takes the role off
its list, so a role nobody was counted in is the same as one never counted.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from wtfc.model.blank_text import is_blank
from wtfc.model.commands import Edit, EditBuilder, new_part
from wtfc.model.dates import long_date
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.model.operations._names import quoted
from wtfc.model.record_checks import refused_review
from wtfc.model.workshop import Reflection, RoleCount, RoomRole, Team, Workshop

_ROLE_ORDER = {role: n for n, role in enumerate(RoomRole)}


def count_of(counts: list[RoleCount], role: RoomRole) -> int:
    """How many of ``role`` a list counts (0 when it does not name the role)."""
    return next((c.count for c in counts if c.role == role), 0)


def team_key(name: str) -> str:
    """A team's name as records are matched: spaces tidied and capitals aside, as a file
    may not hold two records for "Team A" and "team a" (``references.record_problems``)."""
    return " ".join(name.split()).casefold()


def team_record(workshop: Workshop, name: str) -> Team | None:
    """The record of the team the why-tree calls ``name`` (None until one is made)."""
    key = team_key(name)
    return next((team for team in workshop.teams if team_key(team.name) == key), None)


def named_on_tree(workshop: Workshop, theme_id: str | None = None) -> list[str]:
    """The team names a why-tree uses (every why-tree's when None): each tree's own team
    (``Theme.team``, given with T on the theme's box, before any cause or since), then its
    causes' teams in the order they were added; a name once for each place it is given."""
    themes = [t for t in workshop.themes if theme_id is None or t.id == theme_id]
    return [t.team for t in themes if t.team] + [
        c.team for c in workshop.causes if c.team and (theme_id is None or c.theme_id == theme_id)]


def tree_teams(workshop: Workshop, theme_id: str | None = None) -> list[Team]:
    """The records of the teams named on a theme's why-tree (on any why-tree when None), each
    once: the tree's own team first, then in the order their causes were added; found as
    ``team_record`` finds them, so the report, the data export and the Teams panel agree. A
    record whose team no tree names now (taken off with T and an empty name) is none of them
    (``teams_on_no_tree``)."""
    by_key = {team_key(team.name): team for team in reversed(workshop.teams)}  # first wins
    found: dict[str, Team] = {}
    for name in named_on_tree(workshop, theme_id):
        team = by_key.get(team_key(name))
        if team is not None:
            found.setdefault(team.id, team)
    return list(found.values())


def tree_team_names(workshop: Workshop, theme_id: str) -> dict[str, list[str]]:
    """The teams named on a theme's why-tree, one per team as records are matched
    (``team_key``), the tree's own team first, then in the order their causes were added: each
    under its record's name, or the spelling most use (the first of equals), with the
    spellings the tree uses ("team a" and "Team A" are one team, its causes all counted). A
    tree given to a team before its first cause names that team as a tree with causes does."""
    records = {team_key(team.name): team.name for team in reversed(workshop.teams)}
    spellings: dict[str, Counter[str]] = {}
    for name in named_on_tree(workshop, theme_id):
        spellings.setdefault(team_key(name), Counter())[name] += 1
    return {
        records.get(key) or used.most_common(1)[0][0]: list(used)
        for key, used in spellings.items()
    }


def teams_on_no_tree(workshop: Workshop) -> list[Team]:
    """The records whose team no why-tree names now (taken off with T and an empty name, its
    last branch deleted): kept, so an undo or the name given again brings them back, and left
    out of the report and the exports; the Teams panel lists them to be deleted."""
    on_trees = {team.id for team in tree_teams(workshop)}
    return [team for team in workshop.teams if team.id not in on_trees]


def carried_teams(workshop: Workshop, cause_ids: Sequence[str], team: str,
                  tree: str | None = None) -> list[Team] | None:
    """The teams' records once ``cause_ids`` are given to ``team``, when that renames a team
    (T on its theme or branch): every place a recorded team is named goes to a name with no
    record yet, and the record goes with them. ``tree``: the theme whose own team goes to
    ``team`` too (T on the theme's box, on a tree with causes or none yet). None when the
    records stay as they are: some of the team's causes, or a tree of its own, keep its name
    (a branch given to another team), the new name has a record of its own, or the causes
    are taken off their team (the record stays in the file, and comes back on screen with an
    undo or when a branch is given that name again)."""
    team = " ".join(team.split())
    if not team or team_record(workshop, team) is not None:
        return None
    moving = set(cause_ids)
    left = {team_key(c.team) for c in workshop.causes if c.id not in moving}
    left |= {team_key(t.team) for t in workshop.themes if t.team and t.id != tree}
    going = {team_key(c.team) for c in workshop.causes if c.id in moving}
    going |= {team_key(t.team) for t in workshop.themes if t.team and t.id == tree}
    renamed = [t for t in workshop.teams
               if team_key(t.name) not in left and team_key(t.name) in going]
    if len(renamed) != 1:  # two teams' causes given one name: neither record is chosen
        return None
    return [t.model_copy(update={"name": team}) if t is renamed[0] else t
            for t in workshop.teams]


def _with_count(counts: list[RoleCount], role: RoomRole, count: int) -> list[RoleCount]:
    """``counts`` with ``role`` set to ``count``, in the roles' own order."""
    if not 0 <= count <= 10_000:
        raise EditRefused("A count of people must be between 0 and 10,000.")
    kept = [c for c in counts if c.role != role]
    if count:
        kept.append(RoleCount(role=role, count=count))
    return sorted(kept, key=lambda c: _ROLE_ORDER[c.role])


def set_room_count(doc: Document, *, role: RoomRole, count: int) -> Edit:
    """Record how many people of ``role`` were in the room."""
    b = EditBuilder(doc, f"Set '{role.label}' in the room to {count}")
    b.detail("in_the_room", _with_count(doc.workshop.in_the_room, role, count))
    return b.build()


def edit_reflection(
    doc: Document,
    *,
    went_well: str | None = None,
    not_so_well: str | None = None,
    do_differently: str | None = None,
) -> Edit:
    """Change the reflection's texts (those given; None leaves a text as it is)."""
    from wtfc.model.control_characters import with_line_breaks

    before = doc.workshop.reflection
    update = {  # Word's pasted line break (U+000B) as a newline
        name: with_line_breaks(text).strip()
        for name, text in (
            ("went_well", went_well),
            ("not_so_well", not_so_well),
            ("do_differently", do_differently),
        )
        if text is not None
    }
    b = EditBuilder(doc, "Edit the reflection")
    b.detail("reflection", new_part(Reflection, **{**before.model_dump(), **update}))
    return b.build()


def set_next_review(doc: Document, *, when: dt.date | None) -> Edit:
    """Set the date the group will look again (None clears it); not before the workshop's
    own date, when it has one."""
    if problem := refused_review(doc.workshop.date, when):
        raise EditRefused(problem)
    label = (
        f"Set the next review to {long_date(when)}"
        if when is not None
        else "Clear the next review date"
    )
    b = EditBuilder(doc, label)
    b.detail("next_review", when)
    return b.build()


def _edit_team(doc: Document, label: str, name: str, **update: object) -> Edit:
    """Replace the team called ``name`` with ``update`` applied. Its record is made on the
    first edit that gives it something to hold (a count of 0 for a new team changes nothing)."""
    name = " ".join(name.split())
    if is_blank(name):
        raise EditRefused("A team needs a name: give the causes to a team on the why-tree first.")
    b = EditBuilder(doc, label)
    teams = list(doc.workshop.teams)
    key = team_key(name)
    at = next((n for n, team in enumerate(teams) if team_key(team.name) == key), None)
    if at is None:
        fresh = new_part(Team, name=name, **update)
        if not fresh.members and not fresh.summary:
            return b.build()
        teams.append(fresh)
    else:
        teams[at] = new_part(Team, **{**teams[at].model_dump(), **update})
    b.detail("teams", teams)
    return b.build()


def set_team_count(doc: Document, *, team: str, role: RoomRole, count: int) -> Edit:
    """Record how many people of ``role`` were in the root-cause team called ``team``."""
    record = team_record(doc.workshop, team)
    members = _with_count(record.members if record else [], role, count)
    return _edit_team(
        doc,
        f"Set '{role.label}' in team {quoted(team)} to {count}",
        team,
        members=[m.model_dump() for m in members],
    )


def set_team_summary(doc: Document, *, team: str, summary: str) -> Edit:
    """Record what the root-cause team called ``team`` found, in a few words."""
    from wtfc.model.control_characters import with_line_breaks

    return _edit_team(doc, f"Edit the summary of team {quoted(team)}", team,
                      summary=with_line_breaks(summary).strip())


def delete_team(doc: Document, *, team_id: str) -> Edit:
    """Delete a team's record: who was in it and what it found."""
    team = next((t for t in doc.workshop.teams if t.id == team_id), None)
    if team is None:
        raise EditRefused("That team's record is already gone.")
    b = EditBuilder(doc, f"Delete the record of team {quoted(team.name)}")
    b.detail("teams", [t for t in doc.workshop.teams if t.id != team_id])
    return b.build()
