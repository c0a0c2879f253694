"""Fingers on Understand's why-tree (a touch screen, real QTest touch events): a flick scrolls
the tree, from a box too, and moves no cause (it hung the cause under the box the finger was
lifted over, in one unannounced undo step); a tap chooses a box; only a finger held still on
a cause picks it up, and then drags it under another box in one undo step; two fingers pinch
the tree larger."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from tests.ui.settled import settle
from tests.ui.wall.test_wall_touch import _pinch, _swipe, _touch
from wtfc.model.workshop import Stage
from wtfc.ui.boards.why_tree_items import CauseItem
from wtfc.ui.boards.why_tree_view import TreeFingers
from wtfc.ui.fingers import HOLD_MS


@pytest.fixture
def tree(demo_window):
    demo_window.resize(1366, 768)
    demo_window.go_to_stage(Stage.UNDERSTAND, focus=True)
    page = demo_window.page(Stage.UNDERSTAND)
    page.setCurrentIndex(1)  # "2. Root causes (why?)"
    settle()
    view = page.causes.view
    assert view.verticalScrollBar().maximum() > 150  # the demo's tree is taller than the view
    return view


def _at(view, node: str) -> QPoint:
    item = view.tree.nodes[node]
    assert isinstance(item, CauseItem)
    return view.mapFromScene(item.sceneBoundingRect().center())


def _parent(demo_window, node: str) -> str | None:
    return demo_window.doc.get("causes", node).parent_id


def test_a_flick_up_from_a_box_scrolls_the_tree_and_moves_no_cause(tree, demo_window):
    stack = demo_window.undo.stack
    steps = stack.count()  # going to Understand is one
    tree.select("why01")
    start = _at(tree, "why04")  # a first answer: the offscreen screen's left 800 px
    before = tree.verticalScrollBar().value()
    _swipe(tree, start, start - QPoint(0, 120), steps=6)
    assert tree.verticalScrollBar().value() == before + 120  # the tree went with the finger
    assert _parent(demo_window, "why04") is None and stack.count() == steps
    assert tree.selected_id() == "why01"  # a flick chooses nothing


def test_a_tap_chooses_the_box(tree):
    point = _at(tree, "why05")
    _touch(tree, ("press", 0, point))
    _touch(tree, ("release", 0, point))
    assert tree.selected_id() == "why05"


def test_a_finger_held_on_a_cause_drags_it_under_another_box_in_one_undo_step(
        tree, demo_window):
    stack = demo_window.undo.stack
    steps = stack.count()
    start, end = _at(tree, "why01"), _at(tree, "why04")  # boxes wholly in sight
    _touch(tree, ("press", 0, start))
    assert tree.selected_id() != "why01"  # not yet chosen, nor picked up
    # held still: the cause is picked up (chosen) once the hold's time has come (now: the
    # hold's timer, running, fires)
    hold = tree.findChild(TreeFingers).hold
    assert hold.isActive() and hold.interval() == HOLD_MS
    hold.stop()
    hold.timeout.emit()
    assert tree.selected_id() == "why01"
    for i in range(1, 9):
        _touch(tree, ("move", 0, start + (end - start) * (i / 8)))
    _touch(tree, ("release", 0, end))
    assert _parent(demo_window, "why01") == "why04"
    assert stack.count() == steps + 1 and stack.undoText().startswith("Move cause")
    stack.undo()
    assert _parent(demo_window, "why01") is None
    stack.redo()
    assert _parent(demo_window, "why01") == "why04"


def test_two_fingers_spread_apart_zoom_the_tree(tree, demo_window):
    steps = demo_window.undo.stack.count()
    port = tree.viewport().rect()
    centre = QPoint(port.center().x(), port.center().y())
    scale = tree.transform().m11()
    _pinch(tree, centre, 80, 160)
    assert tree.transform().m11() == pytest.approx(min(scale * 2, 3.0), rel=0.05)
    assert demo_window.undo.stack.count() == steps
