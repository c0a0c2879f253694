"""A theme (or the unsorted cards of a kind) as a visible group, and the kind headings.

``BlockItem`` paints a tinted panel with the theme's "I" statement, its kind (symbol and word),
its live card count and, on the facilitator's wall, how many comments the room made on it (their
words in its tooltip); the cards are separate items laid over it (a card may sit in two themes,
so cards are not children of a theme). It is also the drop target of a drag. Zoomed out too far
for its header to read (Fit all on a big wall), its name is drawn over it at a fixed readable
size by its scene's ``block_names.NameLayer``, as a map labels its towns.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem

from wtfc.model.workshop import Kind
from wtfc.ui.paint_cache import label, metrics, shared_font
from wtfc.ui.plain_tip import escaped
from wtfc.ui.style import CARD_FACE, FOCUS, INK, KIND_COLOURS, KIND_INKS, KIND_TINTS, MUTED_INK
from wtfc.ui.wall.block_names import NameLayer, labelled
from wtfc.ui.wall.card_item import WRAP, elided

UNSORTED_FILL = QColor("#F7F6F2")
UNSORTED_EDGE = QColor("#8A877F")
UNSORTED_TITLE = "Not yet in a theme"


def count_phrase(count: int) -> str:
    return "1 card" if count == 1 else f"{count} cards"


def comments_phrase(count: int) -> str:
    return "1 comment" if count == 1 else f"{count} comments"


class BlockItem(QGraphicsItem):
    """A theme's panel (``theme_id`` set) or the "Not yet in a theme" area of a kind."""

    def __init__(self, key: str, kind: Kind, theme_id: str | None, *, title_px: int = 17,
                 count_px: int = 13, header_height: float = 70.0, pad: float = 10.0) -> None:
        super().__init__()
        self.key = key
        self.kind = kind
        self.theme_id = theme_id
        self.title = ""
        self.count = 0
        self.comments: tuple[str, ...] = ()  # the facilitator's wall only (see set_comments)
        self._count_words: tuple[float, str] | None = None  # (room, words) as last measured
        self.title_px = title_px
        self.count_px = count_px
        self.header_height = header_height
        self.pad = pad
        self.drop_target = False
        self.overview = False
        self.slots: list[tuple[float, float, float, float]] = []  # its cards, block coordinates
        self._faces: list[QRectF] = []
        self._bands: list[QRectF] = []
        self._rect = QRectF()
        self._title_text: QStaticText | None = None
        self.layer: NameLayer | None = None  # its scene's, while it is in one
        self._label: tuple[tuple[str, int, int, bool], QStaticText] | None = None  # as laid out
        self.setZValue(0.0)
        # paint() gets the exposed part only, so a panel bigger than the screen is cheap to draw
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def set_content(self, title: str, count: int, rect: QRectF,
                    header_height: float | None = None) -> None:
        if header_height is not None and header_height != self.header_height:
            self.header_height = header_height
            self._title_text = None
            self.update()
        if rect.size() != self._rect.size():
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, rect.width(), rect.height())
            self._title_text = None
        self.setPos(rect.topLeft())
        if title != self.title or count != self.count:
            self.title, self.count = title, count
            self._title_text = self._count_words = None
            self.update()
        if self.layer is not None:
            self.layer.follow(self)

    def shown_title(self) -> str:
        return self.title if self.theme_id is not None else UNSORTED_TITLE

    def itemChange(self, change, value):
        """Joining a scene, the block's name joins its name layer; leaving, it leaves."""
        flag = QGraphicsItem.GraphicsItemChange
        if change == flag.ItemSceneChange and self.layer is not None:
            self.layer.leave(self)
            self.layer = None
        elif change == flag.ItemSceneHasChanged and value is not None:
            self.layer = NameLayer.of(value)
            self.layer.blocks[self] = None
            self.layer.follow(self)
        elif change == flag.ItemVisibleHasChanged and self.layer is not None:
            self.layer.update(self.scene_rect())
        return super().itemChange(change, value)

    def set_comments(self, comments: tuple[str, ...]) -> None:
        """What the room said about the theme: "2 comments" on the count line, their words in
        the tooltip (the Theme page's Comment on theme… changes them)."""
        if comments != self.comments:
            self.comments = comments
            self._count_words = None
            self.setToolTip(self._comments_tip())
            self.update()

    def _comments_tip(self) -> str:
        if not self.comments:
            return ""
        # rich text, so Qt wraps a long comment rather than making a tooltip the screen's width
        # (pre-wrap: a comment typed on two lines keeps them, and a long one still wraps)
        items = "".join(f"<li style='white-space:pre-wrap'>{escaped(c)}</li>"
                        for c in self.comments)
        return (f"<b>{escaped(comments_phrase(len(self.comments)))}</b> (Shift+F2 to see or "
                f"change them):<ul style='margin-left: -24px'>{items}</ul>")

    def count_words(self, room: float) -> str:
        """The line under the name, as long as fits in ``room`` px: "Not working · 4 cards ·
        2 comments"; a narrow column drops the kind's word (its symbol and lane say it), then
        the comments (the tooltip has them), then "cards"."""
        if self._count_words is not None and self._count_words[0] == room:
            return self._count_words[1]
        cards = count_phrase(self.count)
        tries = [f"{self.kind.label} · {cards}"]
        if self.comments:
            said = comments_phrase(len(self.comments))
            tries[:0] = [f"{self.kind.label} · {cards} · {said}", f"{cards} · {said}"]
        fm = metrics(self.count_px)
        words = next((t for t in tries if fm.horizontalAdvance(t) <= room),
                     f"{self.kind.label} · {self.count}")  # narrow room columns: the number
        self._count_words = (room, words)
        return words

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def set_overview(self, on: bool) -> None:
        if on != self.overview:
            self.overview = on
            # far out the panel is a few pixels: a cached pixmap beats redrawing its slots
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache if on
                              else QGraphicsItem.CacheMode.NoCache)
            self.update()

    def set_slots(self, slots: list[tuple[float, float, float, float]]) -> None:
        if slots != self.slots:
            self.slots = slots
            self._faces = [QRectF(x, y, w, h) for x, y, w, h in slots]
            self._bands = [QRectF(x, y, 10, h) for x, y, _w, h in slots]
            self.update()

    def header_rect(self) -> QRectF:
        """The name area: double-click here to rename in place."""
        return QRectF(0, 0, self._rect.width(), self.header_height)

    def scene_rect(self) -> QRectF:
        return self._rect.translated(self.pos())

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = self._rect
        colour = KIND_COLOURS[self.kind]
        self._paint_panel(painter, option.exposedRect)
        if self.theme_id is not None:
            painter.fillRect(QRectF(0, 0, rect.width(), 5), colour)
        if self.drop_target:
            painter.setPen(QPen(FOCUS, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 9, 9)
        if self.overview:  # the cards are hidden: one plain slot each, in one item's paint
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CARD_FACE)
            painter.drawRects(self._faces)
            painter.setBrush(colour)
            painter.drawRects(self._bands)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if self.layer is not None and labelled(lod, self.title_px):
            return  # too small to read: the name layer draws the name over the block
        if lod * self.title_px < 5:
            painter.fillRect(QRectF(self.pad, self.pad + 6, rect.width() * 0.7, self.title_px),
                             colour.lighter(140))
            return
        self._paint_header(painter, colour)

    def _paint_panel(self, painter: QPainter, exposed: QRectF) -> None:
        """The panel's rounded face. Zoomed in on a big panel, only the part in view is filled:
        an antialiased rounded rectangle the size of the wall costs more than the cards."""
        rect = self._rect
        fill = UNSORTED_FILL if self.theme_id is None else KIND_TINTS[self.kind]
        visible = exposed & rect
        partly = visible.width() * visible.height() < 0.5 * rect.width() * rect.height()
        if partly and not self._corner_in(visible):  # the face in view is a plain rectangle
            painter.fillRect(visible, fill)
        elif partly:
            face = QPainterPath()
            face.addRoundedRect(rect, 8, 8)
            seen = QPainterPath()
            seen.addRect(visible.adjusted(-2, -2, 2, 2))
            painter.fillPath(face.intersected(seen), fill)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 8, 8)
        if self.theme_id is None:  # "not yet in a theme": a dashed edge
            pen = QPen(UNSORTED_EDGE, 1.5, Qt.PenStyle.DashLine)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if partly:
                self._paint_edge_in_view(painter, pen, visible)
            else:
                painter.setPen(pen)
                painter.drawRoundedRect(rect, 8, 8)

    def _corner_in(self, area: QRectF) -> bool:
        rect, size = self._rect, 16.0  # the rounded corners' boxes (radius 8)
        return any(QRectF(x, y, size, size).intersects(area)
                   for x in (rect.left(), rect.right() - size)
                   for y in (rect.top(), rect.bottom() - size))

    def _paint_edge_in_view(self, painter: QPainter, pen: QPen, visible: QRectF) -> None:
        """The dashed edge of a panel much bigger than the view: Qt dashes the whole outline
        even when only a corner shows (2 ms a frame for the 10,000-card wall's unsorted panel),
        so draw just the pieces in view: the straight sides clipped to the view, dashes kept in
        step with the whole side so they do not crawl while scrolling, and the corners in view."""
        rect, radius = self._rect, 8.0
        seen = visible.adjusted(-2, -2, 2, 2)
        dash = pen.widthF() * 6  # Qt's DashLine: 4 on, 2 off, in pen widths
        painter.setPen(pen)
        across = _dashed_span(rect.left() + radius, rect.right() - radius,
                              seen.left(), seen.right(), dash)
        for y in (rect.top(), rect.bottom()):
            if across and seen.top() <= y <= seen.bottom():
                painter.drawLine(QPointF(across[0], y), QPointF(across[1], y))
        down = _dashed_span(rect.top() + radius, rect.bottom() - radius,
                            seen.top(), seen.bottom(), dash)
        for x in (rect.left(), rect.right()):
            if down and seen.left() <= x <= seen.right():
                painter.drawLine(QPointF(x, down[0]), QPointF(x, down[1]))
        size = 2 * radius
        corners = ((rect.left(), rect.top(), 90), (rect.right() - size, rect.top(), 0),
                   (rect.left(), rect.bottom() - size, 180),
                   (rect.right() - size, rect.bottom() - size, 270))
        for x, y, angle in corners:
            box = QRectF(x, y, size, size)
            if box.intersects(seen):
                painter.drawArc(box, angle * 16, 90 * 16)

    def _paint_header(self, painter: QPainter, colour: QColor) -> None:
        width = self._rect.width() - 2 * self.pad
        count_line = metrics(self.count_px).lineSpacing()
        if self._title_text is None:
            title_font = shared_font(self.title_px, True)
            text = self.shown_title()
            room = self.header_height - 2 * self.pad - count_line + 2
            self._title_text = QStaticText(elided(text, title_font, width, room))
            # as typed: a name like "see <a href=…>this</a>" was a link, "<h1>BIG</h1>" huge
            self._title_text.setTextFormat(Qt.TextFormat.PlainText)
            self._title_text.setTextWidth(width)
            self._title_text.setTextOption(WRAP)  # as ``elided`` measured it
            self._title_text.prepare(font=title_font)
        painter.setPen(INK)
        painter.setFont(shared_font(self.title_px, True))
        painter.drawStaticText(QPointF(self.pad, self.pad), self._title_text)
        top = self.header_height - count_line - self.pad
        symbol = label(self.kind.symbol, self.count_px, True)
        painter.setFont(shared_font(self.count_px, True))
        painter.setPen(KIND_INKS[self.kind])  # 7:1 on the tint: darker(130) was 4.8-6.6
        painter.drawStaticText(QPointF(self.pad, top + (count_line - symbol.size().height()) / 2),
                               symbol)
        left = self.pad + self.count_px * 1.3
        count = label(self.count_words(width - (left - self.pad)), self.count_px)
        painter.setFont(shared_font(self.count_px))
        painter.setPen(MUTED_INK)
        painter.drawStaticText(QPointF(left, top + (count_line - count.size().height()) / 2),
                               count)


