"""The room view's why-tree at 24 px or more: tighter gaps first, then pages.

The smallest words on a drawn tree are a cause's marks and team (``small_px``), so the tree is
never shown smaller than ``LEAST_SCALE``. A tree that would need less is measured again with
tighter gaps between its rows and boxes; one still too big is shown in pages. A page holds the
theme and one or more whole first-level branches (a first "why?" answer and everything under
it), side by side, as many as fit. A branch too deep for a page shows as many levels as fit; a
note under each cause cut short says on which page its reasons carry on, and that page starts
with the theme again, compact, saying "Continued from page N" (``why_tree_room_continued``),
and the cause whose reasons it shows, without its team's line, so the room always sees what the
reasons on the screen answer, and a page of a cause and one reason fits 800x600 at 24 px.
Boxes are tried as wide as such a screen at 24 px; the theme's is as wide as they (or its own).
Every page of a tree is drawn with its causes' words at one size, the smallest any page needs
(``one_size``), so the back of the room does not read one page smaller than the next.

Where there is room, the first box of each team on the screen also says who was in the team
(``team_room``): a style is measured with those words and without, and keeps them when they
cost the tree's words little of their size.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

import networkx as nx
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from wtfc.model.document import Document
from wtfc.model.workshop import Cause
from wtfc.ui.boards.team_room import (
    ROOM_FOR_MEMBERS,
    says_members,
    shown_cause,
    team_leads,
    team_members,
    with_members,
)
from wtfc.ui.boards.why_tree_items import (
    ROOM_STYLE,
    CauseItem,
    ThemeRootItem,
    TreeStyle,
    cause_height,
    link_path,
    theme_cards,
)
from wtfc.ui.boards.why_tree_layout import ROOT, tidy_layout, why_tree
from wtfc.ui.boards.why_tree_room_continued import ContinuedRootItem, continued_size
from wtfc.ui.boards.why_tree_view import WhyTreeScene
from wtfc.ui.style import INK, pixel_font
from wtfc.ui.wall.room_measure import FLOOR_PX

LEAST_SCALE = FLOOR_PX / ROOM_STYLE.small_px  # its marks and teams at 24 real px
# box widths tried, as parts of the style's: narrower for a tree the screen's width limits,
# wider for one its height limits (a style is kept unless the next shows the words 2% larger)
NARROWER = (0.8, 0.65, 0.5)
WIDER = (1.3, 1.7, 2.2, 2.8)
# only for a tree the usual gaps would take below 24 px: the rows and boxes closer together,
# the words nearer their box's edge (a page of a cause and its reasons fits 1024x768 at 24 px)
TIGHT_STYLE = replace(ROOM_STYLE, v_gap=24.0, h_gap=24.0, pad=14)
NOTE = "__note__:"
MARGIN = 92  # the scene's margin (40 a side) and the items' outline (6 a side)
FIT_MARGIN = 4  # QGraphicsView.fitInView's 2 px a side


@dataclass(frozen=True)
class TreePage:
    """The theme, ``anchor``'s causes ``children`` and (to ``depth`` levels, None: all) the
    causes under them. An ``anchor`` other than the theme is repeated from an earlier page."""

    anchor: str
    children: tuple[str, ...]
    depth: int | None = None


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
        below(child, None if page.depth is None else page.depth - 1)
    return out


def repeated_anchor(graph: nx.DiGraph, notes: Mapping[str, str]) -> str | None:
    """On a page that carries on an earlier one's reasons, the cause they answer, repeated."""
    return next(iter(graph.successors(ROOT)), None) if ROOT in notes else None


def page_leads(doc: Document, graph: nx.DiGraph, notes: Mapping[str, str],
               members: dict[str, str]) -> set[str]:
    """The boxes that say who was in their team (``team_leads``): never the repeated cause,
    which shows no team, so its team's first reason below it says so."""
    anchor = repeated_anchor(graph, notes)
    if anchor is None:
        return team_leads(doc, graph, members)
    rest = nx.DiGraph(graph)
    rest.remove_node(anchor)
    rest.add_edges_from((ROOT, child) for child in graph.successors(anchor))
    return team_leads(doc, rest, members)


def teamless(cause: Cause) -> Cause:
    """A repeated cause without its team's line: said on the page before, and on its reasons
    below it, and a line the smallest page cannot spare."""
    return cause.model_copy(update={"team": ""})


