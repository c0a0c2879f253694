"""Who was in each root-cause team, on the why-tree's room view.

The first box of each team on the screen (the highest, then the leftmost) says who was in it
under the team's name: "Team: Team A (2 older people, 1 commissioner, 1 provider)", in the team
line's own 28 px type, wrapped in the box. Only where there is room: the room view keeps the
members when the tree's words stay at the floor (24 px) or more and lose no more than a tenth
of their size (``why_tree_pages.TreeMeasure.best``); otherwise the boxes say the team's name
alone, as before.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import networkx as nx

from wtfc.export.team_words import members_words
from wtfc.model.document import Document
from wtfc.model.operations.record import team_key
from wtfc.model.workshop import Cause
from wtfc.ui.boards.why_tree_items import TreeStyle
from wtfc.ui.boards.why_tree_layout import ROOT

ROOM_FOR_MEMBERS = 0.9  # the tree's type may shrink this far to say who was in each team


@dataclass(frozen=True)
class MembersStyle(TreeStyle):
    """A room style whose boxes say who was in each team (a style chosen with them)."""

    members: bool = True


def with_members(style: TreeStyle) -> MembersStyle:
    return MembersStyle(**asdict(style))


def says_members(style: TreeStyle) -> bool:
    return isinstance(style, MembersStyle) and style.members


def team_members(doc: Document) -> dict[str, str]:
    """Each recorded team's members in words, by ``team_key`` of the team's name (teams with
    none counted left out): a box of "team a" finds the record of "Team A", as the Teams
    panel does."""
    return {
        team_key(team.name): words
        for team in doc.workshop.teams
        if (words := members_words(team.members))
    }


def team_leads(doc: Document, graph: nx.DiGraph, members: dict[str, str]) -> set[str]:
    """The first cause of each team with members in ``graph``, in reading order: by rows from
    the top, left to right (notes and the theme are no team's)."""
    leads: dict[str, str] = {}
    for _parent, node in nx.bfs_edges(graph, ROOT):
        cause = doc.get("causes", node)
        key = team_key(cause.team) if cause is not None else ""
        if key in members and key not in leads:
            leads[key] = node
    return set(leads.values())


def shown_cause(cause: Cause, lead: bool, members: dict[str, str]) -> Cause:
    """``cause`` as its box shows it: a team's first box with who was in the team."""
    words = members.get(team_key(cause.team)) if lead else None
    return cause.model_copy(update={"team": f"{cause.team} ({words})"}) if words else cause
