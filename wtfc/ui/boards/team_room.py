"""Who was in each root-cause team, on the why-tree's room view.

A page whose causes are all one team's says the team once, in the theme's box
(``TeamRootItem``: "Team: Team A (2 older people, …)"), and its boxes leave the line out.
Otherwise the first box of each team on the screen (the highest, then the leftmost) says who
was in it
under the team's name: "Team: Team A (2 older people, 1 commissioner, 1 provider)", in the team
line's own 28 px type, wrapped in the box. Only where there is room: the room view keeps the
members when the tree's words stay at the floor (24 px) or more and lose no more than a tenth
of their size (``why_tree_pages.TreeMeasure.best``); otherwise the boxes say the team's name
alone, as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass

import networkx as nx
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QPainter

from wtfc.export.team_words import members_words
from wtfc.model.document import Document
from wtfc.model.operations.record import team_key
from wtfc.model.workshop import Card, Cause, Theme
from wtfc.ui.boards.shown_theme import as_shown
from wtfc.ui.boards.why_tree_items import WRAP, ThemeRootItem, TreeStyle
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.style import ROOM_MUTED, pixel_font

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


class TeamRootItem(ThemeRootItem):
    """The theme's box with the page's one team (``heading``) under its facts, in their muted
    small type, wrapped in the box."""

    def __init__(self, theme: Theme, cards: Sequence[Card], style: TreeStyle,
                 heading: str) -> None:
        theme = as_shown(theme)  # the box, its tooltip and its words: never a blank name
        super().__init__(theme, cards, style)
        self.heading = heading
        self.setToolTip(plain_tip(f"{theme.name}: {self.facts}. {heading}"))  # name as typed
        inside = QRectF(0, 0, style.root_width - 2 * style.pad, 100_000)
        metrics = QFontMetricsF(pixel_font(style.small_px))

        def tall(text: str) -> float:
            return metrics.boundingRect(inside, WRAP, text).height()

        # the line right under the facts (their box keeps a little more than one line's room)
        self._heading_top = self._rect.height() - style.pad - self._facts_h + tall(self.facts)
        self._heading_h = tall(heading)
        grown = tall(f"{self.facts}\n{heading}") - self._facts_h
        self._rect.setHeight(self._rect.height() + max(0.0, grown))

    def describe(self) -> str:
        return f"Theme: {self.theme.name} ({self.facts}; {self.heading})"

    def paint(self, p: QPainter, option, widget=None) -> None:
        super().paint(p, option, widget)
        s, rect = self.style, self._rect
        p.setFont(pixel_font(s.small_px))
        p.setPen(ROOM_MUTED)
        p.drawText(QRectF(s.pad, self._heading_top, rect.width() - 2 * s.pad,
                          self._heading_h + 2), WRAP, self.heading)
