"""Read-only wall views: what the projector shows, and the headless ``wall`` render.

``RoomWallView`` lays the wall out for its own size (``room_layout.py``) so it is seen at about
100 %, never scaled down into tiny type; held-back cards are never in it. A wall too big for one
screen comes in pages, shown one at a time with "Page 1 of 3" in the corner; its themes are
drawn by ``RoomWallScene`` under their whole names. ``FittedWallView``
is the facilitator's wall drawn whole, for renders and reports.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView, QLabel, QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Kind
from wtfc.ui.style import INK, WALL_BACKGROUND, pixel_font
from wtfc.ui.wall.layout import KIND_ORDER
from wtfc.ui.wall.room_corner import timer_rect
from wtfc.ui.wall.room_layout import (
    PAGE_LABEL_PAD,
    PAGE_LABEL_PX,
    RoomLayout,
    page_label_rect,
    page_label_text,
)
from wtfc.ui.wall.room_scene import RoomWallScene
from wtfc.ui.wall.scene import WallScene


def page_label(parent: QWidget, name: str) -> QLabel:
    """"Page 1 of 3" in the room view's corner (hidden until there are pages): words, not
    colour alone, white type on the darkest ink, larger than a card's. ``name`` says what it
    is to a screen reader, as its description: as its name it hid the words ("Page 1 of 3",
    the room timer's "12 min left")."""
    label = QLabel(parent)
    label.setAccessibleDescription(name)
    label.setFont(pixel_font(PAGE_LABEL_PX, bold=True))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    pad_x, pad_y = PAGE_LABEL_PAD
    label.setStyleSheet(f"color: white; background: {INK.name()}; "
                        f"padding: {pad_y:.0f}px {pad_x:.0f}px;")
    label.hide()
    return label

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
        self._fit_rect(self.wall.sceneRect())

    def showEvent(self, event) -> None:
        self.wall.catch_up()  # edits made while the room window was hidden
        super().showEvent(event)

    def _fit_rect(self, rect: QRectF) -> None:
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


EMPTY_WALL = "No themes yet.\n\nWe will read the cards out one at a time and sort them together."


class RoomWallView(_ReadOnlyWallView):
    """The wall as the room sees it: laid out for this widget's size, held-back cards hidden.

    A wall laid out in pages shows one page at 100 % with its number in the bottom-right
    corner; ``pages_changed`` is emitted after every relayout and page turn.
    """

    pages_changed = Signal()

    def __init__(self, doc: Document, *, kinds: Sequence[Kind] = KIND_ORDER,
                 theme_ids: frozenset[str] | None = None,
                 viewport: tuple[float, float] = (1920.0, 1080.0), timer: bool = False,
                 parent: QWidget | None = None):
        # ``viewport``: the size it will be shown at, when known (a big wall's layout is the
        # costly part of showing it; laid out for another size, it is laid out again);
        # ``timer``: whether the room timer is shown, for the same reason
        super().__init__(RoomWallScene(doc, kinds=kinds, theme_ids=theme_ids,
                                       viewport=viewport, timer=timer), parent)
        self.setAccessibleName("Room view of the wall")
        self.page = 0
        self.page_label = page_label(self, "Room wall page")
        # before the first theme the wall is empty: the room is told what comes, not shown grey
        self.empty_label = empty = QLabel(EMPTY_WALL, self)
        empty.setAccessibleDescription("Room wall")  # its words read, not hidden by a name
        empty.setFont(pixel_font(44, bold=True))
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # its own ground: the room window's black (for blanking) would reach it otherwise
        empty.setStyleSheet(f"color: {INK.name()}; background: {WALL_BACKGROUND.name()}; "
                            "padding: 40px;")
        empty.hide()
        self.fit()

    def prepare_for_render(self) -> None:
        size = self.viewport().size()
        self.wall.set_viewport(float(size.width()), float(size.height()))
        self.fit()

    def _show_empty(self) -> None:
        empty = self.empty_label
        if self.wall.layout is not None and self.wall.layout.blocks:
            empty.hide()
            return
        empty.setGeometry(self.viewport().rect())
        empty.show()
        empty.raise_()

    def _pages(self) -> list:
        layout = self.wall.layout
        return layout.pages if isinstance(layout, RoomLayout) else []

    def page_count(self) -> int:
        return max(1, len(self._pages()))

    def show_page(self, page: int) -> None:
        """Show page ``page`` (counted from 0; kept within the pages there are)."""
        self.page = page
        self.fit()

    def fit(self) -> None:
        pages = self._pages()
        if len(pages) < 2:
            self.page = 0
            self.setSceneRect(QRectF())  # follow the scene's rectangle again
            self.page_label.hide()
            super().fit()
        else:
            # an edit keeps the page on screen, or the last one if that page has gone
            self.page = max(0, min(self.page, len(pages) - 1))
            self.wall.show_page(self.page)  # its items are made now: only the page's
            rect = QRectF(*pages[self.page])
            self.setSceneRect(rect)
            self._fit_rect(rect)
            self._place_page_label(len(pages))
        self._show_empty()
        self.pages_changed.emit()

    def keep_timer(self, on: bool) -> None:
        """Keep a corner clear for the room timer (``room_corner.py``), or give it back."""
        assert isinstance(self.wall, RoomWallScene)
        self.wall.keep_timer(on)

    def timer_corner(self) -> QRect:
        """The room timer's box in this view, where the layout kept it clear: beside or over
        the page label, or on one page in the corner or along its foot (``RoomLayout.timer``)."""
        size = self.viewport().size()
        spot = getattr(self.wall.layout, "timer", None)
        rect = spot or timer_rect((float(size.width()), float(size.height())),
                                  len(self._pages()) > 1)
        return QRectF(*rect).toAlignedRect()

    def _place_page_label(self, count: int) -> None:
        label = self.page_label
        label.setText(page_label_text(self.page, count))
        layout = self.wall.layout
        reserved = getattr(layout, "page_label", None)
        size = self.viewport().size()
        x, y, w, h = reserved or page_label_rect((float(size.width()), float(size.height())))
        width = max(w, label.sizeHint().width())  # more than 999 pages: grow leftwards
        right = x + w
        label.setGeometry(round(right - width), round(y), round(width), round(h))
        label.show()
        label.raise_()


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
