"""The read-out card on the projector, with the themes it could join under it.

In the method the room, not the facilitator, decides where each card goes (seeds/003), so the
room needs the card and the groups of its colour at once, as the paper wall gives them. Under
the card: the themes of the card's kind, numbered as the facilitator's read-out list and the
wall's headers number them (``layout.theme_numbers``), each with its card count, so people can
say "that goes with number 2". The kind is said in words and symbol above the list, never by
colour alone. Themes that do not fit end in "and 4 more".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind
from wtfc.ui.style import WALL_BACKGROUND, pixel_font
from wtfc.ui.wall.block_item import count_phrase
from wtfc.ui.wall.layout import theme_numbers, wall_themes
from wtfc.ui.wall.readout_card import MIN_TEXT_PX, ReadOutCard

LIST_SHARE = 0.4  # of the height, at most, for the themes: the card keeps the rest
SPACING = 1.3  # line pitch over type size
HEADING_LINES = 1.4  # the heading's line, a little apart from the rows
MOST_ROWS = 9  # Alt+1…9: past that the room has no number to say


@dataclass(frozen=True)
class ThemeRow:
    """One theme as the room's list says it: "2." (or "" past Alt+9), its name, its count."""

    number: str
    name: str
    count: int
    holds_card: bool  # the card read out is already in it (Previous, or a copy)

    def text(self) -> str:
        here = " · this card" if self.holds_card else ""
        return f"{self.number} {self.name} · {count_phrase(self.count)}{here}".lstrip()


def theme_rows(doc: Document, card: Card, kinds: Sequence[Kind]) -> list[ThemeRow]:
    """The card's kind's themes in the wall's order, numbered as the wall shows ``kinds``."""
    numbers = theme_numbers(doc, kinds if card.kind in kinds else (card.kind,))
    return [ThemeRow(f"{numbers[t.id]}." if t.id in numbers else "", t.name,
                     len(t.card_ids), card.id in t.card_ids)
            for t in wall_themes(doc, (card.kind,))]


def row_line(name: str, tail: str) -> str:
    """The name and its count as painted: the name isolated (FSI…PDI), so that an Urdu or
    Arabic name neither turns the line right to left nor pulls " · 3 cards" round itself."""
    return f"\u2068{name}\u2069{tail}"


def list_px(height: float) -> int:
    """The themes' type: a thirtieth of the screen's height, never under 24 px."""
    return max(MIN_TEXT_PX, round(height / 30))


