"""The board tests' fixtures: the sample workshop as a document, the why-tree board and room view,
and what the why-tree's items draw. The workshops themselves are in board_workshops.py."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.ui.boards.board_workshops import sample_workshop
from wtfc.model.document import Document

if TYPE_CHECKING:
    from PySide6.QtCore import QSize

    from wtfc.ui.boards.views import CausesRoomView


@pytest.fixture
def font_scaled(qapp):
    """Set the app's font to the design size times a factor (125%, 150% desktops); put back."""
    from PySide6.QtGui import QFont

    from wtfc.ui.style import DESIGN_APP_POINT_SIZE

    before = qapp.font()

    def scale(times: float) -> None:
        font = QFont(before)
        font.setPointSizeF(DESIGN_APP_POINT_SIZE * times)
        qapp.setFont(font)

    yield scale
    qapp.setFont(before)


@pytest.fixture
def doc() -> Document:
    return Document(sample_workshop())


@pytest.fixture
def causes_board(doc, undo, show):
    """Root causes' board (the why-tree) on ``doc``, shown at 1400×800."""
    from wtfc.ui.boards.causes import CausesBoard

    return show(CausesBoard(doc, undo), 1400, 800)


@pytest.fixture
def causes_room(qtbot):
    """``causes_room(doc, theme_id, size)``: the why-tree's room view of that theme, shown at
    ``size`` and fitted as ``wtfc render`` fits it."""
    from wtfc.ui.boards import views

    def shown(doc: Document, theme_id: str, size: QSize) -> CausesRoomView:
        widget = views.CausesRoomView(doc, doc.theme(theme_id))
        qtbot.addWidget(widget)
        widget.resize(size)
        widget.show()
        widget.prepare_for_render()
        return widget
    return shown



class _Recording:
    """A painter that notes each text it draws and its size in real px (the item's font
    scaled by the view's fit), and passes every call on."""

    def __init__(self, painter, drawn: list[tuple[float, str]]) -> None:
        self._painter = painter
        self._drawn = drawn

    def __getattr__(self, name):
        return getattr(self._painter, name)

    def drawText(self, *args):
        scale = self._painter.worldTransform().m11()
        self._drawn.append((self._painter.font().pixelSize() * scale, args[-1]))
        return self._painter.drawText(*args)


@pytest.fixture
def tree_texts(monkeypatch) -> list[tuple[float, str]]:
    """Every text the why-tree's boxes and notes draw from here on, with its size in real px."""
    from wtfc.ui.boards import team_room, why_tree_items, why_tree_pages, why_tree_room_continued

    texts: list[tuple[float, str]] = []
    for cls in (why_tree_items.CauseItem, why_tree_items.ThemeRootItem, why_tree_pages.NoteItem,
                why_tree_room_continued.ContinuedRootItem, team_room.TeamRootItem):

        def paint(self, p, option, widget=None, _paint=cls.paint):
            return _paint(self, _Recording(p, texts), option, widget)

        monkeypatch.setattr(cls, "paint", paint)
    return texts
