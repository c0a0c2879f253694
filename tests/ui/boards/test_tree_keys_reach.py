"""Every box of a why-tree is reached with the arrow keys, however its rows wrap.

Since wrapped causes stand under the shallowest column, the box beside a cause at the same
height is often a cousin: on the demo's first priority at 1366×768, with the theme's causes
A, B, C, E, B's D and F, D's H and C's G, Right from C went to D, Down from C to G and Down from
G nowhere, so "Reason E." (stacked under C's column) could be chosen only with the mouse. Left
and Right now go through a box's fellow causes in reading order first, and Down from a box
with no reasons goes to the box seen below it.
"""

from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from tests.ui.boards.board_window import root_causes_at, settle
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Cause
from wtfc.ui.boards.why_tree_keys import neighbour
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.boards.why_tree_wrap import fitted_layout

SIZES = [(1366, 768), (911, 512)]
EDGES = [
    (None, "a"),
    (None, "b"),
    (None, "c"),
    (None, "e"),
    ("b", "d"),
    ("b", "f"),
    ("c", "g"),
    ("d", "h"),
]  # the reviewer's tree, in reading order
STEPS = {
    "up": Qt.Key.Key_Up,
    "down": Qt.Key.Key_Down,
    "left": Qt.Key.Key_Left,
    "right": Qt.Key.Key_Right,
}


def _open_reviewers_tree(window, tmp_path) -> None:
    base = load_workshop(demo_path()).workshop
    theme = next(t for t in base.themes if t.priority.rank == 1)
    causes = [
        Cause(id=c, theme_id=theme.id, parent_id=p, text=f"Reason {c.upper()}.") for p, c in EDGES
    ]
    path = tmp_path / "arrows.wtfc"
    save_workshop(base.model_copy(update={"causes": causes, "actions": []}), path)
    assert window.files.open_path(path, confirmed=True)


def _reached(step_from, start: str) -> set[str]:
    """Every box reached from ``start`` by arrows, ``step_from(box, step)`` giving each move."""
    seen, todo = {start}, [start]
    while todo:
        box = todo.pop()
        for step in STEPS:
            to = step_from(box, step)
            if to not in seen:
                seen.add(to)
                todo.append(to)
    return seen


@pytest.mark.parametrize("size", SIZES)
def test_every_box_of_the_reviewers_tree_is_reached_by_the_arrow_keys(
    demo_window, qtbot, tmp_path, size
):
    _open_reviewers_tree(demo_window, tmp_path)
    board = root_causes_at(demo_window, qtbot, size)
    view, nodes = board.view, board.scene.nodes

    def press(box: str, step: str) -> str:
        view.select(box)
        qtbot.keyClick(view, STEPS[step])
        return board.selected()

    view.setFocus()
    assert _reached(press, ROOT) == set(nodes)
    if size == (1366, 768):  # E stands under C's reason G, left of D and H
        box = board.scene._box
        assert box("e").top() > box("g").bottom() and box("d").top() == box("c").top()
        assert press("c", "right") == "e"  # C's next fellow cause, not D beside it
        assert press("e", "left") == "c"
        assert press("g", "down") == "e"  # the box seen below the column's last
        assert press("d", "left") == "c"  # no fellow cause that way: the box beside
    view.select("c")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    settle(qtbot)
    shown = view.mapFromScene(board.scene._box("e")).boundingRect()
    assert view.viewport().rect().adjusted(-1, -1, 1, 1).contains(shown)  # and in sight


@pytest.mark.parametrize("size", SIZES)
def test_every_box_of_any_tree_is_reached_from_the_theme_by_arrows(demo_window, qtbot, size):
    """Trees of up to 14 causes, each box a board box's width and one of its heights, laid out
    to the room the board wraps to at this window size."""
    board = root_causes_at(demo_window, qtbot, size)
    room, style = board.scene.room_across, board.scene.tree_style
    assert room is not None

    heights = st.sampled_from([58.0, 80.0, 104.0, 150.0, 230.0])
    causes = st.lists(st.tuples(st.integers(0, 10_000), heights), min_size=1, max_size=14)

    @settings(max_examples=200, deadline=None, derandomize=True)
    @given(causes=causes, theme_height=st.sampled_from([120.0, 190.0]))
    def check(causes, theme_height):
        parents: dict[str, str | None] = {ROOT: None}
        sizes = {ROOT: (style.root_width, theme_height)}
        for n, (pick, height) in enumerate(causes):
            parents[f"c{n}"] = list(parents)[pick % len(parents)]
            sizes[f"c{n}"] = (style.width, height)
        graph = nx.DiGraph([(p, c) for c, p in parents.items() if p is not None])
        places, _ = fitted_layout(graph, sizes, room, h_gap=style.h_gap, v_gap=style.v_gap)
        boxes = {n: (*places[n], *sizes[n]) for n in parents}
        assert _reached(lambda box, step: neighbour(boxes, parents, box, step), ROOT) == set(
            parents
        )

    check()
