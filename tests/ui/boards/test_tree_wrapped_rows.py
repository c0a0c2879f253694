"""The why-tree read whole on a laptop: a row of causes too wide for the view wraps.

On the demo at 1366×768 the first row of causes was ~1,200 px wide in a ~828 px view even at the
smallest zoom allowed (words at 12 px), so the outer boxes were cut and read by scrolling
sideways. Now a row wider than the view holds at that size goes onto more rows under its parent,
each cause linked to it by a line down the rows' left side.
"""

from __future__ import annotations

import itertools
import os

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform

from tests.ui.boards.board_window import root_causes_at
from tests.ui.renders import RENDERS, save_render
from tests.ui.settled import settle
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Cause
from wtfc.ui.boards.why_tree_items import CauseItem
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.boards.why_tree_sight import READABLE_PX

SIZES = [(1366, 768), (911, 512)]
REASONS = [
    "Rotas are written the night before",
    "Carers are not told what the person likes, so every visit starts from nothing",
    "Travel time is not paid",
    "Agencies compete on price alone",
    "Nobody asks the person how the visit went",
    "Managers are judged on visits done, not on how people feel about them",
    "Training is online only",
    "Care plans are not shared with the family",
    "Staff turnover is high",
    "Complaints take months to answer, so people stop making them",
]


def _ten_siblings(window, tmp_path) -> None:
    """The demo with its first priority's tree ten causes under the theme, two with reasons."""
    base = load_workshop(demo_path()).workshop
    theme = next(t for t in base.themes if t.priority.rank == 1)
    causes = [
        Cause(id=f"s{i}", theme_id=theme.id, text=text, team="Team A")
        for i, text in enumerate(REASONS)
    ]
    causes += [
        Cause(id="s0a", theme_id=theme.id, parent_id="s0", text="Nobody owns the rota"),
        Cause(id="s4a", theme_id=theme.id, parent_id="s4", text="No time is set aside"),
        Cause(id="s4b", theme_id=theme.id, parent_id="s4", text="The form has no space"),
    ]
    path = tmp_path / "ten.wtfc"
    save_workshop(base.model_copy(update={"causes": causes, "actions": []}), path)
    assert window.files.open_path(path, confirmed=True)


def _wholly_in_sight(board, node: str) -> bool:
    view = board.view
    rect = view.mapFromScene(board.scene.nodes[node].sceneBoundingRect()).boundingRect()
    return view.viewport().rect().adjusted(-1, -1, 1, 1).contains(rect)


def _render_whole(board, name: str) -> None:
    """The whole tree as the scene draws it, for a person to look at (not in ``make test``,
    which sets WTFC_TEST_RENDERS=0: nothing here reads it)."""
    if os.environ.get("WTFC_TEST_RENDERS", "1") == "0":
        return
    rect = board.scene.sceneRect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    board.scene.render(painter, source=rect)
    painter.end()
    RENDERS.mkdir(parents=True, exist_ok=True)
    assert image.save(str(RENDERS / f"{name}.png"))


def _read_every_box_at_the_floor(board, qtbot) -> None:
    view = board.view
    style = board.scene.tree_style
    floor = READABLE_PX / min(style.text_px, style.small_px)  # the smallest words at 12 px
    view.setTransform(QTransform.fromScale(floor, floor))
    settle()
    assert view.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to
    for node in board.scene.nodes:
        view.select(node)
        assert _wholly_in_sight(board, node), node


@pytest.mark.parametrize("size", SIZES)
def test_every_box_of_the_demo_tree_reads_whole_at_the_floor(demo_window, qtbot, size):
    board = root_causes_at(demo_window, qtbot, size)
    assert board.view.horizontalScrollBar().maximum() == 0  # as it opens, too
    save_render(demo_window, f"why_tree_wrapped_demo_{size[0]}")
    _render_whole(board, f"why_tree_wrapped_demo_whole_{size[0]}")
    _read_every_box_at_the_floor(board, qtbot)


