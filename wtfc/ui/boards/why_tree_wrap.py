"""A why-tree laid out to a width: a row of causes too wide for the view goes onto more rows.

On a 1366×768 laptop the facilitator's view holds about three boxes across at the smallest
readable size, and a theme often has four or more first answers: the outer boxes were cut and
read by scrolling sideways. Where a parent's causes side by side would be wider than the room
given, the first row holds as many as fit and the rest go, in reading order, each under the
column of that row whose reasons end highest: the demo's fourth answer stood below a chain
three reasons deep, a scroll away on a laptop, where it now stands beside that chain. Each hangs
from a line down the gap left of its column (left of the first column, the rows' spine) from
the parent's link, so every cause still hangs from its parent and no line crosses a box. A cause
wider than every column keeps the plain rows, each below the reasons of the row above. A tree
that fits keeps the tidy layout (no Qt here). ``stacked`` (the room view's pages) always wraps,
and hangs each cause's reasons right under its own box rather than under the tallest of its row:
on a projector the rows lined up left a gap of a root cause's marks under every shorter box;
there a cause stacked under another column stands ``SIBLING_GAP`` times a reason's gap below it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import networkx as nx

from wtfc.ui.boards.why_tree_layout import ROOT, tidy_layout

Places = dict[str, tuple[float, float]]
BALANCED = 6  # at most this many branches placed the best of every way (4**6 ways)
# ``stacked``: the gap above a cause's reasons, in ``v_gap``s, and above a cause stacked under
# another column, in those: at one gap, a first-level reason stacked under a Root cause read
# from the back of the room as that cause's "why"; the reasons closer pay for the wider gap
CHILD_GAP = 0.7
SIBLING_GAP = 2.5


def layout_width(places: Places, sizes: Mapping[str, tuple[float, float]]) -> float:
    return max(x + sizes[n][0] for n, (x, _) in places.items()) - min(x for x, _ in places.values())


def fitted_layout(
    graph: nx.DiGraph,
    sizes: Mapping[str, tuple[float, float]],
    room: float | None,
    *,
    h_gap: float,
    v_gap: float,
    stacked: bool = False,
) -> tuple[Places, dict[str, float]]:
    """(top-left of each node, the spine's x for each cause hung from one): the tidy layout
    when it is at most ``room`` wide (or ``room`` is None), else rows wrapped to fit it;
    ``stacked``, rows wrapped to ``room`` (None: never) with each box's reasons under it."""
    if stacked:
        return _Wrapper(graph, sizes, h_gap, v_gap, stacked=True).layout(room or math.inf)
    places = tidy_layout(graph, sizes, h_gap=h_gap, v_gap=v_gap)
    if room is None or layout_width(places, sizes) <= room:
        return places, {}
    return _Wrapper(graph, sizes, h_gap, v_gap).layout(room)


class _Wrapper:
    """Each subtree as a block no wider than its room (when its boxes allow): its causes in one
    row if they fit, else in rows right of a gutter (``h_gap`` wide) the spine runs down."""

    def __init__(
        self,
        graph: nx.DiGraph,
        sizes: Mapping[str, tuple[float, float]],
        h_gap: float,
        v_gap: float,
        stacked: bool = False,
    ) -> None:
        self.graph, self.sizes, self.h_gap, self.v_gap = graph, sizes, h_gap, v_gap
        self.stacked = stacked
        self.child_gap = v_gap * CHILD_GAP if stacked else v_gap  # above a cause's reasons
        self.sibling_gap = self.child_gap * SIBLING_GAP if stacked else v_gap  # above a stacked one
        self._widths: dict[tuple[str, float], float] = {}
        # a node's rows and its block's height in a room, asked at every width and place and,
        # the height, for each later branch at every level of ``_balanced``: worked out once
        self._row_cache: dict[tuple[str, float], tuple[list[list[str]], float]] = {}
        self._talls: dict[tuple[str, float], float] = {}
        self.places: Places = {}
        self.spines: dict[str, float] = {}

    def layout(self, room: float) -> tuple[Places, dict[str, float]]:
        self._place(ROOT, room, self.sizes[ROOT][1], 0.0, 0.0)
        return self.places, self.spines

    def _rows(self, node: str, room: float) -> tuple[list[list[str]], float]:
        """``node``'s causes in rows, and the room each of their blocks has."""
        if (node, room) not in self._row_cache:
            self._row_cache[node, room] = self._rows_of(node, room)
        return self._row_cache[node, room]

    def _rows_of(self, node: str, room: float) -> tuple[list[list[str]], float]:
        children = list(self.graph.successors(node))
        if len(children) < 2 or self._across(children, room) <= room:
            return [children], room
        inner = room - self.h_gap
        rows: list[list[str]] = [[]]
        for child in children:
            if rows[-1] and self._across([*rows[-1], child], inner) > inner:
                rows.append([])
            rows[-1].append(child)
        return rows, inner

    def _across(self, row: list[str], room: float) -> float:
        return sum(self._width(c, room) for c in row) + self.h_gap * (len(row) - 1)

    def _width(self, node: str, room: float) -> float:
        if (node, room) not in self._widths:
            rows, inner = self._rows(node, room)
            gutter = self.h_gap if len(rows) > 1 else 0.0
            below = max((self._across(row, inner) for row in rows if row), default=0.0)
            self._widths[node, room] = max(self.sizes[node][0], gutter + below)
        return self._widths[node, room]

    def _place(self, node: str, room: float, slot: float, left: float, top: float) -> float:
        """Place ``node``'s block at (left, top), its box taking ``slot`` of height (the
        tallest in its row, so the rows below line up); returns the block's bottom."""
        width, block = self.sizes[node][0], self._width(node, room)
        rows, inner = self._rows(node, room)
        if not rows[0]:
            self.places[node] = (left + (block - width) / 2, top)
            return top + slot
        wrapped = len(rows) > 1
        gutter = self.h_gap if wrapped else 0.0
        # the theme's causes keep the whole gap: the line they hang from runs along it
        row_top = top + slot + (self.v_gap if node == ROOT else self.child_gap)
        first = rows[0]
        x = left + gutter + (0.0 if wrapped else (block - self._across(first, inner)) / 2)
        tallest = max(self.sizes[c][1] for c in first)
        columns: list[list[float]] = []  # each first-row block's left and bottom
        for child in first:
            slot = self.sizes[child][1] if self.stacked else tallest
            columns.append([x, self._place(child, inner, slot, x, row_top)])
            x += self._width(child, inner) + self.h_gap
        bottom = max(b for _, b in columns)
        later = [c for row in rows[1:] for c in row]
        if later and not self._stack(later, inner, columns, left, gutter, left + block):
            for row in rows[1:]:  # a cause wider than any column: rows below all, as read
                row_top, x = bottom + self.sibling_gap, left + gutter
                tallest = max(self.sizes[c][1] for c in row)
                for child in row:
                    slot = self.sizes[child][1] if self.stacked else tallest
                    bottom = max(bottom, self._place(child, inner, slot, x, row_top))
                    self.spines[child] = left + gutter / 2
                    x += self._width(child, inner) + self.h_gap
        bottom = max(bottom, *(b for _, b in columns))
        centres = [self.places[c][0] + self.sizes[c][0] / 2 for c in (first[0], first[-1])]
        x = min(max(sum(centres) / 2 - width / 2, left), left + block - width)
        self.places[node] = (x, top)
        return bottom

    def _stack(
        self,
        later: list[str],
        room: float,
        columns: list[list[float]],
        left: float,
        gutter: float,
        right: float,
    ) -> bool:
        """The causes after the first row, in reading order, each under the column whose
        reasons end highest (the leftmost of equals), not all under the deepest: a fourth
        answer beside a shallow chain is seen with the first row on a laptop. Each hangs from
        a line down the gap left of its column (the first's is the rows' spine), which no
        box or other line is in. False, placing none, when one is wider than every column."""
        ends = [nxt[0] - self.h_gap for nxt in columns[1:]] + [right]
        rooms = [end - start for (start, _), end in zip(columns, ends, strict=True)]
        if any(self._width(c, room) > max(rooms) for c in later):
            return False
        chosen = self._balanced(later, room, columns, rooms) if self.stacked else None
        for i, child in enumerate(later):
            fits = [n for n, r in enumerate(rooms) if self._width(child, room) <= r]
            n = chosen[i] if chosen else min(fits, key=lambda n: (columns[n][1], n))
            x = columns[n][0]
            columns[n][1] = self._place(
                child, room, self.sizes[child][1], x, columns[n][1] + self.sibling_gap
            )
            self.spines[child] = left + gutter / 2 if n == 0 else x - self.h_gap / 2
        return True

    def _tall(self, node: str, room: float) -> float:
        """``node``'s block's height in ``room`` (its box its own height): placed once."""
        if (node, room) not in self._talls:
            self._talls[node, room] = self._place(node, room, self.sizes[node][1], 0.0, 0.0)
        return self._talls[node, room]

    def _balanced(self, later: list[str], room: float, columns: list[list[float]],
                  rooms: list[float]) -> tuple[int, ...] | None:
        """The column of each of ``later`` (in reading order down each) that ends the lowest
        column highest: on a page, the demo's third and fourth reasons each under a shorter
        branch fit 1280x720 at 24 px, where the fourth under the longest (the first fitting
        each time) did not. None (each under the column that ends highest) past a few."""
        if len(later) > BALANCED or len(columns) < 2:
            return None
        adds = [self.sibling_gap + self._tall(c, room) for c in later]
        fits = [[n for n, r in enumerate(rooms) if self._width(c, room) <= r] for c in later]
        ends = [bottom for _, bottom in columns]
        choice: list[int] = []
        best: list[tuple[list[int], tuple[int, ...]]] = []

        # every way, in order, but none gone on with once its lowest column ends below the
        # best way's (columns only grow): the same choice as trying all 4**6, a fraction of it
        def walk(i: int) -> None:
            if best and round(max(ends)) > best[0][0][0]:
                return
            if i == len(later):
                # the tallest column lowest, then the next (so the rest spread, not pile up)
                key = sorted((round(end) for end in ends), reverse=True)
                if not best or key < best[0][0]:
                    best[:] = [(key, tuple(choice))]
                return
            for n in fits[i]:
                before = ends[n]
                ends[n] = before + adds[i]
                choice.append(n)
                walk(i + 1)
                choice.pop()
                ends[n] = before

        walk(0)
        return best[0][1] if best else None
