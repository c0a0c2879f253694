"""A card dropped into a big theme, whose cards stand row by row in several columns, goes where
it was dropped (review 37 R1 F1, with the wrapped themes of ``block_wrap.py``): by height
alone, a drop mid-row went to the start of the row."""

from __future__ import annotations

import pytest
from mouse import at, drag
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication
from test_wall_big_theme_wraps import VIEW, _columns, county
from wall_fixtures import NW

from tests.ui.settled import settle
from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import WallPanel


@pytest.fixture
def wall(show):
    doc = county()
    panel = show(WallPanel(doc, UndoAdapter(doc)), int(VIEW[0]), int(VIEW[1]))
    settle()
    return panel


def test_a_card_dropped_into_a_wrapped_theme_joins_it_in_that_row(wall):
    """Dropped on the top of a card in the third row, it goes in that row (not at another
    column's height), and Undo takes it back out."""
    view, scene = wall.view, wall.scene
    ids = scene.layout.block_for("t7").card_ids
    columns = _columns(wall, "t7")
    card = next(c for (_, t), c in scene.cards.items() if t is None and c.card.kind == NW)
    target = scene.cards[(ids[2 * columns + 1], "t7")].sceneBoundingRect()
    both = card.sceneBoundingRect().united(target)
    view.resetTransform()
    zoom = min(0.5, 0.8 * VIEW[0] / both.width(), 0.8 * VIEW[1] / both.height())
    view.scale(zoom, zoom)
    view.centerOn(both.center())
    QApplication.processEvents()
    drag(view, at(view, card), view.mapFromScene(QPointF(target.center().x(), target.top() + 5)))
    theme = wall.doc.theme("t7")
    index = theme.card_ids.index(card.card.id)
    assert index == 2 * columns + 1  # before the card it was dropped on
    wall.undo.stack.undo()
    assert card.card.id not in wall.doc.theme("t7").card_ids
