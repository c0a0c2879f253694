"""One card, very large: the read-out card the facilitator reads to the room.

The words get the largest type that fits the widget (a tenth of its height at most, so a short
card does not shout), with the kind's band (in its dark ink), symbol and word above them. Used
both on the facilitator's read-out page and, read-only, on the projector. A held-back card is
never drawn when ``room`` is set: the room sees a quiet "next card" panel instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind
from wtfc.ui.held_back_words import details_on_screen, words_on_screen
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.style import (
    CARD_FACE,
    HELD_BACK,
    INK,
    KIND_INKS,
    MUTED_INK,
    WALL_BACKGROUND,
    kind_text,
    pixel_font,
)
from wtfc.ui.wall.card_item import HELD_EDGE, HELD_FILL
from wtfc.ui.wall.readout_fit import draw_in, fits_broken, fits_whole, text_height

MIN_TEXT_PX = 24
NO_CARD = "No card to read out"  # until told why (``nothing_to_read_out``)
NO_CARDS_YET = "No cards yet: bring them in on 2 Collect (Ctrl+2)."


def nothing_to_read_out(doc: Document, kinds: Sequence[Kind], *, room: bool = False) -> str:
    """Why read-out mode has no card to show: no cards at all, none of the kind the wall's
    filter shows (F5 shows every kind), only held-back ones left unsorted, or every card in a
    theme. It said "All cards are in themes" for a workshop with no cards. ``room``: as the
    projector says it, without the facilitator's keys and steps."""
    if not doc.workshop.cards:
        return "No cards yet." if room else NO_CARDS_YET
    shown = [c for c in doc.workshop.cards if c.kind in kinds]
    if not shown:
        kinds_said = ' or '.join(kind_text(k) for k in kinds)
        return f"No {kinds_said} cards." if room else \
            f"No {kinds_said} cards: F5 shows every kind."
    placed = doc.themes_of_card()
    if any(c.held_back and c.id not in placed for c in shown):
        return "The cards left are being checked before they are shown." if room else (
            "The cards not yet in a theme are held back for personal details: check them "
            "on the wall.")
    every = "" if len(kinds) > 1 else f"{kind_text(kinds[0])} "
    return f"All {every}cards are in themes"


def fitted_text_px(text: str, width: float, height: float, most: int) -> int:
    """The largest pixel size (≤ ``most``) at which ``text`` wraps inside width × height
    without breaking a word; when no size keeps every word whole (a pasted link), the largest
    at which it fits broken; ``MIN_TEXT_PX`` when none does (``draw_in`` then ends what fits
    with "…")."""
    size = _largest(lambda px: fits_whole(text, px, width, height), most)
    if size == MIN_TEXT_PX and not fits_whole(text, size, width, height):
        size = _largest(lambda px: fits_broken(text, px, width, height), most)
    return size


def _largest(fits: Callable[[int], bool], most: int) -> int:
    low, high = MIN_TEXT_PX, max(MIN_TEXT_PX, most)
    while low < high:  # binary search: the layout is the slow part
        mid = (low + high + 1) // 2
        if fits(mid):
            low = mid
        else:
            high = mid - 1
    return low


