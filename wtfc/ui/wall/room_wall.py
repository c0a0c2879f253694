"""Read-only wall views: what the projector shows, and the headless ``wall`` render.

``RoomWallView`` lays the wall out for its own size (``room_layout.py``) so it is seen at about
100 %, never scaled down into tiny type; held-back cards are never in it. ``FittedWallView`` is
the facilitator's wall drawn whole, for renders and reports.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView, QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Kind
from wtfc.ui.wall.layout import KIND_ORDER
from wtfc.ui.wall.scene import WallScene


class _ReadOnlyWallView(QGraphicsView):
    def __init__(self, scene: WallScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.wall = scene
        self.setInteractive(False)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setBackgroundBrush(scene.backgroundBrush())
        scene.laid_out.connect(self.fit)
        self.destroyed.connect(lambda *_: _quietly_detach(scene))

    def fit(self) -> None:
        rect = self.wall.sceneRect()
        if rect.isEmpty():
            return
        size = self.viewport().size()
        if rect.width() <= size.width() and rect.height() <= size.height():
            self.resetTransform()  # laid out for this size: 100 %, not fitInView's 2 px shrink
            self.centerOn(rect.center())
        else:
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.prepare_for_render()

    def prepare_for_render(self) -> None:
        self.fit()

    def set_kinds(self, kinds: Sequence[Kind]) -> None:
        self.wall.set_kinds(kinds)

    def smallest_text_px(self) -> float:
        """The smallest card text as drawn on screen, in pixels (the legibility measure)."""
        scale = self.transform().m11()
        sizes = [item.text_pixel_size(scale) for item in self.wall.cards.values()]
        return min(sizes) if sizes else 0.0


class RoomWallView(_ReadOnlyWallView):
    """The wall as the room sees it: laid out for this widget's size, held-back cards hidden."""

    def __init__(self, doc: Document, *, kinds: Sequence[Kind] = KIND_ORDER,
                 theme_ids: frozenset[str] | None = None, parent: QWidget | None = None):
        super().__init__(WallScene(doc, room=True, kinds=kinds, theme_ids=theme_ids,
                                   viewport=(1920.0, 1080.0)), parent)
        self.setAccessibleName("Room view of the wall")

    def prepare_for_render(self) -> None:
        size = self.viewport().size()
        self.wall.set_viewport(float(size.width()), float(size.height()))
        self.fit()


class FittedWallView(_ReadOnlyWallView):
    """The facilitator's wall, whole and read-only (``wtfc render … --view wall``)."""

    def __init__(self, doc: Document, *, kinds: Sequence[Kind] = KIND_ORDER,
                 parent: QWidget | None = None) -> None:
        super().__init__(WallScene(doc, kinds=kinds), parent)
        self.setAccessibleName("The card wall")

    def prepare_for_render(self) -> None:
        size = self.viewport().size()
        self.wall.set_viewport(float(size.width()), float(size.height()))
        self.fit()


def _quietly_detach(scene: WallScene) -> None:
    with contextlib.suppress(RuntimeError, ValueError):
        scene.detach()
