"""A theme's panel on the room wall, its header as the room layout measured it.

The facilitator's ``BlockItem`` shortens its count to "Not working · 10" in a narrow column;
the room's says "10 cards" on every header, the count on a line of its own under the kind's
word when the wall's columns are too narrow for both (``RoomMetrics.count_lines``). Cards held
back by the personal-detail guard are counted and said, "5 cards (3 not shown)": a theme all
held back read "★ Future · 0 cards", the room none the wiser why. The part
of a theme carried on to another column or page is headed by its name and "(continued)".
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QStaticText

from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Kind
from wtfc.ui.paint_cache import label, metrics, shared_font
from wtfc.ui.style import INK, KIND_INKS, ROOM_MUTED
from wtfc.ui.wall.block_item import BlockItem, count_phrase
from wtfc.ui.wall.card_item import WRAP, elided
from wtfc.ui.wall.room_measure import (
    CONTINUED,
    COUNT_INDENT,
    RoomMetrics,
    cards_phrase,
    count_words,
)


def room_title(name: str, continued: bool) -> str:
    """The header's name: one with no words to read (an older file's "" or lone zero-width
    space) as the posters and report print it, "Unnamed theme", never a blank header."""
    shown = shown_theme_name(name)
    return shown + CONTINUED if continued else shown


class RoomBlockItem(BlockItem):
    """A theme (or a part of one) on the room wall, sized by ``RoomMetrics``."""

    def __init__(self, key: str, kind: Kind, theme_id: str | None, m: RoomMetrics) -> None:
        super().__init__(key, kind, theme_id, title_px=m.title_px, count_px=m.count_px,
                         pad=m.pad)
        self.metrics = m
        self.hidden = 0  # the theme's cards held back, not shown to the room

    def set_hidden(self, hidden: int) -> None:
        if hidden != self.hidden:
            self.hidden = hidden
            self._title_text = None  # the lines under the name, and so its room, may change
            self.update()

    def count_text(self) -> list[str]:
        """The count line(s) after the kind symbol, as drawn."""
        lines = self.metrics.count_lines
        if lines == 1:
            return [count_words(self.kind, self.count, self.hidden)]
        if lines == 2 or not self.hidden:
            return [self.kind.label, cards_phrase(self.count, self.hidden)]
        return [self.kind.label, count_phrase(self.count), f"({self.hidden:,} not shown)"]

    def shown_title(self) -> str:
        """The name as drawn: whole, unless the header the layout measured is too short for
        the way Qt wraps it (then shortened with "…")."""
        room = self.header_height - 2 * self.pad \
            - len(self.count_text()) * metrics(self.count_px).lineSpacing() + 2
        return elided(self.title, shared_font(self.title_px, True),
                      self._rect.width() - 2 * self.pad, room)

    def _paint_header(self, painter: QPainter, colour: QColor) -> None:
        count_line = metrics(self.count_px).lineSpacing()
        lines = self.count_text()
        if self._title_text is None:
            self._title_text = QStaticText(self.shown_title())
            self._title_text.setTextFormat(Qt.TextFormat.PlainText)  # a name is never HTML
            self._title_text.setTextWidth(self._rect.width() - 2 * self.pad)
            self._title_text.setTextOption(WRAP)  # as ``elided`` measured it
            self._title_text.prepare(font=shared_font(self.title_px, True))
        painter.setPen(INK)
        painter.setFont(shared_font(self.title_px, True))
        painter.drawStaticText(QPointF(self.pad, self.pad), self._title_text)
        top = self.header_height - len(lines) * count_line - self.pad
        symbol = label(self.kind.symbol, self.count_px, True)
        painter.setFont(shared_font(self.count_px, True))
        painter.setPen(KIND_INKS[self.kind])  # 7:1 on the tint: darker(130) was 4.8-6.6
        painter.drawStaticText(QPointF(self.pad, top + (count_line - symbol.size().height()) / 2),
                               symbol)
        painter.setFont(shared_font(self.count_px))
        painter.setPen(ROOM_MUTED)
        left = self.pad + self.count_px * COUNT_INDENT
        for n, words in enumerate(lines):
            text = label(words, self.count_px)
            y = top + n * count_line + (count_line - text.size().height()) / 2
            painter.drawStaticText(QPointF(left, y), text)
