"""A theme's root causes drawn as a fishbone: the theme is the head, each category a bone.

Only the categories in use get a bone, then "No category yet" for causes not placed; each bone
lists its causes in the why-tree's reading order, in the tree's own boxes (the same root-cause
and agreed marks, in words). Bones take turns above and below the spine, leaning back from it
as in the usual drawing; the boxes stay level, so the words read as easily as on the tree.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from wtfc.model.cause_category import NO_CATEGORY, causes_by_category
from wtfc.model.document import Document
from wtfc.ui.boards.why_tree_items import (
    WRAP,
    CauseItem,
    ThemeRootItem,
    TreeStyle,
    _text_height,
    theme_cards,
)
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.style import INK, WALL_BACKGROUND, pixel_font

# wide enough for both marks on one line, so the boxes (and the fish) are as short as can be
FISHBONE_STYLE = TreeStyle(
    text_px=16, small_px=14, width=330, root_width=320, pad=10, categories=False, teams=False
)
BONE_INK = QColor("#3A4654")  # the bones and their labels: 9.5:1 against the wall
SLANT = 0.35  # how far a bone leans back (scene px across per px away from the spine)
GAP = 10  # between boxes along a bone
TICK = 14  # from a bone to its boxes
CLEAR = 24  # between the spine and the nearest box
COLUMN_GAP = 44
EMPTY = "No causes yet: on the tree, choose the theme's box and press W to ask “why?”"


class BoneLabelItem(QGraphicsItem):
    """A bone's category at its outer end, bold in a dark pill ("No category yet": outlined)."""

    def __init__(self, text: str, width: float, px: int) -> None:
        super().__init__()
        self.text, self.px = text, px
        self.placed = not text.startswith(NO_CATEGORY)
        words = QFontMetricsF(pixel_font(px, bold=True)).horizontalAdvance(text) + 2
        width = min(width, words + px)  # as wide as its words, wrapping past a box's width
        height = _text_height(text, width - px, px, bold=True) + px * 0.8
        self._rect = QRectF(0, 0, width, height)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, p: QPainter, _option, _widget=None) -> None:
        pen = QPen(BONE_INK, 2)
        if not self.placed:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(BONE_INK if self.placed else QColor("#FFFFFF"))
        p.drawRoundedRect(self._rect, 8, 8)
        p.setFont(pixel_font(self.px, bold=True))
        p.setPen(QColor("#FFFFFF") if self.placed else INK)
        inner = self._rect.adjusted(self.px / 2, self.px * 0.4, -self.px / 2, 0)
        p.drawText(inner, WRAP, self.text)


