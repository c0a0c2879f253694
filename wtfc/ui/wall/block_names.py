"""The names of a wall's themes when it is zoomed out too far for their headers to read (Fit
all on a 240-card wall drew grey bars and coloured stripes, no names): each drawn at
``LABEL_PX`` real px whatever the zoom, over its block, as a map labels its towns. Only below
``HAND_OVER_PX``: nearer in, the header (with its count line) says it, and a label would cover
the first words of the cards, which read there. A name is never dropped: a block too narrow
(or too short) for a line of it in its own bounds has it all the same, one line down a tall
column or across from its top left into the lane, over its neighbours' cards, which carry no
words out there (a county wall's Fit all had every block under a line wide: no names at all)."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem

from wtfc.ui.paint_cache import metrics, shared_font
from wtfc.ui.style import CARD_FACE, INK, KIND_COLOURS
from wtfc.ui.wall.card_item import MIN_READABLE_PX, WRAP, elided

if TYPE_CHECKING:
    from wtfc.ui.wall.block_item import BlockItem

LABEL_PX = 14  # zoomed out, a block's name is drawn this many real px high, not smaller
SPILL_PX = 12 * LABEL_PX  # at most this long across, a label wider than its small block
# A header under this many real px hands its name to the label: where the cards (whose type is
# no bigger than the header's) draw bars, not words, so a label over them hides no words. At
# the wall's opening zoom (0.71, headers 12 px) every header stays.
HAND_OVER_PX = MIN_READABLE_PX


def labelled(lod: float, title_px: float) -> bool:
    """Whether a header of ``title_px`` at zoom ``lod`` is too small to read, so its name is
    drawn by the layer instead."""
    return lod > 0 and lod * title_px < HAND_OVER_PX


class NameLayer(QGraphicsItem):
    """The blocks' names when zoomed out so far that a header would be under ``HAND_OVER_PX``
    real px: each drawn at ``LABEL_PX`` whatever the zoom, at its block's top left on a
    card-coloured patch, over the cards' bars (one item above them for the whole scene, so a
    far-out frame costs one paint, not one a block). A wide block's name wraps in its width; a
    block one card wide, a tall narrow column, has it down its length (as a map names a road).
    It takes no clicks: a press goes to the card or block under it."""

    _scenes: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def __init__(self) -> None:
        super().__init__()
        self.blocks: dict[BlockItem, None] = {}  # in the order they joined
        # each block's name as last drawn, and the zoom it was for: a frame at the same zoom
        # (scrolling, a drag) finds it without measuring 300 blocks again
        self._shown: dict[BlockItem, tuple[float, tuple[QStaticText, bool] | None]] = {}
        self._rect = QRectF()
        self._least_title = 1000.0  # the smallest header type of its blocks: nearer in, none
        self.setZValue(2.0)  # over the cards (1.0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    @classmethod
    def of(cls, scene) -> NameLayer:
        """The scene's layer, made and added the first time a block joins it."""
        layer = cls._scenes.get(scene)
        if layer is None:
            layer = cls._scenes[scene] = cls()
            scene.addItem(layer)
        return layer

    def leave(self, block: BlockItem) -> None:
        self.blocks.pop(block, None)
        self._shown.pop(block, None)
        self.update(block.scene_rect())

    def follow(self, block: BlockItem) -> None:
        """A block moved, grew or was renamed: the layer covers it (it only grows, as the
        scene's own rectangle does) and draws it again."""
        self._shown.pop(block, None)
        self._least_title = min(self._least_title, block.title_px)
        rect = block.scene_rect()
        if not self._rect.contains(rect):
            self.prepareGeometryChange()
            self._rect = self._rect.united(rect) if not self._rect.isNull() else rect
        self.update(rect)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if not labelled(lod, self._least_title):  # every header reads
            return
        exposed = option.exposedRect
        for block in self.blocks:
            memo = self._shown.get(block)
            if memo is None or memo[0] != lod:
                memo = self._shown[block] = (lod, name_label(block, lod))
            if memo[1] is None or not block.isVisible():
                continue
            rect = block.scene_rect()
            reach = (memo[1][0].size().width() + 30) / lod  # a label may run past its block
            if rect.adjusted(0, 0, reach, reach).intersects(exposed):
                self._paint_label(painter, block, rect, lod, *memo[1])

    @staticmethod
    def _paint_label(painter: QPainter, block: BlockItem, rect: QRectF, lod: float,
                     static: QStaticText, down: bool) -> None:
        size = static.size()
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(1 / lod, 1 / lod)  # from here on, real pixels
        if down:  # read from the top, its letters' tops to the right (as a book's spine)
            painter.translate(size.height() + 10, 1)
            painter.rotate(90)
        painter.setPen(QPen(KIND_COLOURS[block.kind], 1))
        painter.setBrush(CARD_FACE)
        painter.drawRoundedRect(QRectF(1, 1, size.width() + 8, size.height() + 5), 4, 4)
        painter.setFont(shared_font(LABEL_PX, True))
        painter.setPen(INK)
        painter.drawStaticText(QPointF(5, 3), static)
        painter.restore()


def name_label(block: BlockItem, lod: float) -> tuple[QStaticText, bool] | None:
    """The block's name as drawn at zoom ``lod``, and whether it runs down the block (one card
    wide). None where its header reads; a block with no room for a few letters a line has it in
    one line over its edge (``_spilt``)."""
    if not labelled(lod, block.title_px):
        return None
    width, height = int(block._rect.width() * lod) - 8, int(block._rect.height() * lod) - 8
    fm = metrics(LABEL_PX, True)
    line = fm.lineSpacing()
    can_across = width >= 4 * LABEL_PX and height >= line
    can_down = height >= 4 * LABEL_PX and width >= line
    if not (can_across or can_down):  # too small for a line within it: one over its edge
        width, height, can_down = _spilt(block, lod, width, height, line)
        can_across = not can_down
    text = block.shown_title()
    across = can_across and (not can_down or height <= width
                             or fm.horizontalAdvance(text) <= 3 * width)
    if not across:  # down the block, in as many lines as its width takes
        width, height = height, width
    key = (text, width, height, across)
    if block._label is None or block._label[0] != key:  # laid out once a zoom and name
        font = shared_font(LABEL_PX, True)
        words = elided(text, font, width, height)
        static = QStaticText(words)
        static.setTextFormat(Qt.TextFormat.PlainText)
        if fm.horizontalAdvance(words) > width:  # else one line, its own length
            static.setTextWidth(width)
            static.setTextOption(WRAP)
        static.prepare(font=font)
        block._label = (key, static)
    return block._label[1], not across


def _spilt(block: BlockItem, lod: float, width: int, height: int, line: float
           ) -> tuple[int, int, bool]:
    """Room for the name of a block too small for a line of it in its bounds (width, height,
    down): a tall column has one line down it, a little wider than the column; any other
    block one line across from its top left, on to its lane's right edge (its heading's) and
    ``SPILL_PX`` at most, words cut with "…" where they run over."""
    if height >= 4 * LABEL_PX:
        return int(line) + 1, height, True
    lanes = getattr(block.scene(), "sections", None)
    lane = lanes.get(block.kind) if isinstance(lanes, dict) else None
    room = SPILL_PX
    if lane is not None:
        room = min(room, int((lane.sceneBoundingRect().right() - block.scene_rect().left())
                             * lod) - 8)
    return max(width, room, 4 * LABEL_PX), max(height, int(line) + 1), False
