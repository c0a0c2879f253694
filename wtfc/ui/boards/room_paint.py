"""Drawing helpers for the read-only room views: large type that reads from the back of a room.

Sizes are given for a 1920x1080 projector and scaled with the widget, so a room view drawn at
1920x1080 has body text of 30 px or more and headings larger. On a smaller screen (a 1366x768
projector) the scale stops where the smallest type would go under 24 real px: the canvas is then
smaller than 1920x1080 (``canvas_size``) and the views lay themselves out in what it has. A view
with more than fits shows it in pages, "Page 1 of 3" in the bottom-right corner as on the room
wall, turned from the room controller (Ctrl+Shift+Right / Ctrl+Shift+Left).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QPicture, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from wtfc.model.workshop import Kind
from wtfc.ui.style import (
    CARD_FACE,
    INK,
    KIND_INKS,
    ROOM_MUTED,
    WALL_BACKGROUND,
    kind_text,
    pixel_font,
)
from wtfc.ui.wall.card_item import elided, laid_out_lines
from wtfc.ui.wall.room_corner import timer_rect
from wtfc.ui.wall.room_layout import page_label_rect, page_label_text
from wtfc.ui.wall.room_measure import FLOOR_PX  # the least type on the real screen: 24 px
from wtfc.ui.wall.room_wall import page_label

BODY_PX = 30
SMALL_PX = 28
HEADING_PX = 46
LEAST_PX = 26  # the smallest type a view draws (Priorities' reasons, the fishbone's marks)
FOOT = 30  # the least margin under a view's content
WRAP = int(Qt.TextFlag.TextWordWrap)


def canvas_size(width: float, height: float) -> tuple[float, float, float]:
    """(scale, canvas width, canvas height) for a widget ``width`` x ``height``: 1920x1080
    scaled to fit, or, where that would draw ``LEAST_PX`` under ``FLOOR_PX`` real px, the
    canvas of the widget's size at the least scale that keeps it (so the smaller screen gets
    fewer units, and the views more pages, rather than smaller type)."""
    scale = max(min(width / 1920, height / 1080), FLOOR_PX / LEAST_PX)
    return scale, min(1920.0, width / scale), min(1080.0, height / scale)


class RoomCanvas(QWidget):
    """A read-only painted view; subclasses draw in canvas units (1920x1080 on a screen that
    size or larger, see ``canvas_size``) via ``paint_room``.

    A view that can be too full for one screen lays itself out in pages in ``lay_out`` (called
    again after each resize and on ``relayout``) and paints ``self.page`` of them; the page
    label is the room wall's. ``pages_changed`` is emitted when the count or the page changes.
    """

    pages_changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(title)
        self.setMinimumSize(640, 360)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.page = 0
        self._count: int | None = None  # laid out at the next look
        self._unsynced = False  # hidden when the content changed: page and label set when shown
        self.timer_kept = False  # the room timer is shown: a place is kept for it
        self._foot = False  # the foot row is kept clear (for the page label or the timer)
        self.page_label = page_label(self, "Room view page")  # as on the room wall
        # each text of the last paint: (its size in real px, its words, cut short)
        self.drawn_text: list[tuple[float, str, bool]] = []

    # -- pages ---------------------------------------------------------------------------------
    def lay_out(self, height: float) -> int:
        """Lay the view out for a canvas ``canvas_width()`` wide, ``height`` high; return its
        page count (views that always fit on one screen keep this)."""
        return 1

    def canvas_width(self) -> float:
        return canvas_size(self.width(), self.height())[1]

    def page_count(self) -> int:
        if self._count is None:
            self._count = max(1, self.lay_out(canvas_size(self.width(), self.height())[2]))
            self._foot = False  # as the trial paint of ``_clear_of_timer`` reads it
            self._foot = self._count > 1 or (self.timer_kept and not self._clear_of_timer())
            if self._foot:  # again, clear of the page label (and the timer beside it)
                self._count = max(1, self.lay_out(self._paged_height()))
        return self._count

    def keeps_foot(self) -> bool:
        """Whether the foot row is kept clear: for the page label, or the room timer."""
        self.page_count()
        return self._foot

    def _clear_of_timer(self) -> bool:
        """Whether the view as laid out draws nothing where the timer goes (a one-page view
        that ends above it, or is narrower): then it keeps its whole height and its type."""
        picture = _Trial()
        p = QPainter(picture)
        scale, wide, tall = canvas_size(self.width(), self.height())
        p.translate((self.width() - wide * scale) / 2, (self.height() - tall * scale) / 2)
        p.scale(scale, scale)
        self.paint_room(p, QRectF(0, 0, wide, tall))
        p.end()
        corner = QRectF(self.timer_corner().adjusted(-8, -8, 8, 8))
        return not corner.intersects(QRectF(picture.boundingRect())) and not any(
            corner.intersects(text) for text in picture.texts)

    def keep_timer(self, on: bool) -> None:
        """Keep a place clear for the room timer (``room_corner.py``), or give it back: it
        sits beside the page label, in the foot row a paged view keeps already; a view on one
        page keeps the row too, unless it draws nothing in the timer's corner."""
        if on != self.timer_kept:
            self.timer_kept = on
            self._sync_pages()

    def timer_corner(self) -> QRect:
        """The room timer's box in this view: beside the page label, or in the corner."""
        size = (float(self.width()), float(self.height()))
        return QRectF(*timer_rect(size, self.page_count() > 1)).toAlignedRect()

    def show_page(self, page: int) -> None:
        """Show page ``page`` (counted from 0; kept within the pages there are)."""
        self.page = page
        self._sync_pages(relayout=False)

    def relayout(self) -> None:
        """The content changed: lay out again, keeping the page (or the last, if it went).
        A view its room hid (the stage's edit that replaced it, or the blank page over it) is
        laid out when shown again: each stage switch laid the view going out again for nobody."""
        if self.isHidden() and self.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
            self._count = None  # what is asked of it meanwhile (its pages) lays it out
            self._unsynced = True  # and its page and label are put right when shown
            return
        self._sync_pages()

    def _sync_pages(self, *, relayout: bool = True) -> None:
        before = (self.page, self._count)
        if relayout:
            self._count = None
        count = self.page_count()
        self.page = max(0, min(self.page, count - 1))
        label = self.page_label
        label.setVisible(count > 1)
        if count > 1:
            label.setText(page_label_text(self.page, count))
            x, y, w, h = page_label_rect((float(self.width()), float(self.height())))
            width = max(w, label.sizeHint().width())
            label.setGeometry(int(x + w - width), int(y), int(width), int(h))
            label.raise_()
        self.update()
        if not relayout or (self.page, self._count) != before:
            self.pages_changed.emit()

    def _paged_height(self) -> float:
        """The canvas height the page label leaves (none is lost where the canvas is
        letterboxed and the label sits below it). The views keep a margin of at least
        ``FOOT`` under their content: the label may sit in all but 10 of it."""
        width, height = float(self.width()), float(self.height())
        scale, _w, tall = canvas_size(width, height)
        below = (height - tall * scale) / 2
        _x, y, _w, _h = page_label_rect((width, height))
        return min(tall, tall - max(0.0, height - y - below) / scale + FOOT - 10)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._sync_pages()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._count is None or self._unsynced:  # edited while hidden (or its pages asked
            self._unsynced = False  # then, laying it out): the page kept within, the label
            self._sync_pages(relayout=False)  # right ("Page 5 of 5" over 2 pages after a blank)

    def paintEvent(self, _event) -> None:
        self.page_count()  # laid out before it is drawn
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), WALL_BACKGROUND)
        scale, wide, tall = canvas_size(self.width(), self.height())
        p.translate((self.width() - wide * scale) / 2, (self.height() - tall * scale) / 2)
        p.scale(scale, scale)
        self.drawn_text = []
        self.paint_room(p, QRectF(0, 0, wide, tall))
        p.end()

    def note_text(self, px: float, text: str, cut: bool) -> None:
        self.drawn_text.append((px, text, cut))

    def paint_room(self, p: QPainter, area: QRectF) -> None:
        """Each board's room view draws itself (page ``self.page``) here, on the canvas
        (``area``) scaled to fit."""
        raise NotImplementedError(f"{type(self).__name__} must draw its room view")


