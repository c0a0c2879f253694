"""The room view's why-tree at 24 px or more: branches in rows, tighter gaps, then pages.

The smallest words on a drawn tree are a cause's marks and team (``small_px``), so the tree is
never shown smaller than ``LEAST_SCALE``. A tree wider than the screen holds at that size has
its first-level branches in rows (``why_tree_page_scene.across``), and boxes are also tried so
narrow that two, three or four branches stand side by side (``COLUMNS``): at 1280x720 and
1366x768 the demo's four reasons and their eight causes fit one page, where a branch a page took
five and four. A tree that would still need less is measured again with tighter gaps between its
rows and boxes, then with the causes' words as small as their marks (24 px); one still too big
is shown in pages (``why_tree_page_graph``). A page holds the theme and one or
more whole first-level branches, as many as fit. A branch too deep for a page shows as many
levels as fit; a note under each cause cut short says on which page its reasons carry on, and
that page starts with the theme again, compact, saying "Continued from page N"
(``why_tree_room_continued``), and the cause whose reasons it shows, so the room always sees
what the reasons on the screen answer. Every page of a tree is drawn with its causes' words at
one size, the smallest any page needs (``why_tree_paging.one_size``), so the back of the room
does not read one page smaller than the next.

A page that is one team's says the team once, in the theme's box; otherwise, where there is
room, the first box of each team on the screen says who was in the team (``team_room``): a
style is measured with those words and without, and keeps them when they cost the tree's words
little of their size.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace

import networkx as nx

from wtfc.model.document import Document
from wtfc.model.workshop import Cause
from wtfc.ui.boards.team_room import ROOM_FOR_MEMBERS, says_members, team_members, with_members
from wtfc.ui.boards.why_tree_items import (
    ROOM_STYLE,
    TreeStyle,
    cards_said,
    cause_height,
    theme_cards,
)
from wtfc.ui.boards.why_tree_kept import Kept, cause_key
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.boards.why_tree_page_graph import (  # noqa: F401 (views and tests import them here)
    PageGraph,
    TreePage,
    numbered,
    page_graph,
    shown_causes,
)
from wtfc.ui.boards.why_tree_page_scene import (  # noqa: F401 (as above)
    FIT_MARGIN,
    MARGIN,
    NoteItem,
    PagedTreeScene,
    across,
    note_size,
    root_item,
)
from wtfc.ui.boards.why_tree_room_continued import continued_size
from wtfc.ui.boards.why_tree_wrap import CHILD_GAP, fitted_layout
from wtfc.ui.screen_fonts import lent_count
from wtfc.ui.wall.room_measure import FLOOR_PX

LEAST_SCALE = FLOOR_PX / ROOM_STYLE.small_px  # its marks and teams at 24 real px
# box widths tried, as parts of the style's: narrower for a tree the screen's width limits,
# wider for one its height limits (a style is kept unless the next shows the words 2% larger)
NARROWER = (0.8, 0.65, 0.5)
WIDER = (1.3, 1.7, 2.2, 2.8)
# and boxes so wide that this many branches stand side by side across the screen at 24 px, the
# theme's box over them all: a tree wider than the screen is otherwise as tall as a branch a row
COLUMNS = (2, 3, 4)
LEAST_WIDTH = 0.5 * ROOM_STYLE.width  # narrower, a box's words are a few to a line
# only for a tree the usual gaps would take below 24 px: the rows and boxes closer together,
# the words nearer their box's edge (a page of a cause and its reasons fits 1024x768 at 24 px)
TIGHT_STYLE = replace(ROOM_STYLE, v_gap=24.0, h_gap=24.0, pad=14)
SPINE_PEN = 3.0  # the links' pen (2.5) and a little


def _shape(graph: nx.DiGraph) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """A page's nodes and links in order (its layout follows the order): ``paginate`` and
    ``one_size`` ask the same page many times, each measure of it the same."""
    return tuple(graph.nodes), tuple(graph.edges)


Laid = dict[tuple, tuple[float, float]]


def laid_out(graph: nx.DiGraph, sizes: Mapping[str, tuple[float, float]], room: float,
             style: TreeStyle) -> tuple[float, float]:
    """(width, height) of ``graph`` laid out stacked in ``room``, its spines counted."""
    places, spines = fitted_layout(graph, sizes, room, h_gap=style.h_gap, v_gap=style.v_gap,
                                   stacked=True)
    # a spine down the rows' gutter is left of their boxes' outlines (6 px): 6 px more
    left = min(x for x, _ in places.values())
    if spines:
        left = min(left, min(spines.values()) + 6 - SPINE_PEN / 2)
    wide = max(x + sizes[n][0] for n, (x, _) in places.items()) - left
    tall = max(y + sizes[n][1] for n, (_, y) in places.items())
    return wide, tall


class TreeMeasure:
    """How large a tree (or a page of it) shows in a ``viewport`` at each box width and gap,
    from the boxes' sizes alone: building the scene for every style tried costs too much."""

    def __init__(self, doc: Document, theme_id: str, viewport: tuple[float, float],
                 kept: tuple[Laid, ...] = (), store: Kept | None = None) -> None:
        self.doc = doc
        self.store = store  # each page's best style, kept for the workshop (``why_tree_kept``)
        # each page's layout, (nodes, links, boxes' sizes, room, gaps) -> (width, height): the
        # plans' before (``kept``) looked in first, as an edit changes the boxes of one branch
        # and the plan after it lays out every other page as before, and Ctrl+Z goes back to
        # the tree two plans ago (a 60-cause tree: 600-4,000 layouts a plan, ~1 ms each)
        self.laid: Laid = {}
        self.kept = kept
        self.theme = doc.get("themes", theme_id)
        self.cards = theme_cards(doc, self.theme)
        self.viewport = viewport
        self.members = team_members(doc)  # who was in each team, by its name
        self._heights: dict[TreeStyle, dict[tuple[str, str], float]] = {}
        self._roots: dict[tuple[TreeStyle, str], tuple[float, float]] = {}
        # a page's causes as shown (with who was in each team or not), and its scales by
        # style: a 40-cause tree measured each page up to 4,600 times in one re-layout
        self._shown: dict[tuple, tuple[str, dict[str, Cause]]] = {}
        self._scales: dict[tuple, tuple[float, float]] = {}
        self._sized: dict[tuple, dict[str, tuple[float, float]]] = {}
        self._context: tuple | None = None

    def context(self) -> tuple:
        """What every box's size follows besides its own words: the theme's box (its name,
        kind, rank and cards), who was in each team and the fonts lent."""
        if self._context is None:
            self._context = (self.theme.model_dump_json(), cards_said(self.cards, room=True),
                             tuple(sorted(self.members.items())), lent_count())
        return self._context

    def _root(self, style: TreeStyle, notes: Mapping[str, str], heading: str
              ) -> tuple[float, float]:
        if ROOT in notes:
            return continued_size(self.theme, notes[ROOT], style, heading)
        key = (style, heading)
        if key not in self._roots:
            root = root_item(self.doc, self.theme, style, {}, heading).boundingRect()
            self._roots[key] = (root.width() - 12, root.height() - 12)
        return self._roots[key]

    def sizes(self, graph: nx.DiGraph, notes: Mapping[str, str], style: TreeStyle,
              shape: tuple | None = None) -> dict[str, tuple[float, float]]:
        """Each node's box (width, height) on the page, as ``PagedTreeScene`` draws it."""
        members = self.members if says_members(style) else {}
        page = (*(shape or _shape(graph)), tuple(notes.items()), bool(members))
        if (page, style) in self._sized:  # (asked by ``at_most``, then by ``scales``)
            return self._sized[page, style]
        if page not in self._shown:
            self._shown[page] = shown_causes(self.doc, graph, notes, members, self.theme.id)
        heading, shown = self._shown[page]
        sizes = self._sized[page, style] = {ROOT: self._root(style, notes, heading)}
        heights = self._heights.setdefault(style, {})  # (the style hashed once a page)
        for node, cause in shown.items():
            key = (node, cause.team)  # the team shown, with who was in it or not
            if key not in heights:
                heights[key] = cause_height(cause, style)
            sizes[node] = (style.width, heights[key])
        sizes.update((node, note_size(text, style)) for node, text in notes.items()
                     if node != ROOT)
        return sizes

    def scales(self, graph: nx.DiGraph, notes: Mapping[str, str],
               style: TreeStyle) -> tuple[float, float]:
        """(scale to fit the width, to fit the height) of ``graph`` drawn in ``style``, its
        branches in rows when side by side they are wider than the screen holds at 24 px."""
        shape = _shape(graph)
        key = (*shape, tuple(notes.items()), style, self.viewport)
        if key not in self._scales:
            self._scales[key] = self._measure(graph, notes, style, shape)
        return self._scales[key]

    def _measure(self, graph: nx.DiGraph, notes: Mapping[str, str], style: TreeStyle,
                 shape: tuple) -> tuple[float, float]:
        sizes = self.sizes(graph, notes, style, shape)
        wide, tall = self._laid_out(graph, sizes, across(self.viewport[0], style), style, shape)
        # less the 2 px a side QGraphicsView.fitInView keeps (the whole tree is fitted so):
        # without it a tree measured at 24 px was drawn at 23.9
        return (self.viewport[0] - FIT_MARGIN) / (wide + MARGIN), \
            (self.viewport[1] - FIT_MARGIN) / (tall + MARGIN)

    def at_most(self, graph: nx.DiGraph, notes: Mapping[str, str], style: TreeStyle) -> float:
        """The largest ``min(1, *scales(...))`` could be, from the boxes' sizes alone (no
        layout): the tree is at least as wide as its widest box, and at least as tall as its
        tallest chain of boxes with the gap above each (``why_tree_wrap`` places every reason
        below its cause). A style this says cannot win is not laid out."""
        sizes = self.sizes(graph, notes, style)
        below, gap = graph.succ, style.v_gap * CHILD_GAP

        def chain(node: str) -> float:
            return sizes[node][1] + max((gap + chain(c) for c in below[node]), default=0.0)

        tall = sizes[ROOT][1] + max((style.v_gap + chain(c) for c in below[ROOT]), default=0.0)
        wide = max(width for width, _ in sizes.values())
        # a hair over, so a sum added up in another order can never come out above it
        return min(1.0, (self.viewport[0] - FIT_MARGIN) / (wide + MARGIN),
                   (self.viewport[1] - FIT_MARGIN) / (tall + MARGIN)) * (1 + 1e-9)

    def _laid_out(self, graph: nx.DiGraph, sizes: Mapping[str, tuple[float, float]],
                  room: float, style: TreeStyle, shape: tuple) -> tuple[float, float]:
        """``laid_out``, as this plan or the two before laid it out where they did."""
        key = (*shape, tuple(sizes[n] for n in shape[0]), room, style.h_gap, style.v_gap)
        if key not in self.laid:
            found = next((laid[key] for laid in self.kept if key in laid), None)
            self.laid[key] = found if found is not None else laid_out(graph, sizes, room, style)
        return self.laid[key]

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
        if not self.would_say_members(graph, notes or {}):
            return plain
        rich = self.rich(graph, notes or {})
        return rich if rich[0] >= max(LEAST_SCALE, plain[0] * ROOM_FOR_MEMBERS) else plain

    def would_say_members(self, graph: nx.DiGraph, notes: Mapping[str, str]) -> bool:
        """Whether the page, drawn saying who was in each team, shows more words."""
        return shown_causes(self.doc, graph, notes, self.members) != shown_causes(
            self.doc, graph, notes, {})

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

    def _columns(self, base: TreeStyle) -> list[TreeStyle]:
        """``base`` with boxes as wide as lets ``COLUMNS`` branches stand side by side (a row
        of them wrapped beside its spine's gutter) and the theme's box over them all."""
        room = across(self.viewport[0], base)
        styles = []
        for count in COLUMNS:
            width = math.floor((room - count * base.h_gap) / count)
            if width >= LEAST_WIDTH:
                styles.append(replace(base, width=width, root_width=max(
                    ROOM_STYLE.root_width, math.floor(room - base.h_gap))))
        return styles

    def reaches_floor(self, graph: nx.DiGraph, notes: Mapping[str, str]) -> bool:
        """Whether ``plain`` shows ``graph`` at 24 px or more: its search stops at the first
        style that does (the best only grows), as a page tried by ``paginate`` asks no more."""
        return self._best(graph, notes, ROOM_STYLE, LEAST_SCALE)[0] >= LEAST_SCALE

    def _best(self, graph: nx.DiGraph, notes: Mapping[str, str],
              room: TreeStyle, enough: float = math.inf) -> tuple[float, TreeStyle]:
        """``_search``'s answer, as found for a page showing the same before (``store``)."""
        if self.store is None:
            return self._search(graph, notes, room, enough)
        shape = _shape(graph)
        members = self.members if says_members(room) else {}
        page = (*shape, tuple(notes.items()), bool(members))
        if page not in self._shown:
            self._shown[page] = shown_causes(self.doc, graph, notes, members, self.theme.id)
        heading, shown = self._shown[page]
        key = (page, room, self.viewport, self.context(), heading,
               tuple(cause_key(cause) for cause in shown.values()))
        found = self.store.bests.get(key)
        if found is None and enough < math.inf:
            found = self.store.bests.get((*key, enough))
        if found is None:
            self.store.searches += 1
            found = self._search(graph, notes, room, enough)
            self.store.bests.keep(key if enough == math.inf else (*key, enough), found)
        return found

    def _search(self, graph: nx.DiGraph, notes: Mapping[str, str], room: TreeStyle,
                enough: float = math.inf) -> tuple[float, TreeStyle]:
        """``enough``: stop at a style showing the tree at least so large (not the best)."""
        def styled(part: float, base: TreeStyle = room) -> TreeStyle:
            return replace(base, width=round(ROOM_STYLE.width * part),
                           root_width=round(max(ROOM_STYLE.root_width, ROOM_STYLE.width * part)))

        by_width, by_height = self.scales(graph, notes, styled(1.0))
        best = (min(1.0, by_width, by_height), styled(1.0))
        if best[0] >= enough:
            return best
        # narrower boxes only make a tree taller, wider ones only wider: one way can help,
        # unless its branches are in rows, where more of them side by side make it shorter
        shape = _shape(graph)
        sizes = self.sizes(graph, notes, styled(1.0), shape)
        # (laid out in no room, it has no rows, so no spines: as wide as its boxes)
        wrapped = self._laid_out(graph, sizes, math.inf, styled(1.0), shape)[0] \
            > across(self.viewport[0], room)
        tried = [styled(p) for p in (NARROWER if by_width < by_height else WIDER)]
        for style in tried + (self._columns(room) if wrapped else []):
            if best[0] >= 1.0:  # full size already: other widths would only move lines about
                break
            if self.at_most(graph, notes, style) <= best[0] * 1.02:
                continue  # (its boxes alone say it would not be chosen: not laid out)
            scale = min(1.0, *self.scales(graph, notes, style))
            if scale > best[0] * 1.02:
                best = (scale, style)
                if scale >= enough:
                    return best
        if best[0] >= LEAST_SCALE:
            return best
        tight = replace(room, v_gap=TIGHT_STYLE.v_gap, h_gap=TIGHT_STYLE.h_gap,
                        pad=TIGHT_STYLE.pad)
        # and boxes as wide as the screen at 24 px: a chain's page (one box a row) on a small one
        fill = across(self.viewport[0], ROOM_STYLE) / ROOM_STYLE.width
        parts = (1.0, *NARROWER, *WIDER, *([fill] if fill > 1.0 else []))
        for style in [styled(part, tight) for part in parts] + self._columns(tight):
            if self.at_most(graph, notes, style) <= best[0]:
                continue
            scale = min(1.0, *self.scales(graph, notes, style))
            if scale > best[0]:
                best = (scale, style)
                if scale >= enough:
                    return best
        if best[0] >= LEAST_SCALE:
            return best
        # last, before another page: the causes' words as small as their marks, 24 real px
        # at the floor (27 with the usual size), which the method's "why" list reads at
        small = replace(tight, text_px=tight.small_px)
        for style in [styled(part, small) for part in parts] + self._columns(small):
            most = self.at_most(graph, notes, style)
            if most <= best[0] * 1.02 and not most >= LEAST_SCALE > best[0]:
                continue
            scale = min(1.0, *self.scales(graph, notes, style))
            if scale > best[0] * 1.02 or (scale >= LEAST_SCALE > best[0]):
                best = (scale, style)
                if scale >= enough:
                    return best
        return best