def _dashed_span(start: float, end: float, seen_start: float, seen_end: float,
                 dash: float) -> tuple[float, float] | None:
    """The part of a side from ``start`` to ``end`` that is in view, begun on a whole dash of
    the side (so the dashes stay put while the view scrolls); None when none of it shows."""
    first, last = max(start, seen_start), min(end, seen_end)
    first -= (first - start) % dash
    return (first, last) if first < last else None


class SectionItem(QGraphicsItem):
    """The heading over one kind's part of the wall: "✗ What's not working · 4 themes"."""

    def __init__(self, kind: Kind) -> None:
        super().__init__()
        self.kind = kind
        self.text = ""
        self.held_back = ""  # "⚠ 3 held back", or nothing
        self._rect = QRectF()

    def set_content(self, text: str, rect: QRectF, *, held_back: str = "") -> None:
        """``text`` is the full heading, ``held_back`` the note in it ("⚠ 3 held back") that a
        narrower lane keeps after the kind's name while it fits."""
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(0, 0, rect.width(), rect.height())
            self.update()
        self.setPos(rect.topLeft())
        if text != self.text or held_back != self.held_back:
            self.text, self.held_back = text, held_back
            self.update()
        for lane in self._lanes():  # whether they name their kinds in full may turn on this
            lane.update()

    def _lanes(self) -> list[SectionItem]:
        """Every kind's heading on this wall (the scene's ``sections``), this one's too."""
        lanes = getattr(self.scene(), "sections", None)
        return list(lanes.values()) if isinstance(lanes, dict) else [self]

    def _long_fits(self) -> bool:
        """Whether this lane has room for its kind's long name, with the held-back note."""
        named = " · ".join([self.kind.long_label, *([self.held_back] if self.held_back else [])])
        return metrics(26, True).horizontalAdvance(named) <= self._rect.width() - 38

    def shown_text(self) -> str:
        """The longest heading that fits; counts go first because the blocks below repeat them,
        so a one-column lane reads "Not working", not "What's not …". The held-back note goes
        last: no block repeats it. The lanes name their kinds alike: every one in full ("What's
        working") or, where one lane has no room for its full name and its note, every one
        short ("Working", "Not working · ⚠ 2 held back", "Future"), never a mix."""
        room = self._rect.width() - 38
        fm = metrics(26, True)
        long = self.kind.long_label
        name = long if all(lane._long_fits() for lane in self._lanes()) else self.kind.label
        whole = name + self.text.removeprefix(long) if self.text.startswith(long) else self.text
        noted = [f"{name} · {self.held_back}"] if self.held_back else []
        for text in (whole, *noted, name):
            if fm.horizontalAdvance(text) <= room:
                return text
        return fm.elidedText(self.kind.label, Qt.TextElideMode.ElideRight, room)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        colour = KIND_COLOURS[self.kind]
        h = self._rect.height()
        painter.fillRect(QRectF(0, h - 6, self._rect.width(), 3), colour)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod * 26 < 5:
            return
        symbol, words = label(self.kind.symbol, 26, True), label(self.shown_text(), 26, True)
        middle = (h - 10) / 2
        painter.setFont(shared_font(26, True))
        painter.setPen(KIND_INKS[self.kind])
        painter.drawStaticText(QPointF(0, middle - symbol.size().height() / 2), symbol)
        painter.setPen(INK)
        painter.drawStaticText(QPointF(38, middle - words.size().height() / 2), words)