def note_size(text: str, style: TreeStyle) -> tuple[float, float]:
    metrics = QFontMetricsF(pixel_font(style.small_px, bold=True))
    return metrics.horizontalAdvance(text) + 2 * style.pad, metrics.lineSpacing() + 2 * 10


class TreeMeasure:
    """How large a tree (or a page of it) shows in a ``viewport`` at each box width and gap,
    from the boxes' sizes alone: building the scene for every style tried costs too much."""

    def __init__(self, doc: Document, theme_id: str, viewport: tuple[float, float]) -> None:
        self.doc = doc
        self.theme = doc.get("themes", theme_id)
        self.cards = theme_cards(doc, self.theme)
        self.viewport = viewport
        self.members = team_members(doc)  # who was in each team, by its name
        self._heights: dict[tuple[str, float, float, bool, bool], float] = {}
        self._roots: dict[tuple[float, float], tuple[float, float]] = {}

    def _size(self, node: str, style: TreeStyle, notes: Mapping[str, str],
              lead: bool = False, repeated: bool = False) -> tuple[float, float]:
        if node == ROOT and ROOT in notes:
            return continued_size(self.theme, notes[ROOT], style)
        if node == ROOT:
            key = (style.root_width, style.pad)
            if key not in self._roots:
                root = ThemeRootItem(self.theme, self.cards, style).boundingRect()
                self._roots[key] = (root.width() - 12, root.height() - 12)
            return self._roots[key]
        if node in notes:
            return note_size(notes[node], style)
        box = (node, style.width, style.pad, lead, repeated)  # the tight style pads less
        if box not in self._heights:
            cause = shown_cause(self.doc.get("causes", node), lead, self.members)
            self._heights[box] = cause_height(teamless(cause) if repeated else cause, style)
        return style.width, self._heights[box]

    def scales(self, graph: nx.DiGraph, notes: Mapping[str, str],
               style: TreeStyle) -> tuple[float, float]:
        """(scale to fit the width, to fit the height) of ``graph`` drawn in ``style``."""
        leads = page_leads(self.doc, graph, notes, self.members) if says_members(style) \
            else set()
        anchor = repeated_anchor(graph, notes)
        sizes = {node: self._size(node, style, notes, node in leads, node == anchor)
                 for node in graph.nodes}
        places = tidy_layout(graph, sizes, h_gap=style.h_gap, v_gap=style.v_gap)
        wide = max(x + sizes[n][0] for n, (x, _) in places.items()) + MARGIN \
            - min(x for x, _ in places.values())
        tall = max(y + sizes[n][1] for n, (_, y) in places.items()) + MARGIN
        # less the 2 px a side QGraphicsView.fitInView keeps (the whole tree is fitted so):
        # without it a tree measured at 24 px was drawn at 23.9
        return (self.viewport[0] - FIT_MARGIN) / wide, (self.viewport[1] - FIT_MARGIN) / tall

    def best(self, graph: nx.DiGraph, notes: Mapping[str, str] | None = None
             ) -> tuple[float, TreeStyle]:
        """(scale, style): the box widths at which ``graph`` shows largest; tighter gaps
        only when the usual ones would take its words below 24 px. The style says who was in
        each team when there is room for it (its words 24 px or more, and shrunk by no more
        than ``ROOM_FOR_MEMBERS``)."""
        plain = self.plain(graph, notes or {})
        # more words never make a tree larger: below 24 px without them, below with them
        if plain[0] < LEAST_SCALE:
            return self._marks_at_floor(graph, notes or {}, *plain)
        if not page_leads(self.doc, graph, notes or {}, self.members):
            return plain
        rich = self.rich(graph, notes or {})
        return rich if rich[0] >= max(LEAST_SCALE, plain[0] * ROOM_FOR_MEMBERS) else plain

    def plain(self, graph: nx.DiGraph, notes: Mapping[str, str]) -> tuple[float, TreeStyle]:
        """(scale, style) of ``graph`` drawn without who was in each team."""
        return self._best(graph, notes, ROOM_STYLE)

    def rich(self, graph: nx.DiGraph, notes: Mapping[str, str]) -> tuple[float, TreeStyle]:
        """(scale, style) of ``graph`` drawn saying who was in each team."""
        return self._best(graph, notes, with_members(ROOM_STYLE))

    def _marks_at_floor(self, graph: nx.DiGraph, notes: Mapping[str, str], scale: float,
                        style: TreeStyle) -> tuple[float, TreeStyle]:
        """A page too big for 24 px even so (one cause, a long theme, on an 800x600
        projector), shrunk to fit: its pills ("Continued from page 1", the kind, "1 more
        reason on page 3", the marks) made larger in the style so that, shrunk, they are still
        24 px (the causes' larger words stay over it); the tree measured again with them."""
        for _ in range(3):
            px = math.ceil(FLOOR_PX / scale * 1.01)  # (1%: the fit drew 23.9 for 24)
            if px <= style.small_px:
                break
            style = replace(style, small_px=px)
            scale = min(1.0, *self.scales(graph, notes, style))
        return scale, style

    def _best(self, graph: nx.DiGraph, notes: Mapping[str, str],
              room: TreeStyle) -> tuple[float, TreeStyle]:
        def styled(part: float, base: TreeStyle = room) -> TreeStyle:
            return replace(base, width=round(ROOM_STYLE.width * part),
                           root_width=round(max(ROOM_STYLE.root_width, ROOM_STYLE.width * part)))

        by_width, by_height = self.scales(graph, notes, styled(1.0))
        best = (min(1.0, by_width, by_height), styled(1.0))
        # narrower boxes only make a tree taller, wider ones only wider: one way can help
        for part in NARROWER if by_width < by_height else WIDER:
            if best[0] >= 1.0:  # full size already: other widths would only move lines about
                break
            style = styled(part)
            scale = min(1.0, *self.scales(graph, notes, style))
            if scale > best[0] * 1.02:
                best = (scale, style)
        if best[0] >= LEAST_SCALE:
            return best
        tight = replace(room, v_gap=TIGHT_STYLE.v_gap, h_gap=TIGHT_STYLE.h_gap,
                        pad=TIGHT_STYLE.pad)
        # and boxes as wide as the screen at 24 px: a chain's page (one box a row) on a small one
        fill = ((self.viewport[0] - FIT_MARGIN) / LEAST_SCALE - MARGIN) / ROOM_STYLE.width
        for part in (1.0, *NARROWER, *WIDER, *([fill] if fill > 1.0 else [])):
            style = styled(part, tight)
            scale = min(1.0, *self.scales(graph, notes, style))
            if scale > best[0]:
                best = (scale, style)
        return best


