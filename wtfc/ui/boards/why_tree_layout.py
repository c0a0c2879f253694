"""A theme's why-tree as a networkx graph, and a tidy top-down layout for it (no Qt here).

The theme is the root (node ``ROOT``); each cause hangs off its parent cause or the theme. The
layout gives every subtree its own band of width, children side by side in document order and a
parent centred over its children, so branches never overlap and lines never cross.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import networkx as nx

from wtfc.model.document import Document

ROOT = "__theme__"


def why_tree(doc: Document, theme_id: str) -> nx.DiGraph:
    """Edges point from a parent to each cause that answers "why?" about it."""
    graph = nx.DiGraph()
    graph.add_node(ROOT)
    causes = [c for c in doc.workshop.causes if c.theme_id == theme_id]
    for cause in causes:
        graph.add_node(cause.id)
    for cause in causes:
        graph.add_edge(cause.parent_id or ROOT, cause.id)
    return graph


def branch_top(doc: Document, cause_ids: Iterable[str]) -> str | None:
    """The cause of ``cause_ids`` whose parent is not among them: the top of a branch put back
    by an undo (a deleted cause comes back with the reasons below it). None for none."""
    ids = set(cause_ids)
    return next((c for c in sorted(ids) if doc.get("causes", c).parent_id not in ids), None)


def is_tree(graph: nx.DiGraph) -> bool:
    """One root, every node reachable from it along exactly one path, no loops."""
    return nx.is_arborescence(graph) if graph.number_of_nodes() > 1 else True


def tidy_layout(graph: nx.DiGraph, sizes: Mapping[str, tuple[float, float]], *,
                h_gap: float = 40, v_gap: float = 70) -> dict[str, tuple[float, float]]:
    """Top-left corner of each node, root at the top; rows are as tall as their tallest node."""
    depth = nx.shortest_path_length(graph, ROOT)
    row_height: dict[int, float] = {}
    for node, d in depth.items():
        row_height[d] = max(row_height.get(d, 0.0), sizes[node][1])
    row_top = {0: 0.0}
    for d in range(1, max(row_height) + 1):
        row_top[d] = row_top[d - 1] + row_height[d - 1] + v_gap

    span: dict[str, float] = {}  # width of the band each subtree needs
    for node in nx.dfs_postorder_nodes(graph, ROOT):
        children = list(graph.successors(node))
        below = sum(span[c] for c in children) + h_gap * max(0, len(children) - 1)
        span[node] = max(sizes[node][0], below)

    positions: dict[str, tuple[float, float]] = {}

    def place(node: str, left: float) -> None:
        children = list(graph.successors(node))
        width = sizes[node][0]
        if children:
            below = sum(span[c] for c in children) + h_gap * (len(children) - 1)
            x = left + (span[node] - below) / 2
            centres = []
            for child in children:
                place(child, x)
                centres.append(positions[child][0] + sizes[child][0] / 2)
                x += span[child] + h_gap
            centre = (centres[0] + centres[-1]) / 2
        else:
            centre = left + span[node] / 2
        positions[node] = (centre - width / 2, row_top[depth[node]])

    place(ROOT, 0.0)
    return positions
