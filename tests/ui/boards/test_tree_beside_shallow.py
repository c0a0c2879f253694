"""A wrapped row of the why-tree goes beside the shallow chains, not below the deepest: on the
demo at 1366×768 the fourth answer to the theme's "why?" was under a chain three reasons deep,
a scroll away; it now stands under the first row's shortest column and opens in sight."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest
from PySide6.QtCore import QPointF

from tests.ui.boards.board_window import root_causes_at
from tests.ui.renders import save_render
from wtfc.ui.boards.why_tree_items import CauseItem
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.boards.why_tree_sight import READABLE_PX
from wtfc.ui.boards.why_tree_wrap import fitted_layout

BOX = (280.0, 100.0)


def _graph(edges: list[tuple[str, str]]) -> nx.DiGraph:
    graph = nx.DiGraph()
    graph.add_node(ROOT)
    graph.add_edges_from(edges)
    return graph


def test_a_wrapped_cause_stands_under_the_shortest_column():
    # a: three reasons deep; b: one; c: none; d (wrapped) has one reason
    graph = _graph(
        [
            (ROOT, "a"),
            (ROOT, "b"),
            (ROOT, "c"),
            (ROOT, "d"),
            ("a", "a1"),
            ("a1", "a2"),
            ("a2", "a3"),
            ("b", "b1"),
            ("d", "d1"),
        ]
    )
    sizes = {n: BOX for n in graph.nodes}
    places, spines = fitted_layout(graph, sizes, 1000.0, h_gap=36, v_gap=64)
    first = [places[n] for n in "abc"]
    assert len({y for _, y in first}) == 1  # the first row as before
    assert places["d"][0] == places["c"][0]  # under c, a cause with no reasons
    assert places["d"][1] == places["a1"][1]  # level with the first reasons, not below a3
    assert places["d1"][1] < places["a3"][1]
    # its line runs down the gap left of its column, clear of every box
    spine = spines["d"]
    assert places["b"][0] + BOX[0] < spine < places["c"][0]
    for node, (x, y) in places.items():
        assert not (x < spine < x + BOX[0] and y < places["d"][1]), node


def test_a_cause_wider_than_every_column_keeps_the_rows_below():
    graph = _graph([(ROOT, "a"), (ROOT, "b"), (ROOT, "c"), (ROOT, "d"), ("a", "a1")])
    sizes = {n: BOX for n in graph.nodes} | {"d": (700.0, 100.0)}
    places, spines = fitted_layout(graph, sizes, 1000.0, h_gap=36, v_gap=64)
    assert places["d"][1] > places["a1"][1]  # below the deepest, as read
    assert spines["d"] < places["a"][0]  # on the rows' spine at the left


def _points(path, step: float = 3.0):
    corners = [
        QPointF(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())
    ]
    for a, b in itertools.pairwise(corners):
        n = max(1, int(max(abs(b.x() - a.x()), abs(b.y() - a.y())) / step))
        for k in range(n + 1):
            yield a + (b - a) * (k / n)


# not the second priority: its second answer stands under the first's three reasons side by
# side, a block as wide as the view, so there is no shallow column beside it to go under
@pytest.mark.parametrize("rank", [1, 3])
def test_every_first_answer_of_the_demo_opens_in_sight_on_a_laptop(demo_window, qtbot, rank):
    board = root_causes_at(demo_window, qtbot, (1366, 768))
    theme = next(t for t in board.doc.workshop.themes if t.priority.rank == rank)
    board.selector.select_theme(theme.id)
    board = root_causes_at(demo_window, qtbot, (1366, 768))
    view, scene = board.view, board.scene
    assert scene.tree_style.small_px * view.transform().m11() >= READABLE_PX - 0.01
    port = view.viewport().rect()
    first = [
        n for n, i in scene.nodes.items() if isinstance(i, CauseItem) and not i.cause.parent_id
    ]
    assert len(first) >= 2
    for node in first:
        box = view.mapFromScene(scene.nodes[node].sceneBoundingRect()).boundingRect()
        assert port.adjusted(-1, -1, 1, 1).contains(box), node
    save_render(demo_window, f"why_tree_beside_shallow_1366_priority_{rank}")
    # every line still runs from its parent's foot to its cause, crossing no other box
    boxes = {n: scene._box(n) for n in scene.nodes}
    for link in scene._links:
        path = link.path()
        start, end = path.elementAt(0), path.elementAt(path.elementCount() - 1)
        ends = [
            n
            for n, r in boxes.items()
            if (abs(r.bottom() - start.y) < 1 and r.left() < start.x < r.right())
            or (abs(r.top() - end.y) < 1 and abs(r.center().x() - end.x) < 1)
        ]
        for point in _points(path):
            crossed = [
                n
                for n, r in boxes.items()
                if n not in ends and r.adjusted(2, 2, -2, -2).contains(point)
            ]
            assert not crossed, crossed