class ReadOutCard(QWidget):
    """Paints ``card`` as large as fits; ``room`` hides held-back cards and facilitator notes."""

    def __init__(self, card: Card | None = None, *, room: bool = False, note: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.room = room
        self.note = note  # e.g. "Card 3 of 42 · in 'I feel like a package'" (facilitator only)
        self.empty_text = NO_CARD  # why there is none: the read-out page says
        self.text_px = 0  # the size the words were last drawn at: the legibility figure
        self.foot_font = pixel_font(16)
        # what the last paint drew, and where: the words and the foot, "…" ending either cut
        self.drawn_words = self.drawn_foot = ""
        self.text_box = self.foot_box = QRectF()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Read-out card")
        self._update_accessible()

    def set_card(self, card: Card | None, note: str = "", *,
                 empty_text: str | None = None) -> None:
        """Show ``card``; with none, ``empty_text`` (when given) says why."""
        self.card, self.note = card, note
        if empty_text is not None:
            self.empty_text = empty_text
        self._update_accessible()
        self.update()

    def shown_card(self) -> Card | None:
        """The card the widget shows: never a held-back card on the room view."""
        if self.card is not None and self.room and self.card.held_back:
            return None
        return self.card

    def _update_accessible(self) -> None:
        card = self.shown_card()
        words = words_on_screen(card, False) if card else ""
        self.setAccessibleDescription(f"{card.kind.label}: {words}" if card else
                                      _in_words(self.empty_text))
        self.setToolTip(plain_tip(words) if card and not self.room else "")

    def card_rect(self) -> QRectF:
        w, h = self.width(), self.height()
        margin = min(w, h) * 0.05
        return QRectF(margin, margin, w - 2 * margin, h - 2 * margin)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), WALL_BACKGROUND if not self.room else INK)
        card = self.shown_card()
        rect = self.card_rect()
        if card is None:
            self.text_px = 0
            self.drawn_words = self.drawn_foot = ""  # no card's words drawn by this paint
            painter.setPen(MUTED_INK if not self.room else WALL_BACKGROUND)
            painter.setFont(pixel_font(max(24, int(self.height() / 18))))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             "Next card coming" if self.room and self.card else self.empty_text)
            return
        self._paint_card(painter, card, rect)

    def _paint_card(self, painter: QPainter, card: Card, rect: QRectF) -> None:
        # The dark ink, as every other kind label: white on the bright kind colour was 3.4:1
        # (2.0:1 on a washed-out projector); on the ink it is 7:1 or more.
        colour = KIND_INKS[card.kind]
        held = card.held_back and not self.room
        painter.setPen(QPen(HELD_EDGE, 4, Qt.PenStyle.DashLine) if held else Qt.PenStyle.NoPen)
        painter.setBrush(CARD_FACE)
        painter.drawRoundedRect(rect, 16, 16)
        band = max(rect.height() * 0.12, MIN_TEXT_PX * 1.5)  # a 24 px kind fits a short card
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), rect.width(), band), 16, 16)
        painter.fillRect(QRectF(rect.left(), rect.top() + band / 2, rect.width(), band / 2),
                         colour)
        label_px = max(MIN_TEXT_PX, int(band * 0.5))  # the back of the room reads the kind
        painter.setPen(CARD_FACE)  # white on the band's ink: >= 7:1 on every kind
        painter.setFont(pixel_font(label_px, bold=True))
        pad = rect.width() * 0.04
        painter.drawText(QRectF(rect.left() + pad, rect.top(), rect.width() - 2 * pad, band),
                         Qt.AlignmentFlag.AlignVCenter,
                         f"{card.kind.symbol}  {card.kind.label}")
        foot_words = _foot_words(card) if held else self.note if not self.room else ""
        foot_font = pixel_font(max(16, int(rect.height() * 0.16 * 0.32)), bold=held)
        foot = rect.height() * 0.06
        if foot_words:  # as tall as its words need (a card in two themes: three lines), within
            need = text_height(foot_words, foot_font, rect.width() - 2 * pad - 24 * held)
            foot = min(max(rect.height() * 0.16, need + pad * 0.3 + 4), rect.height() * 0.3)
        text_box = QRectF(rect.left() + pad, rect.top() + band + pad * 0.6,
                          rect.width() - 2 * pad, rect.height() - band - foot - pad * 0.8)
        words = words_on_screen(card, False)  # the read-out card is for the room to read
        self.text_px = fitted_text_px(words, text_box.width(), text_box.height(),
                                      int(self.height() / 9))
        painter.setPen(INK)
        self.text_box, self.foot_font = text_box, foot_font
        self.drawn_words = draw_in(painter, text_box, words, pixel_font(self.text_px))
        foot_box = QRectF(rect.left() + pad, rect.bottom() - foot, rect.width() - 2 * pad,
                          foot - pad * 0.3)
        self.drawn_foot = ""
        if held:
            painter.fillRect(foot_box, HELD_FILL)
            painter.setPen(HELD_BACK)
            foot_box = foot_box.adjusted(12, 0, -12, 0)
        elif foot_words:
            painter.setPen(MUTED_INK)
        self.foot_box = foot_box
        if foot_words:
            self.drawn_foot = draw_in(painter, foot_box, foot_words, foot_font)


def _foot_words(card: Card) -> str:
    return (f"⚠ Held back: {details_on_screen(card, False)} hidden, and kept from the room "
            f"until you redact it or mark it as fine")


def _in_words(text: str) -> str:
    """``text`` for a screen reader: the kinds' words without their symbols ("ballot x")."""
    for kind in Kind:
        text = text.replace(f"{kind.symbol} ", "")
    return text