class RoomReadOut(ReadOutCard):
    """``ReadOutCard`` for the room, the card on top and its kind's themes below; ``kinds``
    are the kinds the facilitator's wall shows (they number the themes)."""

    def __init__(self, doc: Document, kinds: Sequence[Kind], parent: QWidget | None = None
                 ) -> None:
        super().__init__(room=True, parent=parent)
        self.doc = doc
        self.kinds = tuple(kinds)
        self.rows_drawn: list[str] = []  # what the list last said, as drawn (names shortened)

    def set_kinds(self, kinds: Sequence[Kind]) -> None:
        self.kinds = tuple(kinds)
        self._update_accessible()
        self.update()

    def rows(self) -> list[ThemeRow]:
        card = self.shown_card()
        return theme_rows(self.doc, card, self.kinds) if card is not None else []

    def heading(self) -> str:
        card = self.shown_card()
        if card is None:
            return ""
        kind = f"{card.kind.symbol} {card.kind.label}"
        if not self.rows():
            return f"No {kind} themes yet: this card can start the first"
        return f"{kind} themes: which does this card go with?"

    def _update_accessible(self) -> None:
        super()._update_accessible()
        if self.shown_card() is not None:  # the list is painted too: a screen reader hears it
            said = "; ".join(row.text() for row in self.rows())
            card = self.accessibleDescription().rstrip(".")
            self.setAccessibleDescription(f"{card}. {self.heading()} {said}".rstrip())

    # -- where things go -----------------------------------------------------------------------
    def _margin(self) -> float:
        return min(self.width(), self.height()) * 0.05  # as ``ReadOutCard.card_rect``

    def _line(self) -> float:
        return list_px(self.height()) * SPACING

    def plan(self) -> tuple[list[ThemeRow], int, int, int]:
        """(rows shown, how many more, columns, rows per column). One column while the rows
        fit under ``LIST_SHARE`` of the height, else two (shorter, giving the card the room);
        at most ``MOST_ROWS`` themes, the rest "and N more"."""
        rows = self.rows()
        fit = max(1, int(self.height() * LIST_SHARE / self._line() - HEADING_LINES))
        places = fit if len(rows) <= fit else 2 * fit
        shown = rows[:min(MOST_ROWS, places)]
        if len(shown) < len(rows) and len(shown) == places:
            shown = shown[:-1]  # the last place says "and N more"
        lines = len(shown) + (len(shown) < len(rows))
        columns = 1 if lines <= fit else 2
        return shown, len(rows) - len(shown), columns, -(-lines // columns)

    def _list_height(self) -> float:
        return self._line() * (HEADING_LINES + self.plan()[3])

    def card_rect(self) -> QRectF:
        rect = super().card_rect()
        if self.shown_card() is None:
            return rect  # "Next card coming" or why there is none: the whole screen
        return rect.adjusted(0, 0, 0, -self._list_height() - self._margin() * 0.4)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.shown_card() is None:
            self.rows_drawn = []
            return
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        card = self.card_rect()
        box = QRectF(card.left(), card.bottom() + self._margin() * 0.4, card.width(),
                     self._list_height())
        self._paint_list(painter, box)
        painter.end()

    def _paint_list(self, painter: QPainter, box: QRectF) -> None:
        px, line = list_px(self.height()), self._line()
        painter.setPen(WALL_BACKGROUND)  # light on the room's dark ground, as the card's frame
        painter.setFont(pixel_font(px, bold=True))
        painter.drawText(QRectF(box.left(), box.top(), box.width(), line * HEADING_LINES),
                         Qt.AlignmentFlag.AlignVCenter, self._elided(self.heading(), px,
                                                                    box.width(), bold=True))
        shown, more, columns, per_column = self.plan()
        gap = px * 1.5
        width = (box.width() - gap * (columns - 1)) / columns
        top = box.top() + line * HEADING_LINES
        cells = [QRectF(box.left() + (i // per_column) * (width + gap),
                        top + (i % per_column) * line, width, line)
                 for i in range(len(shown) + bool(more))]
        self.rows_drawn = [self._paint_row(painter, cell, row, px)
                           for cell, row in zip(cells, shown, strict=False)]
        if more:
            painter.setFont(pixel_font(px))
            painter.drawText(cells[-1], Qt.AlignmentFlag.AlignVCenter, f"and {more} more")
            self.rows_drawn.append(f"and {more} more")

    def _paint_row(self, painter: QPainter, cell: QRectF, row: ThemeRow, px: int) -> str:
        """The number bold (what people say aloud), the name shortened to leave the count
        whole; returns the row as drawn."""
        bold, plain = pixel_font(px, bold=True), pixel_font(px)
        number = f"{row.number} " if row.number else ""
        tail = f" · {count_phrase(row.count)}" + (" · this card" if row.holds_card else "")
        x = cell.left()
        if number:
            painter.setFont(bold)
            painter.drawText(cell, Qt.AlignmentFlag.AlignVCenter, number)
            x += QFontMetricsF(bold).horizontalAdvance(number)
        room = cell.right() - x - QFontMetricsF(plain).horizontalAdvance(tail)
        name = self._elided(row.name, px, room)
        painter.setFont(plain)
        painter.drawText(QRectF(x, cell.top(), cell.right() - x, cell.height()),
                         Qt.AlignmentFlag.AlignVCenter, row_line(name, tail))
        return f"{number}{name}{tail}"

    @staticmethod
    def _elided(text: str, px: int, width: float, *, bold: bool = False) -> str:
        return QFontMetricsF(pixel_font(px, bold=bold)).elidedText(
            text, Qt.TextElideMode.ElideRight, width)