def paginate(tree: nx.DiGraph, fits: Callable[[TreePage], bool]) -> list[TreePage]:
    """Pages in reading order: whole first-level branches side by side while they fit; a
    branch too deep for a page as many levels as fit, followed by the pages its cut-short
    causes carry on on (each again as many of its reasons as fit)."""
    pages: list[TreePage] = []

    def cover(anchor: str) -> None:
        children = list(tree.successors(anchor))
        i = 0
        while i < len(children):
            j = i + 1
            if fits(TreePage(anchor, tuple(children[i:j]))):
                while j < len(children) and fits(TreePage(anchor, tuple(children[i:j + 1]))):
                    j += 1
                pages.append(TreePage(anchor, tuple(children[i:j])))
                i = j
                continue
            child = children[i]
            deepest = max(nx.shortest_path_length(tree, child).values()) + 1
            depth = 1
            while depth + 1 < deepest and fits(TreePage(anchor, (child,), depth + 1)):
                depth += 1
            page = TreePage(anchor, (child,), depth)
            pages.append(page)
            for cut in page_graph(tree, page).cut:
                cover(cut)
            i += 1

    cover(ROOT)
    return pages


def one_size(measure: TreeMeasure, pages: list[PageGraph]) -> list[tuple[float, TreeStyle]]:
    """Each page's (scale, style) so that the causes' words are one size on every page: the
    smallest any page needs, as the room wall does for a kind (at 1024x768 the demo's first
    tree was 27.5 px on page 1 and 32 px on page 2), its marks never under 24 px. A page drawn
    smaller than it could be says who was in each team where that fits at this size."""
    best = [measure.best(page.graph, page.notes) for page in pages]
    # who was in each team is optional: a page's need is its size without it, or that line
    # on one page would make the words smaller on all; the loop gives it back where it fits
    best = [measure.plain(page.graph, page.notes) if says_members(style) else (scale, style)
            for page, (scale, style) in zip(pages, best, strict=True)]
    size = min(scale * style.text_px for scale, style in best)
    sized = []
    for page, (scale, style) in zip(pages, best, strict=True):
        at = min(scale, max(size / style.text_px, FLOOR_PX / style.small_px))
        if not says_members(style) and page_leads(measure.doc, page.graph, page.notes,
                                                  measure.members):
            rich = measure.rich(page.graph, page.notes)
            if rich[0] >= max(at, LEAST_SCALE):
                style = rich[1]
        sized.append((at, style))
    return sized


