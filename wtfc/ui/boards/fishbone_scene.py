"""A theme's root causes drawn as a fishbone: the theme is the head, each category a bone.

Only the categories in use get a bone, then "No category yet" for causes not placed; each bone
lists its causes in the why-tree's reading order, in the tree's own boxes (the same root-cause
and agreed marks, in words). Bones stand in columns of two, one above the spine and one below
(``fishbone_layout``), leaning back from it as in the usual drawing; the boxes stay level, so
the words read as easily as on the tree. The boxes are as wide as let the whole fish fit the
view at readable size (``room``), where some width does.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsScene

from wtfc.model.cause_category import NO_CATEGORY, causes_by_category
from wtfc.model.cause_kind_words import cause_words
from wtfc.model.document import Document
from wtfc.model.workshop import Cause, Kind, Theme
from wtfc.ui.boards.fishbone_layout import SLANT, BoneSizes, FishLayout, lay_out
from wtfc.ui.boards.why_tree_items import (
    WRAP,
    CauseItem,
    ThemeRootItem,
    TreeStyle,
    _text_height,
    cause_height,
    theme_cards,
)
from wtfc.ui.boards.why_tree_layout import ROOT
from wtfc.ui.style import INK, WALL_BACKGROUND, pixel_font

# wide enough for both marks on one line, so the boxes (and the fish) are as short as can be
FISHBONE_STYLE = TreeStyle(
    text_px=16, small_px=14, width=330, root_width=320, pad=10, categories=False, teams=False
)
BONE_INK = QColor("#3A4654")  # the bones and their labels: 9.5:1 against the wall
# (box, head) widths tried, widest first, until the fish fits the view's room: below 330 the
# marks go one above the other and the words onto more lines
WIDTHS = (
    (330.0, 320.0),
    (330.0, 260.0),
    (300.0, 260.0),
    (280.0, 250.0),
    (260.0, 240.0),
    (240.0, 240.0),
)
EDGE = 12  # the scene's margin round the fish


def empty_words(kind: Kind | None) -> str:
    """An empty fish's words, asking the tree's question of the theme's ``kind``: a hope's
    "…press W to ask “what is in the way?”", not "why?" (``cause_kind_words``)."""
    return ("No causes yet: on the tree, choose the theme's box and press W to ask "
            f"“{cause_words(kind).ask.lower()}”")


EMPTY = empty_words(Kind.NOT_WORKING)


def label_size(text: str, width: float, px: int) -> tuple[float, float]:
    """A bone label as wide as its words, wrapping past a box's width; and its height."""
    words = QFontMetricsF(pixel_font(px, bold=True)).horizontalAdvance(text) + 2
    width = min(width, words + px)
    return width, _text_height(text, width - px, px, bold=True) + px * 0.8


