"""Fixtures for the wall tests: a wall panel on a small known workshop."""

from __future__ import annotations

import pytest
from wall_fixtures import small_document

from wtfc.ui.wall import WallPanel


@pytest.fixture
def doc():
    return small_document()



@pytest.fixture
def panel(show, doc, undo):
    return show(WallPanel(doc, undo), 1400, 900)


def card_keys(panel):
    """(card id, theme id) of every card on the wall."""
    return set(panel.scene.cards)


def undo_redo(undo, check_done, check_undone):
    """One push was one undo step: undo shows the old wall, redo the new one."""
    undo.stack.undo()
    check_undone()
    undo.stack.redo()
    check_done()


def shown_room_view(qtbot, doc, size: tuple[int, int], **kwargs):
    """A room-view wall of ``doc`` shown at ``size`` and laid out as for a render
    (``kwargs`` to ``RoomWallView``: the viewport, the kinds…)."""
    from wtfc.ui.wall.room_wall import RoomWallView

    view = RoomWallView(doc, **kwargs)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    view.prepare_for_render()
    return view
