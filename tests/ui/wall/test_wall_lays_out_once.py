"""A big workshop's wall is laid out once for the shape the window settles on, not at each
resize: opening a 200,000-card workshop, the show and the window's resizes each laid the whole
wall out (four times, ~50 s with nothing painted). A small wall is still laid out as the view
is resized, so no frame shows it in the columns of the old shape."""

from __future__ import annotations

import pytest
from settled import settle, until

from wtfc.model.workshop import Card, Kind, Theme, Workshop
from wtfc.ui.wall import WallPanel
from wtfc.ui.wall.layout import place_lanes, plan_wall, wall_columns
from wtfc.ui.wall.scene import WallScene
from wtfc.ui.wall.view import LAY_OUT_LATER_FROM

KINDS = (Kind.WORKING, Kind.NOT_WORKING, Kind.FUTURE)


def big_workshop() -> Workshop:
    """Just past the size whose layout waits for the resizes: four cards a theme."""
    n = LAY_OUT_LATER_FROM + 200
    cards = [Card(id=f"c{i}", kind=KINDS[i // 4 % 3], text=f"Statement {i} about the bus")
             for i in range(n)]
    themes = [Theme(id=f"t{k}", kind=KINDS[k % 3], name=f"Theme {k}",
                    card_ids=[f"c{i}" for i in range(4 * k, 4 * k + 4)])
              for k in range(n // 4)]
    return Workshop(cards=cards, themes=themes)


@pytest.fixture
def layouts(monkeypatch) -> list[tuple[float, float]]:
    """The shape each time the wall's items are placed afresh (a whole layout)."""
    shapes: list[tuple[float, float]] = []
    real = WallScene._sync_items

    def placed(scene, layout):
        shapes.append(scene.viewport)
        return real(scene, layout)

    monkeypatch.setattr(WallScene, "_sync_items", placed)
    return shapes


def settled_shape(panel: WallPanel) -> tuple[float, float]:
    size = panel.view.maximumViewportSize()  # scroll bars or not
    return (float(size.width()), float(size.height()))


def test_opening_a_big_workshop_lays_its_wall_out_once(qtbot, show, doc, undo, layouts):
    panel = show(WallPanel(doc, undo), 900, 600)
    panel.hide()
    doc.replace_workshop(big_workshop())  # as File > Open does, the wall not on screen
    layouts.clear()
    panel.show()
    panel.resize(1500, 900)  # the window maximised just after it is shown
    until(qtbot, lambda: bool(layouts))
    settle()
    assert layouts == [settled_shape(panel)]
    assert len(panel.scene.cards) == len(doc.workshop.cards)  # every card on the wall


def test_resizes_lay_a_big_wall_out_once_a_settled_shape(qtbot, show, doc, undo, layouts):
    doc.replace_workshop(big_workshop())
    panel = show(WallPanel(doc, undo), 1500, 900)
    settle()
    scene = panel.scene
    layouts.clear()
    for width, height in ((1300, 900), (1100, 1000), (700, 1100)):  # dragging a corner
        panel.resize(width, height)
    settle()
    assert layouts == [settled_shape(panel)]
    plan = plan_wall(doc)  # the wall as laid out afresh for that shape
    fresh = place_lanes(plan, wall_columns(plan, settled_shape(panel)), scene.metrics)
    assert (scene.layout.width, scene.layout.height) == (fresh.width, fresh.height)
    panel.resize(1500, 700)  # and again, once it had settled
    settle()
    assert layouts[1:] == [settled_shape(panel)]


def test_a_resize_that_keeps_the_columns_moves_no_card(qtbot, show, doc, undo, layouts):
    doc.replace_workshop(big_workshop())
    panel = show(WallPanel(doc, undo), 1500, 900)
    settle()
    layouts.clear()
    before = {key: item.pos() for key, item in panel.scene.cards.items()}
    panel.resize(1503, 902)
    settle()
    assert layouts == []
    assert {key: item.pos() for key, item in panel.scene.cards.items()} == before
    assert panel.scene.viewport == settled_shape(panel)  # what the next layout is for


def test_a_small_wall_is_laid_out_as_it_is_resized(qtbot, show, doc, undo, layouts):
    """No frame in between: the next paint already has the new shape's columns."""
    panel = show(WallPanel(doc, undo), 1500, 900)
    settle()
    layouts.clear()
    panel.resize(600, 1100)
    assert layouts == [settled_shape(panel)]  # before the event loop runs again
