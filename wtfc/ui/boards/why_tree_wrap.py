"""A why-tree laid out to a width: a row of causes too wide for the view goes onto more rows.

On a 1366×768 laptop the facilitator's view holds about three boxes across at the smallest
readable size, and a theme often has four or more first answers: the outer boxes were cut and
read by scrolling sideways. Where a parent's causes side by side would be wider than the room
given, they go in rows under it, in reading order, each row below the reasons of the row above.
A line (the spine) runs down the left of those rows from the parent's link, so every cause still
hangs from its parent. A tree that fits keeps the tidy layout (no Qt here).
"""

from __future__ import annotations

from collections.abc import Mapping

import networkx as nx

from wtfc.ui.boards.why_tree_layout import ROOT, tidy_layout

Places = dict[str, tuple[float, float]]


def layout_width(places: Places, sizes: Mapping[str, tuple[float, float]]) -> float:
    return max(x + sizes[n][0] for n, (x, _) in places.items()) - min(x for x, _ in places.values())


def fitted_layout(
    graph: nx.DiGraph,
    sizes: Mapping[str, tuple[float, float]],
    room: float | None,
    *,
    h_gap: float,
    v_gap: float,
) -> tuple[Places, dict[str, float]]:
    """(top-left of each node, the spine's x for each cause hung from one): the tidy layout
    when it is at most ``room`` wide (or ``room`` is None), else rows wrapped to fit it."""
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
    ) -> None:
        self.graph, self.sizes, self.h_gap, self.v_gap = graph, sizes, h_gap, v_gap
        self._widths: dict[tuple[str, float], float] = {}
        self.places: Places = {}
        self.spines: dict[str, float] = {}

    def layout(self, room: float) -> tuple[Places, dict[str, float]]:
        self._place(ROOT, room, self.sizes[ROOT][1], 0.0, 0.0)
        return self.places, self.spines

    def _rows(self, node: str, room: float) -> tuple[list[list[str]], float]:
        """``node``'s causes in rows, and the room each of their blocks has."""
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
        row_top, bottom = top + slot + self.v_gap, top + slot
        for i, row in enumerate(rows):
            across = self._across(row, inner)
            x = left + gutter + (0.0 if wrapped else (block - across) / 2)
            tallest = max(self.sizes[c][1] for c in row)
            row_bottom = row_top
            for child in row:
                row_bottom = max(row_bottom, self._place(child, inner, tallest, x, row_top))
                if i:
                    self.spines[child] = left + gutter / 2
                x += self._width(child, inner) + self.h_gap
            bottom, row_top = row_bottom, row_bottom + self.v_gap
        first = rows[0]
        centres = [self.places[c][0] + self.sizes[c][0] / 2 for c in (first[0], first[-1])]
        x = min(max(sum(centres) / 2 - width / 2, left), left + block - width)
        self.places[node] = (x, top)
        return bottom
