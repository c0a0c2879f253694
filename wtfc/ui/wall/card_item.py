"""One card on the wall: a custom-painted item with its words in a cached ``QStaticText``.

A ``CardItem`` stands for one placement of a card: the card in a theme, or unsorted. A card
copied into two themes has two items. Painting is the hot path of the wall (see
shared/research/performance-anchors.md): the words are laid out once into a ``QStaticText``
(only when first drawn legibly, so a 10,000-card wall seen whole lays out none), and when the
card is too small on screen to read it is drawn as a few grey bars instead.

Two looks: ``note`` (the facilitator's sticky note: a kind band on the left, the words, then
the kind's symbol and word at the foot) and ``strip`` (the room view: a compact line of large
words after the kind's coloured edge and symbol; the theme header carries the kind's word).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QStaticText,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from wtfc.model.workshop import Card
from wtfc.ui.held_back_words import details_on_screen, words_on_screen
from wtfc.ui.paint_cache import label, metrics, shared_font
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.style import (
    CARD_FACE,
    FOCUS,
    HELD_BACK,
    INK,
    KIND_COLOURS,
    KIND_INKS,
    MUTED_INK,
    SELECTION,
    WARNING_EDGE,
    WARNING_FILL,
)

NOTE_TEXT_PX = 17
NOTE_BAND = 8.0
NOTE_FOOT = 26.0  # the row with the kind's symbol and word
HELD_FILL, HELD_EDGE = WARNING_FILL, WARNING_EDGE  # a held-back card looks like a warning
CARD_EDGE = QColor("#C9C6BE")
BAR = QColor("#B9B6AE")
HIGHLIGHT = QColor("#E69F00")  # Okabe-Ito orange: "the suggestion means these cards"
MIN_READABLE_PX = 6.0  # below this on screen the words are noise: draw bars instead
# The smallest the view makes the words by itself (opening, a kind filter, a fit kept as the
# wall grows), in screen pixels: a desktop's usual 9-point type, readable on a laptop and on a
# projector showing its screen. Smaller only when the facilitator zooms out or fits it all.
READABLE_TEXT_PX = 12.0
# Between words, and inside a word wider than the line (a URL, Llanfairpwll…gogogoch), which
# ran out of the card over its neighbour; the room's measures count lines the same way.
WRAP = QTextOption()
WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
CARD_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
              | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
              | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)  # built once: 10,000 cards


def held_back_foot(card: Card, shown: bool, width: float | None = None) -> str:
    """The held-back note at a card's foot: the found words themselves only when the
    facilitator has chosen to show them on this screen (it may be the projector's).

    Within ``width`` (bold 12 px) it keeps as many details as fit, then "…" for the rest; on a
    note too narrow for "Personal details?" and two of them it says "Details?". Cut off at the
    card's edge, "⚠ Personal details? [name]," did not say that more was held back.
    """
    found = details_on_screen(card, shown).split(", ")
    fits, room = metrics(12, True), math.inf if width is None else width
    note = ""
    for prefix in ("⚠ Personal details? ", "⚠ Details? "):
        for count in range(min(len(found), 4), 0, -1):
            note = prefix + ", ".join(found[:count]) + (" …" if len(found) > count else "")
            if fits.horizontalAdvance(note) <= room:
                return note
    return fits.elidedText(note, Qt.TextElideMode.ElideRight, room)  # one long detail


# A line break typed in the card dialog (Enter) is no break to QTextLayout/QStaticText: it drew
# as nothing, "My carer comes\nat 7" read "My carer comesat 7". Qt's line separator is one;
# a tab drew as a wide gap.
_SHOWN = str.maketrans({"\r": "\n", "\t": " "})


def shown_lines(text: str) -> str:
    """A card's words as typed, for Qt's text layouts: each line break (Enter, or Windows'
    CR LF) Qt's line separator, a tab a space. What draws card words and what measures them
    for the room both use it, so a card is given the height it is drawn at.

    Blank lines (or lines of spaces) are left out, at the start, the end and between lines: a
    note has about five lines, and paragraphs pasted from an email used them up, so the last
    sentence went and "…" stood alone."""
    if "\n" not in text and "\r" not in text and "\t" not in text:
        return text  # most cards: three scans, 100x quicker than translate's (10,000 cards)
    lines = text.replace("\r\n", "\n").translate(_SHOWN).split("\n")
    return "\u2028".join(line for line in lines if line.strip())


def laid_out_lines(text: str, font: QFont, width: float) -> list[tuple[int, int, float]]:
    """Each line of ``text`` as Qt draws it wrapped at ``width``: its start, length and bottom.
    A line is as tall as the tallest font on it: Urdu's lent Noto Sans Arabic is about twice
    the main font's line, so lines times the main font's line spacing is not the height."""
    layout = QTextLayout(text, font)
    layout.setTextOption(WRAP)
    lines: list[tuple[int, int, float]] = []
    bottom = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, bottom))
        bottom += line.height()
        lines.append((line.textStart(), line.textLength(), bottom))
    layout.endLayout()
    return lines


def elided(text: str, font: QFont, width: float, max_height: float) -> str:
    """``text`` shortened at a word boundary, ending in "…", so it wraps within the box.

    One layout of the whole text finds the lines that fit; only the last of those is then
    shortened, word by word, until the "…" fits after it (cheap: one line's width each time).
    Never "…" alone: at worst the first line is kept (a theme's name in Urdu, taller than the
    box measured for it, was shown to the room as a bare "…").
    """
    lines = laid_out_lines(text, font, width)
    room = max_height + QFontMetricsF(font).lineSpacing() * 0.5  # a line fits or it does not
    if not lines or lines[-1][2] <= room:
        return text
    fitting = [line for line in lines if line[2] <= room]
    if not fitting and len(lines) == 1:
        return text  # one line, taller than the box: whole, not "…"
    kept = fitting or lines[:1]
    while len(kept) > 1 and not text[kept[-1][0]:kept[-1][0] + kept[-1][1]].strip():
        kept = kept[:-1]  # a blank line: the "…" goes after the words above it, not alone
    start, length, _ = kept[-1]
    shown = text[start:start + length]
    last = shown.split()
    metrics = QFontMetricsF(font)
    while last and metrics.horizontalAdvance(" ".join(last) + " …") > width:
        last.pop()
    if not last:  # a word broken inside (a URL): shortened by letters instead
        cut = metrics.elidedText(shown.rstrip() + "…", Qt.TextElideMode.ElideRight, width)
        return (text[:start] + cut).strip() or shown
    return f"{(text[:start] + ' '.join(last)).rstrip()} …"


class CardItem(QGraphicsItem):
    """A card placed in a theme (``theme_id``) or unsorted (``theme_id`` None)."""

    def __init__(self, card: Card, theme_id: str | None, size: tuple[float, float], *,
                 look: str = "note", font_px: int = NOTE_TEXT_PX, themes_count: int = 1,
                 interactive: bool = True, held_back_shown: bool = False) -> None:
        super().__init__()
        self.card = card
        self.held_back_shown = held_back_shown  # a held-back card's found words, on this screen
        self.theme_id = theme_id
        self.look = look
        self.font_px = font_px
        self.themes_count = themes_count
        self._size = size
        self._bounds = QRectF(-6, -6, size[0] + 12, size[1] + 12)  # + selection, focus, highlight
        self.highlighted = False
        self._static: QStaticText | None = None
        self._foot: tuple[str, str] | None = None  # a note's foot words, kept as _static is
        self._badge: str | None = None  # a held-back note's foot, as it fits
        self._font = shared_font(font_px)
        if interactive:
            self.setFlags(CARD_FLAGS)
            self.setToolTip(self.tip())
        self.setZValue(1.0)

    # -- what the scene changes ----------------------------------------------------------------
    @property
    def key(self) -> tuple[str, str | None]:
        return (self.card.id, self.theme_id)

    def set_card(self, card: Card, themes_count: int) -> None:
        if card is self.card and themes_count == self.themes_count:
            return
        self.card = card
        self.themes_count = themes_count
        self._static = None
        self._foot = self._badge = None
        if self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable:
            self.setToolTip(self.tip())
        self.update()

    def set_held_back_shown(self, on: bool) -> None:
        if on != self.held_back_shown:
            self.held_back_shown = on
            if self.card.held_back:
                self._static = self._badge = None
                if self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable:
                    self.setToolTip(self.tip())
                self.update()

    def words(self) -> str:
        """The words this card shows: a held-back card's found details as placeholders unless
        the facilitator has chosen to show them on this screen."""
        return words_on_screen(self.card, self.held_back_shown)

    def tip(self) -> str:
        """The card's words in full, as typed: "I get <b>no</b> help" was a bold "no"."""
        if not self.card.held_back:
            return plain_tip(self.card.text)
        return plain_tip(
            f"{self.words()}\n\nHeld back from the room and exports: possible personal "
            f"details ({details_on_screen(self.card, self.held_back_shown)})"
            + ("." if self.held_back_shown else
               ", hidden on this screen. Room view → Show held-back details shows them."))

    def set_size(self, size: tuple[float, float]) -> None:
        if size != self._size:
            self.prepareGeometryChange()
            self._size = size
            self._bounds = QRectF(-6, -6, size[0] + 12, size[1] + 12)
            self._static = None
            self._foot = self._badge = None

    def set_highlighted(self, on: bool) -> None:
        """A thick ring: the card is in the suggestion (or like the card) being looked at."""
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def text_rect(self) -> QRectF:
        """Where the words go, in item coordinates."""
        w, h = self._size
        if self.look == "strip":
            pad = round(self.font_px * 0.25)
            edge = round(self.font_px * 1.6)
            return QRectF(edge, pad, w - edge - round(self.font_px * 0.4), h - 2 * pad)
        foot = NOTE_FOOT + (6 if self.card.held_back else 0)
        return QRectF(NOTE_BAND + 10, 9, w - NOTE_BAND - 18, h - 12 - foot)

    def text_pixel_size(self, scale: float) -> float:
        """How tall (font pixel size) the words appear at a view scale: the legibility figure."""
        return self.font_px * scale

    # -- painting ------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        w, h = self._size
        colour = KIND_COLOURS[self.card.kind]
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        held = self.card.held_back
        if self.look == "note":
            painter.setPen(QPen(HELD_EDGE, 2, Qt.PenStyle.DashLine) if held
                           else QPen(CARD_EDGE, 1))
            painter.setBrush(CARD_FACE)
            painter.drawRoundedRect(QRectF(0, 0, w, h), 5, 5)
            band = NOTE_BAND
        else:  # a row of the theme's list: square, no border
            painter.fillRect(QRectF(0, 0, w, h), CARD_FACE)
            band = max(6.0, self.font_px * 0.3)
        painter.fillRect(QRectF(0.5, 0.5, band, h - 1), colour)
        if lod * self.font_px < MIN_READABLE_PX:
            self._paint_bars(painter, band, w, h)
        else:
            self._paint_words(painter, colour, w, h)
        if self.highlighted:
            painter.setPen(QPen(HIGHLIGHT, 5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(-3.5, -3.5, w + 7, h + 7), 7, 7)
        # isSelected()/hasFocus() are what Qt puts in option.state; asking the item directly
        # keeps QStyle (whose enums take ~14 ms to build) out of start-up.
        if self.isSelected():
            painter.setPen(QPen(SELECTION, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(-1.5, -1.5, w + 3, h + 3), 6, 6)
        if self.hasFocus():
            painter.setPen(QPen(FOCUS, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(-3.5, -3.5, w + 7, h + 7), 7, 7)

    def _paint_bars(self, painter: QPainter, band: float, w: float, h: float) -> None:
        left = band + 10
        for i, fraction in enumerate((0.85, 0.7, 0.5)):
            painter.fillRect(QRectF(left, 12 + i * 22, (w - left - 10) * fraction, 10), BAR)
        if self.card.held_back:
            painter.fillRect(QRectF(left, h - 26, w - left - 10, 16), HELD_FILL)

    def _paint_words(self, painter: QPainter, colour: QColor, w: float, h: float) -> None:
        rect = self.text_rect()
        if self._static is None:
            self._static = self._prepare(rect)
        painter.setFont(self._font)
        if self.look == "strip":
            painter.setPen(KIND_INKS[self.card.kind])  # 7:1 on the card: darker(115) was 4.4
            painter.setFont(shared_font(self.font_px, True))
            painter.drawText(QRectF(self.font_px * 0.35, rect.top(), self.font_px * 1.2,
                                    self.font_px * 1.4),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self.card.kind.symbol)
            painter.setFont(self._font)
        painter.setPen(INK)
        painter.drawStaticText(rect.topLeft(), self._static)
        if self.look == "note":
            self._paint_foot(painter, colour, w, h)

    def _prepare(self, rect: QRectF) -> QStaticText:
        """The words laid out to wrap in ``rect``; most cards fit whole, so lay out the whole
        text first and shorten it (a few more layouts) only when it overflows."""
        text = shown_lines(self.words())
        static = self._laid_out(text, rect.width())
        slack = metrics(self.font_px).lineSpacing() * 0.5  # as elided(): a line fits or it does not
        if static.size().height() > rect.height() + slack:
            static = self._laid_out(elided(text, self._font, rect.width(),
                                           rect.height()), rect.width())
        return static

    def _laid_out(self, text: str, width: float) -> QStaticText:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.setTextWidth(width)
        static.setTextOption(WRAP)
        static.prepare(font=self._font)
        return static

    def _paint_foot(self, painter: QPainter, colour: QColor, w: float, h: float) -> None:
        left = NOTE_BAND + 10
        if self.card.held_back:
            box = QRectF(left - 4, h - NOTE_FOOT - 8, w - left - 4, NOTE_FOOT + 2)
            painter.fillRect(box, HELD_FILL)
            painter.setPen(HELD_BACK)
            painter.setFont(shared_font(12, True))
            painter.drawText(box.adjusted(4, 0, -4, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                             self.held_back_badge())
            return
        baseline = h - 10  # static text is placed by its top left: step up by the ascent
        painter.setFont(shared_font(13, True))
        painter.setPen(KIND_INKS[self.card.kind])
        painter.drawStaticText(QPointF(left, baseline - metrics(13, True).ascent()),
                               label(self.card.kind.symbol, 13, True))
        painter.setPen(MUTED_INK)
        painter.setFont(shared_font(12))
        top = baseline - metrics(12).ascent()
        if self._foot is None:  # measured once per card and size, not on every paint
            self._foot = self.foot_words()
        kind, extra = self._foot
        if kind:
            painter.drawStaticText(QPointF(left + 17, top), label(kind, 12))
        if extra:
            words = label(extra, 12)
            painter.drawStaticText(QPointF(max(left + 17, w - 10 - words.size().width()), top),
                                   words)

    def badge_width(self) -> float:
        """The width of the words in a held-back note's yellow box (as ``_paint_foot``)."""
        return self._size[0] - (NOTE_BAND + 10) - 12

    def held_back_badge(self) -> str:
        """The held-back note at the foot, shortened with "…" to its box (measured once)."""
        if self._badge is None:
            self._badge = held_back_foot(self.card, self.held_back_shown, self.badge_width())
        return self._badge

    def foot_words(self) -> tuple[str, str]:
        """A note's foot, after its kind symbol: the kind's word on the left, "in 2 themes ·
        P05" on the right. When both do not fit, the symbol alone names the kind; before, the
        two ran into each other ("Not workingin 2 themes")."""
        extra = self.card.person
        if self.themes_count > 1:
            extra = f"in {self.themes_count} themes" + (f" · {extra}" if extra else "")
        room = self._size[0] - 10 - (NOTE_BAND + 10 + 17) - 8
        used = metrics(12).horizontalAdvance(self.card.kind.label) + \
            (metrics(12).horizontalAdvance(extra) if extra else 0)
        return (self.card.kind.label if used <= room else "", extra)