class _Trial(QPicture):
    """A paint recorded to see where it reaches: its shapes' bounds (``boundingRect``, which
    leaves text out) and its texts' boxes, on the widget."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[QRectF] = []


def pack_pages(heights: Sequence[float], room: float) -> list[range]:
    """Consecutive items of ``heights`` in pages of at most ``room`` (at least one each)."""
    pages: list[range] = []
    start, used = 0, 0.0
    for i, height in enumerate(heights):
        if i > start and used + height > room:
            pages.append(range(start, i))
            start, used = i, 0.0
        used += height
    if start < len(heights):
        pages.append(range(start, len(heights)))
    return pages


def text_height(text: str, width: float, px: int, *, bold: bool = False) -> float:
    """How tall ``text`` is wrapped at ``width``, as ``draw_text`` draws it: each line as tall
    as its tallest font (an Urdu line is about twice a Latin one), a word wider than the line
    broken inside it."""
    return _height(text, width, pixel_font(px, bold=bold), WRAP)[0]


def _height(text: str, width: float, font: QFont, flags: int) -> tuple[float, bool]:
    """``text``'s height as drawn with ``flags`` at ``width``, and whether a word is wider than
    the line (a URL, Llanfairpwll…gogogoch): Qt's word wrap lets it run out of its box, over
    the next card or off the screen, so ``draw_text`` breaks it inside, as the wall's cards
    and the PDFs do."""
    box = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10_000), flags, text)
    if not flags & WRAP or box.width() <= width + 0.5:
        return box.height(), False
    lines = laid_out_lines(text, font, width)
    return (lines[-1][2] if lines else box.height()), True


def text_pieces(text: str, width: float, most: float) -> list[str]:
    """``text`` in pieces each at most ``most`` high across ``width`` in body type (whole
    words), for a card that goes on under its label "(continued)" on the next column or page."""
    pieces: list[str] = []
    words = re.findall(r"\S+\s*", text)
    while words:
        fits, low, high = 1, 1, len(words)  # a word taller than the room alone still goes
        while low <= high:
            mid = (low + high) // 2
            if text_height("".join(words[:mid]).rstrip(), width, BODY_PX) <= most:
                fits, low = mid, mid + 1
            else:
                high = mid - 1
        pieces.append("".join(words[:fits]).rstrip())
        words = words[fits:]
    return pieces


def draw_text(p: QPainter, rect: QRectF, text: str, px: int = BODY_PX, *, bold: bool = False,
              colour: QColor = INK, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
              wrap: bool = True) -> None:
    """Draw text in a box; text that does not fit is cut at a whole line with an ellipsis
    (never to "…" alone: at worst its first line shows)."""
    font = pixel_font(px, bold=bold)
    p.setFont(font)
    p.setPen(colour)
    vertical = int(align) & int(Qt.AlignmentFlag.AlignVertical_Mask)
    flags = int(align) | (WRAP if wrap else 0) | (0 if vertical else int(Qt.AlignmentFlag.AlignTop))
    words = text
    needed, broken = _height(text, rect.width(), font, flags)
    if needed > rect.height() + 1:
        text = _fit(text, rect, font, flags)
        needed, broken = _height(text, rect.width(), font, flags)
        if _one_tall_line(text, needed, rect, font):  # centred, its letters are in the box
            flags = flags & ~int(Qt.AlignmentFlag.AlignVertical_Mask) \
                | int(Qt.AlignmentFlag.AlignVCenter)
    if not wrap:
        text = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    if broken:
        option = QTextOption(Qt.AlignmentFlag(flags & ~WRAP))
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        p.drawText(rect, text, option)
    else:
        p.drawText(rect, flags, text)
    note_drawn(p, rect, px, words, text != words)


def note_drawn(p: QPainter, rect: QRectF, px: int, words: str, cut: bool) -> None:
    """Tell the canvas (what the tests read) or a trial paint what text was drawn where."""
    if isinstance(device := p.device(), RoomCanvas):
        device.note_text(px * p.worldTransform().m11(), words, cut)
    elif isinstance(device, _Trial):
        device.texts.append(p.worldTransform().mapRect(rect))


def _one_tall_line(text: str, needed: float, rect: QRectF, font: QFont) -> bool:
    """Whether ``text`` is one line in a font taller than the main one (Urdu's is about
    twice) and still taller than its box, which was measured for one line of the main font:
    its line's height is mostly room for marks above and below, so centred on the box its
    letters are drawn in it (a one-line box of Urdu had read "Because: …")."""
    metrics = QFontMetricsF(font)
    return needed > rect.height() + 1 and needed > metrics.lineSpacing() + 1 and \
        metrics.horizontalAdvance(text) <= rect.width()


def _fit(text: str, rect: QRectF, font: QFont, flags: int) -> str:
    """``text`` cut after a whole word, with "…", to fit ``rect``; one line of a tall font
    (measured for the main one) stays whole."""
    needed, broken = _height(text, rect.width(), font, flags)
    if _one_tall_line(text, needed, rect, font):
        return text
    if broken:  # a word wider than the line, broken inside as drawn: cut by letters where
        # the box ends, as the wall's cards are (by words, a 280-letter name read "I …")
        return elided(text, font, rect.width(),
                      rect.height() + 1 - QFontMetricsF(font).lineSpacing() * 0.5)
    words = text.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words) + " …"
        height = _height(candidate, rect.width(), font, flags)[0]
        if height <= rect.height() + 1 or _one_tall_line(candidate, height, rect, font):
            return candidate
    # not one word fits the box (one line of Urdu where a Latin line was measured): the
    # first line, rather than "…" alone
    return elided(text, font, rect.width(), 0.0)


def _more_lines(text: str, wide: float, px: int, *, bold: bool = False,
                lines: int = 2) -> float:
    """How much taller than one line ``text`` is across the heading's width (``lines`` at
    most: a longer text ends in "…")."""
    width = wide - 120
    line = text_height("Ag", width, px, bold=bold)
    return min(text_height(text, width, px, bold=bold), lines * line) - line if text else 0.0


def heading_bottom(subtitle: bool | str = True, *, title: str = "",
                   wide: float = 1920.0, lines: int = 2) -> float:
    """The y where the content starts under ``draw_heading`` (for a layout planned first).
    Given the ``title`` and ``subtitle`` themselves, either too long for one line across a
    canvas ``wide`` units wide takes two, or up to ``lines`` (as ``draw_heading(...,
    wrap=True, lines=...)`` draws them)."""
    bottom: float = 34 + 64 + (44 if subtitle else 0) + 18
    bottom += _more_lines(title, wide, HEADING_PX, bold=True, lines=lines)
    return bottom + (_more_lines(subtitle, wide, SMALL_PX, lines=lines)
                     if isinstance(subtitle, str) else 0)


def draw_heading(p: QPainter, area: QRectF, title: str, subtitle: str = "", *,
                 wrap: bool = False, lines: int = 2) -> float:
    """The view's title across the top; returns the y where the content starts. ``wrap``: a
    title or subtitle too long for one line takes two (or ``lines``) rather than end in "…"
    (a workshop's title is three lines across an 800x600 projector)."""
    wide = area.width()
    more = _more_lines(title, wide, HEADING_PX, bold=True, lines=lines) if wrap else 0.0
    draw_text(p, QRectF(area.left() + 60, 34, wide - 120, 64 + more), title, HEADING_PX,
              bold=True, wrap=wrap)
    if subtitle:
        extra = _more_lines(subtitle, wide, SMALL_PX, lines=lines) if wrap else 0.0
        draw_text(p, QRectF(area.left() + 60, 34 + 64 + more, wide - 120, 44 + extra),
                  subtitle, SMALL_PX, colour=ROOM_MUTED, wrap=wrap)
    if not wrap:
        return heading_bottom(bool(subtitle))
    return heading_bottom(subtitle, title=title, wide=wide, lines=lines)


def draw_kind_badge(p: QPainter, rect: QRectF, kind: Kind, px: int = SMALL_PX, *,
                    short: bool = False) -> None:
    """The kind as a coloured pill with its symbol and word (never colour alone), or
    ``short``, its symbol alone: white on the kind's dark ink (7:1 or more)."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(KIND_INKS[kind])
    p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    draw_text(p, rect, kind.symbol if short else kind_text(kind), px, bold=True,
              colour=QColor("#FFFFFF"), align=Qt.AlignmentFlag.AlignCenter, wrap=False)


def draw_card(p: QPainter, rect: QRectF, *, edge: QColor | None = None,
              face: QColor | None = None, radius: float = 14) -> None:
    """A light card with a soft border and an optional coloured band down its left edge."""
    p.setPen(QPen(QColor("#C9C5BA"), 2))
    p.setBrush(face or CARD_FACE)
    p.drawRoundedRect(rect, radius, radius)
    if edge is not None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(edge)
        p.drawRoundedRect(QRectF(rect.left(), rect.top(), 12, rect.height()), 6, 6)


def draw_more(p: QPainter, rect: QRectF, hidden: int, what: str) -> None:
    if hidden > 0:
        draw_text(p, rect, f"… and {hidden} more {what}", SMALL_PX, colour=ROOM_MUTED,
                  wrap=False)