class BoneLabelItem(QGraphicsItem):
    """A bone's category at its outer end, bold in a dark pill ("No category yet": outlined)."""

    def __init__(self, text: str, width: float, px: int) -> None:
        super().__init__()
        self.text, self.px = text, px
        self.placed = not text.startswith(NO_CATEGORY)
        self._rect = QRectF(0, 0, *label_size(text, width, px))

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
    box, as the why-tree's scene does, so a choice carries from one to the other. ``room``:
    scene px across and down the view shows at readable size (None: not known yet)."""

    def __init__(self, style: TreeStyle = FISHBONE_STYLE) -> None:
        super().__init__()
        self.base_style = style
        self.tree_style = style  # the base with the box and head widths the fish fits with
        self.nodes: dict[str, QGraphicsItem] = {}
        self.bones: list[tuple[BoneLabelItem, list[str]]] = []  # label, its causes in order
        self.fish: FishLayout | None = None
        self.spine_y = 0.0
        self.room: tuple[float, float] | None = None
        self._drawn: tuple[Document, str | None] | None = None
        self._kept: list[QGraphicsItem] = []  # Python refs keep PySide from collecting them
        self.setBackgroundBrush(WALL_BACKGROUND)

    def rebuild(self, doc: Document, theme_id: str | None) -> None:
        self.clear()
        self.nodes, self.bones, self._kept, self.fish = {}, [], [], None
        self._drawn = (doc, theme_id)
        theme = doc.get("themes", theme_id) if theme_id else None
        if theme is None:
            self.setSceneRect(0, 0, 10, 10)
            return
        groups = causes_by_category(doc.workshop.causes, theme.id)
        self.tree_style = s = self._fitting_style(doc, theme, groups)
        for label, causes in groups:
            item = BoneLabelItem(f"{label} ({len(causes)})", s.width, s.text_px)
            self.bones.append((item, [c.id for c in causes]))
            for cause in causes:
                self.nodes[cause.id] = CauseItem(cause, s)
        head = ThemeRootItem(theme, theme_cards(doc, theme), s)
        self.nodes[ROOT] = head
        self._place(head)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-EDGE, -EDGE, EDGE, EDGE))

    def fit_to(self, room: tuple[float, float] | None) -> bool:
        """The view's room changed: the fish drawn again (True) when it fits it with other
        widths than now."""
        if room == self.room:
            return False
        self.room = room
        if self._drawn is None or self.fish is None:
            return False
        doc, theme_id = self._drawn
        theme = doc.get("themes", theme_id) if theme_id else None
        if theme is None:
            return False
        style = self._fitting_style(doc, theme, causes_by_category(doc.workshop.causes, theme.id))
        if style == self.tree_style:
            return False
        self.rebuild(doc, theme_id)
        return True

    def fits(self, room: tuple[float, float]) -> bool:
        """Whether the fish drawn would fit ``room`` (scene px across and down) with some of
        its widths: asked for a room the view might be given (the Teams panel folded)."""
        doc, theme_id = self._drawn if self._drawn is not None else (None, None)
        theme = doc.get("themes", theme_id) if doc is not None and theme_id else None
        if doc is None or theme is None:
            return True  # nothing drawn: nothing to cut
        groups = causes_by_category(doc.workshop.causes, theme.id)
        return self._fitting(doc, theme, groups, room) is not None

    def columns(self) -> list[list[list[str]]]:
        """The bones as drawn, left to right: each column's bone above, then the one below."""
        ids = [causes for _, causes in self.bones]
        if self.fish is None:
            return []
        return [[ids[n] for n in column] for column in self.fish.columns()]

    # -- layout ----------------------------------------------------------------------------------
    def _fitting_style(
        self, doc: Document, theme: Theme, groups: list[tuple[str, list[Cause]]]
    ) -> TreeStyle:
        """The widest boxes (and head) with which the fish fits ``room``; the widest of all
        where none does (it is scrolled anyway: the fewest lines to read)."""
        widest = replace(self.base_style, width=WIDTHS[0][0], root_width=WIDTHS[0][1])
        if self.room is None:
            return widest
        return self._fitting(doc, theme, groups, self.room) or widest

    def _fitting(
        self,
        doc: Document,
        theme: Theme,
        groups: list[tuple[str, list[Cause]]],
        room: tuple[float, float],
    ) -> TreeStyle | None:
        """The widest boxes (and head) with which the fish fits ``room``; None: none does."""
        cards = theme_cards(doc, theme)
        for width, head_width in WIDTHS:
            s = replace(self.base_style, width=width, root_width=head_width)
            bones = [
                BoneSizes(
                    label_size(f"{label} ({len(causes)})", width, s.text_px),
                    tuple((width, cause_height(c, s)) for c in causes),
                )
                for label, causes in groups
            ]
            head = ThemeRootItem(theme, cards, s).boundingRect().adjusted(6, 6, -6, -6)
            wide, tall = lay_out(bones, (head.width(), head.height()), width).size
            if wide + 2 * EDGE + 12 <= room[0] and tall + 2 * EDGE + 12 <= room[1]:
                return s
        return None

    def _place(self, head: ThemeRootItem) -> None:
        s = self.tree_style
        bones = [
            BoneSizes(
                label_size(label.text, s.width, s.text_px),
                tuple((s.width, self.nodes[c].boundingRect().height() - 12) for c in causes),
            )
            for label, causes in self.bones
        ]
        box = head.boundingRect().adjusted(6, 6, -6, -6)
        fish = self.fish = lay_out(bones, (box.width(), box.height()), s.width)
        spine = self.spine_y = fish.spine_y
        for n, (label, causes) in enumerate(self.bones):
            items: list[QGraphicsItem] = [label, *(self.nodes[c] for c in causes)]
            joint = fish.joints[n]
            for item, (x, y) in zip(items, fish.places[n], strict=True):
                item.setPos(x, y)
                self.addItem(item)
                if item is not label:  # a tick from the bone to the box's middle
                    middle = y + item.boundingRect().height() / 2 - 6
                    self._line(
                        QPointF(joint - SLANT * abs(middle - spine), middle), QPointF(x, middle), 2
                    )
            sign = -1 if fish.up[n] else 1
            length = fish.lengths[n]
            self._line(
                QPointF(joint, spine), QPointF(joint - SLANT * length, spine + sign * length), 3
            )
        head.setPos(*fish.head)
        self.addItem(head)
        start = 0.0 if self.bones else fish.head[0] - 200
        self._line(QPointF(start, spine), QPointF(fish.head[0], spine), 6)
        if not self.bones:
            note = self.addText(empty_words(head.theme.kind), pixel_font(s.text_px))
            note.setDefaultTextColor(INK)
            note.setTextWidth(s.root_width)
            note.setPos(fish.head[0], spine + box.height() / 2 + 20)
            self._kept.append(note)

    def _line(self, start: QPointF, end: QPointF, width: float) -> None:
        path = QPainterPath(start)
        path.lineTo(end)
        line = QGraphicsPathItem(path)
        line.setPen(QPen(BONE_INK, width))
        line.setZValue(-1)
        self.addItem(line)
        self._kept.append(line)
