"""The facilitator's why-tree settles on one zoom at any size of its view (make fuzz, seed 19).

The opening zoom follows the view's size until the facilitator zooms. It was worked out from
the room inside the scroll bars, and the zoom decides the scroll bars: at some sizes the zoom
that fits the tree across the whole view made the tree just too tall, both bars came, the view
shrank by a bar each way, the smaller zoom for it made the tree short enough, the bars went, the
view grew, and so on for ever. The window froze (the demo's first tree at 781×794 on the test
screen: 0.825, 0.810, 0.825, …). The zoom now comes from the view's size without scroll bars,
which no bar changes.
"""

from __future__ import annotations

import math
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest

from tests.ui.settled import settle
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Cause
from wtfc.ui.boards.why_tree_items import BOARD_STYLE
from wtfc.ui.boards.why_tree_sight import full_size, readable_px
from wtfc.ui.boards.why_tree_view import WhyTreeScene, WhyTreeView

WORDS = ["Buses stop at six.", "Nobody asked the carers what would help them most, so the "
         "day centre closed on the days they work.", "Money.", "The form is long and in "
         "small print, and the phone line is busy all morning."]


class _Gestures:
    def drop_cause(self, cause_id: str, target_id: str | None) -> bool:
        return False

    def key_command(self, event) -> bool:
        return False

    def refresh_tree(self) -> None:
        pass


class _Resizes(QObject):
    """Counts the times the view's inside (its viewport) changed size; past ``LOOP`` it takes
    the scroll bars away, which ends a loop of them coming and going (the test fails, rather
    than hanging in Qt's queue for ever)."""

    LOOP = 50

    def __init__(self, view: WhyTreeView) -> None:
        super().__init__(view)
        self.view, self.count = view, 0
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.count += 1
            if self.count == self.LOOP:
                self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return False


def _demo() -> tuple[Document, str]:
    doc = Document(load_workshop(demo_path()).workshop)
    theme = next(t for t in doc.workshop.themes if t.priority.rank == 1)
    return doc, theme.id


def _with_tree(parents: list[int]) -> tuple[Document, str]:
    """The demo's first priority with a tree of its own: cause i hangs under cause
    ``parents[i]`` (a number not below i: under the theme)."""
    doc, theme_id = _demo()
    ids = [f"c{i}" for i in range(len(parents))]
    causes = [Cause(id=ids[i], theme_id=theme_id, parent_id=ids[p] if p < i else None,
                    text=WORDS[i % len(WORDS)]) for i, p in enumerate(parents)]
    return Document(doc.workshop.model_copy(update={"causes": causes, "actions": []})), theme_id


def _view(qapp, doc: Document, theme_id: str, size: tuple[int, int]) -> WhyTreeView:
    scene = WhyTreeScene(BOARD_STYLE)
    view = WhyTreeView(scene, _Gestures())
    view.resize(*size)
    view.show()
    scene.rebuild(doc, theme_id)
    settle()
    return view


def _settles_at(view: WhyTreeView, size: tuple[int, int]) -> None:
    """Resized to ``size``, the view settles (``settle`` says a queue still busy after 500
    passes is a loop) at a zoom no later pass changes, its inside resized only by the resize
    and the scroll bars that zoom brings."""
    resizes = _Resizes(view)
    view.resize(*size)
    settle()
    scale = view.transform().m11()
    assert resizes.count <= 3, f"{resizes.count} resizes at {size}: the scroll bars came and went"
    settle()
    assert view.transform().m11() == scale
    floor = readable_px() / min(BOARD_STYLE.text_px, BOARD_STYLE.small_px)
    assert floor - 1e-9 <= scale <= full_size() + 1e-9
    if scale > floor + 1e-9:  # not held at the readable size: no box cut at the sides
        assert view.horizontalScrollBar().maximum() == 0


def _toggling_height(view: WhyTreeView, width: int) -> int:
    """A height of the view at ``width`` where the zoom fitting the tree across the view
    without scroll bars makes it too tall for the view (a bar each way comes), and the zoom
    fitting it inside them leaves it short enough (the bars go)."""
    view.resize(width, 3000)  # the rows wrap to the width alone
    settle()
    scene = view.sceneRect()
    inside = view.maximumViewportSize()
    frame = view.height() - inside.height()
    bar = view.verticalScrollBar().sizeHint().width()
    low = scene.height() * (inside.width() - bar) / scene.width()
    high = scene.height() * inside.width() / scene.width()
    assert math.ceil(low) < high
    return math.ceil(low) + frame


def test_the_demos_tree_settles_where_the_scroll_bars_would_come_and_go(qapp):
    doc, theme_id = _demo()
    view = _view(qapp, doc, theme_id, (781, 600))
    height = _toggling_height(view, 781)
    view.resize(781, 600)
    settle()
    _settles_at(view, (781, height))
    view.close()


@pytest.mark.parametrize("width", [640, 781, 911, 1100])
def test_every_height_near_where_the_bars_come_and_go_settles(qapp, width):
    doc, theme_id = _demo()
    view = _view(qapp, doc, theme_id, (width, 600))
    height = _toggling_height(view, width)
    for h in range(height - 20, height + 21, 3):
        _settles_at(view, (width, h))
    view.close()


KEYS = {"Ctrl+=": Qt.Key.Key_Equal, "Ctrl+-": Qt.Key.Key_Minus, "Ctrl+0": Qt.Key.Key_0}


@settings(max_examples=30, deadline=None)
@given(
    parents=st.lists(st.integers(0, 12), min_size=1, max_size=12),
    font=st.sampled_from([1.0, 1.25, 1.5, 2.0]),
    steps=st.lists(st.one_of(st.tuples(st.integers(300, 1600), st.integers(200, 1100)),
                             st.sampled_from(sorted(KEYS))), min_size=1, max_size=5),
)
def test_any_tree_at_any_size_and_font_settles_zoomed_or_not(qapp, parents, font, steps):
    """A larger system font raises the readable floor and 1:1; a zoom key keeps its zoom
    through later resizes, and the view settles all the same."""
    doc, theme_id = _with_tree(parents)
    with patch("wtfc.ui.boards.why_tree_sight.font_scale", lambda: font):
        view = _view(qapp, doc, theme_id, (900, 600))
        zoomed = False
        for step in steps:
            if isinstance(step, str):
                QTest.keyClick(view, KEYS[step], Qt.KeyboardModifier.ControlModifier)
                zoomed = True
                settle()
            elif zoomed:
                resizes = _Resizes(view)
                view.resize(*step)
                settle()
                assert resizes.count <= 3
            else:
                _settles_at(view, step)
        view.close()


def test_ctrl_0_shows_the_whole_tree_without_scroll_bars(qapp):
    doc, theme_id = _demo()
    view = _view(qapp, doc, theme_id, (781, 600))
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    settle()  # zoomed in: both scroll bars
    assert view.horizontalScrollBar().isVisible() and view.verticalScrollBar().isVisible()
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    settle()
    for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
        assert bar.minimum() == bar.maximum()
    room, scene = view.maximumViewportSize(), view.sceneRect()
    # as large as the room the bars leave once gone (it was fitted inside the zoom's bars)
    assert view.transform().m11() * scene.height() >= room.height() - 2
    view.close()