class FishboneScene(QGraphicsScene):
    """The fishbone of one theme. ``nodes`` maps each cause's id (and ``ROOT``, the head) to its
    box, as the why-tree's scene does, so a choice carries from one to the other."""

    def __init__(self, style: TreeStyle = FISHBONE_STYLE) -> None:
        super().__init__()
        self.tree_style = style
        self.nodes: dict[str, QGraphicsItem] = {}
        self.bones: list[tuple[BoneLabelItem, list[str]]] = []  # label, its causes in order
        self.spine_y = 0.0
        self._kept: list[QGraphicsItem] = []  # Python refs keep PySide from collecting them
        self.setBackgroundBrush(WALL_BACKGROUND)

    def rebuild(self, doc: Document, theme_id: str | None) -> None:
        self.clear()
        self.nodes, self.bones, self._kept = {}, [], []
        theme = doc.get("themes", theme_id) if theme_id else None
        if theme is None:
            self.setSceneRect(0, 0, 10, 10)
            return
        s = self.tree_style
        for label, causes in causes_by_category(doc.workshop.causes, theme.id):
            item = BoneLabelItem(f"{label} ({len(causes)})", s.width, s.text_px)
            self.bones.append((item, [c.id for c in causes]))
            for cause in causes:
                self.nodes[cause.id] = CauseItem(cause, s)
        head = ThemeRootItem(theme, theme_cards(doc, theme), s)
        self.nodes[ROOT] = head
        self._lay_out(head)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -40, 40, 40))

    def columns(self) -> list[list[list[str]]]:
        """The bones as drawn, left to right: each column's bone above, then the one below."""
        ids = [causes for _, causes in self.bones]
        return [ids[i : i + 2] for i in range(0, len(ids), 2)]

    # -- layout ----------------------------------------------------------------------------------
    def _lay_out(self, head: ThemeRootItem) -> None:
        s = self.tree_style
        lengths = [self._length(label, causes) for label, causes in self.bones]
        above = max(lengths[0::2], default=0.0)
        self.spine_y = spine = max(above, head.boundingRect().height() / 2) + 20
        step = s.width + TICK + COLUMN_GAP
        joint = SLANT * max(lengths, default=0.0)  # the longest bone's end at the left edge
        for n, ((label, causes), length) in enumerate(zip(self.bones, lengths, strict=True)):
            if n and n % 2 == 0:
                joint += step + SLANT * self._tallest(n - 2)
            self._bone(label, causes, joint, length, up=n % 2 == 0)
        end = joint + step if self.bones else 0.0
        head.setPos(end + 10, spine - head.boundingRect().height() / 2 + 6)
        self.addItem(head)
        self._line(QPointF(-20 if self.bones else end - 200, spine), QPointF(end + 10, spine), 6)
        if not self.bones:
            note = self.addText(EMPTY, pixel_font(s.text_px))
            note.setDefaultTextColor(INK)
            note.setTextWidth(s.root_width)
            note.setPos(end + 10, spine + head.boundingRect().height() / 2 + 20)
            self._kept.append(note)

    def _tallest(self, first: int) -> float:
        """The tallest box or label on the column of bones ``first`` and ``first + 1``: a box
        is placed by its edge nearest the spine and the bone beside leans back under its far
        edge, so the next column stands this far (times SLANT) further right to stay clear."""
        return max(
            (
                item.boundingRect().height()
                for label, causes in self.bones[first : first + 2]
                for item in (label, *(self.nodes[c] for c in causes))
            ),
            default=0.0,
        )

    def _length(self, label: BoneLabelItem, causes: list[str]) -> float:
        heights = [self.nodes[c].boundingRect().height() - 12 for c in causes]
        return CLEAR + sum(h + GAP for h in heights) + label.boundingRect().height()

    def _bone(
        self, label: BoneLabelItem, causes: list[str], joint: float, length: float, *, up: bool
    ) -> None:
        """A bone from ``joint`` on the spine, leaning back; its label at the far end and its
        boxes beside it in reading order (top to bottom, on either side of the spine)."""
        sign = -1 if up else 1
        items: list[QGraphicsItem] = [label, *(self.nodes[c] for c in causes)]
        if not up:
            items = [*items[1:], label]
        y = self.spine_y - length if up else self.spine_y + CLEAR
        for item in items:
            height = item.boundingRect().height() - (4 if item is label else 12)
            near = min(abs(y - self.spine_y), abs(y + height - self.spine_y))
            x = joint - SLANT * near + TICK
            item.setPos(x, y)
            self.addItem(item)
            if item is not label:
                middle = y + height / 2
                self._line(
                    QPointF(joint - SLANT * abs(middle - self.spine_y), middle),
                    QPointF(x, middle),
                    2,
                )
            y += height + GAP
        self._line(
            QPointF(joint, self.spine_y),
            QPointF(joint - SLANT * length, self.spine_y + sign * length),
            3,
        )

    def _line(self, start: QPointF, end: QPointF, width: float) -> None:
        path = QPainterPath(start)
        path.lineTo(end)
        line = QGraphicsPathItem(path)
        line.setPen(QPen(BONE_INK, width))
        line.setZValue(-1)
        self.addItem(line)
        self._kept.append(line)