@pytest.mark.parametrize("size", SIZES)
def test_ten_causes_under_the_theme_wrap_into_rows_read_whole(demo_window, qtbot, size, tmp_path):
    _ten_siblings(demo_window, tmp_path)
    board = root_causes_at(demo_window, qtbot, size)
    save_render(demo_window, f"why_tree_wrapped_ten_{size[0]}")
    _render_whole(board, f"why_tree_wrapped_ten_whole_{size[0]}")
    _read_every_box_at_the_floor(board, qtbot)
    first = [n for n in board.scene.nodes if n.startswith("s") and len(n) == 2]
    assert len({board.scene.nodes[n].y() for n in first}) >= 3  # ten across: ~3,000 px


def _points(path, step: float = 3.0):
    """Points along a link's straight pieces."""
    corners = [
        QPointF(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())
    ]
    for a, b in itertools.pairwise(corners):
        n = max(1, int(max(abs(b.x() - a.x()), abs(b.y() - a.y())) / step))
        for k in range(n + 1):
            yield a + (b - a) * (k / n)


def test_each_cause_on_a_wrapped_row_hangs_from_its_parent_by_a_line_crossing_no_box(
    demo_window, qtbot, tmp_path
):
    _ten_siblings(demo_window, tmp_path)
    board = root_causes_at(demo_window, qtbot, (911, 512))
    scene = board.scene
    boxes = {n: scene._box(n) for n in scene.nodes}
    links = {}
    for link in scene._links:
        path = link.path()
        start, end = path.elementAt(0), path.elementAt(path.elementCount() - 1)
        child = next(
            n
            for n, r in boxes.items()
            if abs(r.center().x() - end.x) < 1 and abs(r.top() - end.y) < 1
        )
        links[child] = (start, path)
    for node, item in scene.nodes.items():
        if not isinstance(item, CauseItem):
            continue
        parent = item.cause.parent_id or ROOT
        start, path = links[node]
        assert boxes[parent].bottom() == pytest.approx(start.y)  # from its parent's foot
        assert boxes[parent].left() < start.x < boxes[parent].right()
        assert boxes[parent].bottom() < boxes[node].top()  # the parent above it
        for point in _points(path):
            crossed = [
                n
                for n, r in boxes.items()
                if n not in (node, parent) and r.adjusted(2, 2, -2, -2).contains(point)
            ]
            assert not crossed, (node, crossed)


def test_arrows_reach_every_wrapped_cause_and_keep_it_in_sight(demo_window, qtbot, tmp_path):
    _ten_siblings(demo_window, tmp_path)
    board = root_causes_at(demo_window, qtbot, (911, 512))
    view, nodes = board.view, board.scene.nodes
    view.select(ROOT)
    view.setFocus()

    def press(key) -> str:
        qtbot.keyClick(view, key)
        settle()
        assert _wholly_in_sight(board, board.selected()), board.selected()
        return board.selected()

    assert press(Qt.Key.Key_Down) == "s0"
    # Right reads on along the row, then on to the next row, as words wrap on a page
    assert [press(Qt.Key.Key_Right) for _ in range(9)] == [f"s{i}" for i in range(1, 10)]
    assert press(Qt.Key.Key_Right) == "s9"  # the last: it stays
    assert press(Qt.Key.Key_Left) == "s8"
    assert press(Qt.Key.Key_Up) == ROOT  # the parent the line leads to
    # Down from a cause with no reasons: the cause seen below it, on the next row
    view.select("s1")
    below = press(Qt.Key.Key_Down)
    assert nodes[below].y() > nodes["s1"].y() and below in {f"s{i}" for i in range(10)}
    assert abs(nodes[below].x() - nodes["s1"].x()) < 1
    view.select("s4")
    assert press(Qt.Key.Key_Down) == "s4a"
    assert press(Qt.Key.Key_Right) == "s4b"
