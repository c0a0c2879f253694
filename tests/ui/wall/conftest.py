"""Fixtures for the wall tests: a wall panel on a small known workshop."""

from __future__ import annotations

import pytest
from wall_fixtures import small_document

from wtfc.ui.undo import UndoAdapter
from wtfc.ui.wall import WallPanel


@pytest.fixture
def doc():
    return small_document()


@pytest.fixture
def undo(doc):
    return UndoAdapter(doc)


@pytest.fixture
def panel(qtbot, doc, undo):
    widget = WallPanel(doc, undo)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def card_keys(panel):
    """(card id, theme id) of every card on the wall."""
    return set(panel.scene.cards)


def undo_redo(undo, check_done, check_undone):
    """One push was one undo step: undo shows the old wall, redo the new one."""
    undo.stack.undo()
    check_undone()
    undo.stack.redo()
    check_done()