def numbered(tree: nx.DiGraph, pages: list[TreePage]) -> list[PageGraph]:
    """Each page's graph, its notes naming the pages they point to (counted from 1)."""
    starts: dict[str, int] = {}  # a cut-short cause -> the first page its reasons carry on on
    for i, page in enumerate(pages):
        if page.anchor != ROOT:
            starts.setdefault(page.anchor, i + 1)
    cut_on = {cut: i + 1 for i, page in enumerate(pages) for cut in page_graph(tree, page).cut}

    def number(node: str, way: str) -> int:
        return cut_on.get(node, 1) if way == "from" else starts.get(node, 1)

    return [page_graph(tree, page, number) for page in pages]


class NoteItem(QGraphicsItem):
    """Where the tree carries on: "3 more reasons on page 2", "Continued from page 1"."""

    def __init__(self, node_id: str, text: str, style: TreeStyle) -> None:
        super().__init__()
        self.node_id = node_id
        self.text = text
        self.style = style
        width, height = note_size(text, style)
        self._rect = QRectF(0, 0, width, height)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-6, -6, 6, 6)

    def paint(self, p: QPainter, _option, _widget=None) -> None:
        pen = QPen(INK, 2, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(QColor("#F7F5EF"))
        p.drawRoundedRect(self._rect, self._rect.height() / 2, self._rect.height() / 2)
        p.setFont(pixel_font(self.style.small_px, bold=True))
        p.setPen(INK)
        p.drawText(self._rect, int(Qt.AlignmentFlag.AlignCenter), self.text)


class PagedTreeScene(WhyTreeScene):
    """A why-tree scene that can also draw one page of the tree, with its notes, and whose
    style may say who was in each team (``team_room``)."""

    def rebuild(self, doc: Document, theme_id: str | None) -> None:
        """The whole tree, as one page with no notes."""
        if theme_id is None or doc.get("themes", theme_id) is None:
            super().rebuild(doc, theme_id)
            return
        self.rebuild_page(doc, theme_id, PageGraph(why_tree(doc, theme_id)))

    def rebuild_page(self, doc: Document, theme_id: str, page: PageGraph) -> None:
        self.clear()
        self.nodes, self._links = {}, []
        theme = doc.get("themes", theme_id)
        if ROOT in page.notes:
            self.nodes[ROOT] = ContinuedRootItem(theme, page.notes[ROOT], self.tree_style)
        else:
            self.nodes[ROOT] = ThemeRootItem(theme, theme_cards(doc, theme), self.tree_style)
        members = team_members(doc) if says_members(self.tree_style) else {}
        leads = page_leads(doc, page.graph, page.notes, members) if members else set()
        for node in page.graph.nodes:
            if node == ROOT:
                continue
            if node in page.notes:
                self.nodes[node] = NoteItem(node, page.notes[node], self.tree_style)
            else:
                cause = shown_cause(doc.get("causes", node), node in leads, members)
                if node == repeated_anchor(page.graph, page.notes):
                    cause = teamless(cause)
                self.nodes[node] = CauseItem(cause, self.tree_style)
        sizes = {n: (i.boundingRect().width() - 12, i.boundingRect().height() - 12)
                 for n, i in self.nodes.items()}
        positions = tidy_layout(page.graph, sizes, h_gap=self.tree_style.h_gap,
                                v_gap=self.tree_style.v_gap)
        for node, item in self.nodes.items():
            item.setPos(*positions[node])
            self.addItem(item)
        for parent, child in page.graph.edges:
            link = link_path(self._box(parent), self._box(child))
            self._links.append(link)
            self.addItem(link)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -40, 40, 40))
