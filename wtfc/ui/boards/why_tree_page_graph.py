"""What one page of the why-tree's room view holds: its causes, its notes, and its teams' words.

A page is the theme and some of its first-level branches (``TreePage``); a branch too deep for
a page is cut short, and a note under the cause says on which page its reasons carry on, that
page repeating the cause, without its team's line (``repeated_anchors``). When every cause on a
page is one team's, as when one team worked on the whole theme, the team is said once, in the
theme's box ("Team: Team A", with who was in it where there is room: ``page_heading``), not in
every box: the line repeated eight times took a row of every box and told the room nothing new.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import networkx as nx

from wtfc.export.team_heading import team_heading
from wtfc.model.document import Document
from wtfc.model.operations.record import team_key
from wtfc.model.workshop import Cause
from wtfc.ui.boards.team_room import shown_cause, team_leads
from wtfc.ui.boards.why_tree_layout import ROOT

NOTE = "__note__:"
@dataclass(frozen=True)
class TreePage:
    """The theme, ``anchor``'s causes ``children`` and (to ``depth`` levels, None: all) the
    causes under them. An ``anchor`` other than the theme is repeated from an earlier page;
    ``also``: more causes cut short on that page, each with all its reasons, beside it (a page
    of one reason under its cause, four such pages in a row, told the room little a page);
    ``whole``: those of ``children`` shown with all their reasons, whatever ``depth``."""

    anchor: str
    children: tuple[str, ...]
    depth: int | None = None
    also: tuple[str, ...] = ()
    whole: tuple[str, ...] = ()


@dataclass
class PageGraph:
    """What a page draws: its nodes (notes among them, with their words) and the causes on it
    whose reasons carry on on another page."""

    graph: nx.DiGraph
    notes: dict[str, str] = field(default_factory=dict)
    cut: list[str] = field(default_factory=list)


def page_graph(tree: nx.DiGraph, page: TreePage,
               number: Callable[[str, str], int] = lambda _node, _way: 88) -> PageGraph:
    """The nodes and links of ``page``; ``number(node, "from" | "on")`` is the page a note
    points to (measured with two digits until the pages are known)."""
    out = PageGraph(nx.DiGraph())
    out.graph.add_node(ROOT)
    if page.anchor != ROOT:  # said in the theme's box, compact on such a page
        out.notes[ROOT] = f"Continued from page {number(page.anchor, 'from')}"
        out.graph.add_edge(ROOT, page.anchor)

    def below(node: str, levels: int | None) -> None:
        children = list(tree.successors(node))
        if children and levels == 0:
            note = f"{NOTE}on:{node}"
            count = len(nx.descendants(tree, node))
            out.notes[note] = (f"{count} more reason{'s' if count != 1 else ''} "
                               f"on page {number(node, 'on')}")
            out.graph.add_edge(node, note)
            out.cut.append(node)
            return
        for child in children:
            out.graph.add_edge(node, child)
            below(child, None if levels is None else levels - 1)

    for child in page.children:
        out.graph.add_edge(page.anchor, child)
        below(child, None if page.depth is None or child in page.whole else page.depth - 1)
    for anchor in page.also:
        out.graph.add_edge(ROOT, anchor)
        below(anchor, None)
    return out


def repeated_anchors(graph: nx.DiGraph, notes: Mapping[str, str]) -> set[str]:
    """On a page that carries on an earlier one's reasons, the causes they answer, repeated."""
    return set(graph.successors(ROOT)) if ROOT in notes else set()


def page_leads(doc: Document, graph: nx.DiGraph, notes: Mapping[str, str],
               members: dict[str, str], theme_id: str | None = None) -> set[str]:
    """The boxes that say who was in their team (``team_leads``): never the repeated cause,
    which shows no team, so its team's first reason below it says so."""
    if page_team(doc, graph, theme_id):
        return set()  # the theme's box says it (``page_heading``)
    anchors = repeated_anchors(graph, notes)
    if not anchors:
        return team_leads(doc, graph, members)
    rest = nx.DiGraph(graph)
    rest.remove_nodes_from(anchors)
    rest.add_edges_from((ROOT, child) for anchor in graph.successors(ROOT)
                        for child in graph.successors(anchor))
    return team_leads(doc, rest, members)


def page_team(doc: Document, graph: nx.DiGraph, theme_id: str | None = None) -> str:
    """The team every cause on the page is from, as the first names it ("" when they are more
    than one team's, or a cause names none); on a page of no causes yet, the team the tree of
    ``theme_id`` was given to (T on its box before the first cause), as its causes will say."""
    causes = [c for node in graph.nodes if (c := doc.get("causes", node)) is not None]
    if not causes:
        theme = doc.get("themes", theme_id) if theme_id else None
        return theme.team if theme is not None else ""
    if len({team_key(c.team) for c in causes}) != 1:
        return ""
    return causes[0].team.strip()


def page_heading(doc: Document, graph: nx.DiGraph, members: Mapping[str, str],
                 theme_id: str | None = None) -> str:
    """The line the theme's box adds when the page is one team's: "Team: Team A", with who was
    in it when ``members`` (by ``team_key``) has it; "" when the boxes say their teams."""
    team = page_team(doc, graph, theme_id)
    if not team:
        return ""
    return team_heading(team, members.get(team_key(team), ""))


def teamless(cause: Cause) -> Cause:
    """A repeated cause without its team's line: said on the page before, and on its reasons
    below it, and a line the smallest page cannot spare."""
    return cause.model_copy(update={"team": ""})



def numbered(tree: nx.DiGraph, pages: list[TreePage]) -> list[PageGraph]:
    """Each page's graph, its notes naming the pages they point to (counted from 1)."""
    starts: dict[str, int] = {}  # a cut-short cause -> the first page its reasons carry on on
    for i, page in enumerate(pages):
        for anchor in (page.anchor, *page.also) if page.anchor != ROOT else ():
            starts.setdefault(anchor, i + 1)
    cut_on = {cut: i + 1 for i, page in enumerate(pages) for cut in page_graph(tree, page).cut}

    def number(node: str, way: str) -> int:
        return cut_on.get(node, 1) if way == "from" else starts.get(node, 1)

    return [page_graph(tree, page, number) for page in pages]



def shown_causes(doc: Document, graph: nx.DiGraph, notes: Mapping[str, str],
                 members: Mapping[str, str],
                 theme_id: str | None = None) -> tuple[str, dict[str, Cause]]:
    """(the theme's box's team line, each cause on the page as its box shows it): the page's
    one team said once (with who was in it, from ``members``), or each box its team, the
    team's first box with who was in it; the repeated cause with no team. ``theme_id``: the
    tree's theme, whose own team a tree of no causes yet says."""
    heading = page_heading(doc, graph, members, theme_id)
    leads = page_leads(doc, graph, notes, dict(members), theme_id) if members else set()
    anchors = repeated_anchors(graph, notes)
    shown: dict[str, Cause] = {}
    for node in graph.nodes:
        if (cause := doc.get("causes", node)) is not None:
            cause = shown_cause(cause, node in leads, dict(members))
            shown[node] = teamless(cause) if heading or node in anchors else cause
    return heading, shown
