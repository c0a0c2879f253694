"""The theme at the top of a why-tree page that carries on an earlier page's reasons.

Page 1 shows the theme in full (its kind, name, and the cards and people counted); a page
carrying on shows it compact, its kind and "Continued from page 1" on one line over its name,
so that a page of one cause and its reasons fits an 800x600 projector at 24 px. The cards are
counted once, on page 1. A page that is one team's says the team under the name (``heading``),
as page 1 does under its counts.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from wtfc.model.workshop import Theme
from wtfc.ui.boards.shown_theme import as_shown
from wtfc.ui.boards.why_tree_items import WRAP, ThemeRootItem, TreeStyle
from wtfc.ui.screen_fonts import lent_count
from wtfc.ui.style import (
    INK,
    KIND_COLOURS,
    KIND_INKS,
    KIND_TINTS,
    ROOM_MUTED,
    kind_text,
    pixel_font,
)


@lru_cache(maxsize=512)  # a room-view plan measures each continued page in every style it tries
def _pill_width(text: str, px: int) -> float:
    return QFontMetricsF(pixel_font(px, bold=True)).horizontalAdvance(text) + px


def _height(text: str, width: float, px: int, *, bold: bool) -> float:
    return _height_kept(text, width, px, bold, lent_count())  # as the cause boxes' heights


@lru_cache(maxsize=1024)
def _height_kept(text: str, width: float, px: int, bold: bool, _lent: int) -> float:
    metrics = QFontMetricsF(pixel_font(px, bold=bold))
    return metrics.boundingRect(QRectF(0, 0, width, 100_000), WRAP, text).height()


def continued_size(theme: Theme, note: str, style: TreeStyle,
                   heading: str = "") -> tuple[float, float]:
    """The compact theme's box: (width, height), for its name as drawn."""
    theme = as_shown(theme)
    inside = style.root_width - 2 * style.pad
    line = style.small_px * 1.6
    beside = _pill_width(kind_text(theme.kind), style.small_px) + 12 + _pill_width(
        note, style.small_px) <= inside  # the note beside the kind, else under it
    head = line if beside else 2 * line + 8
    name = _height(theme.name, inside, style.text_px, bold=True)
    team = 6 + _height(heading, inside, style.small_px, bold=False) if heading else 0.0
    return style.root_width, style.pad + head + 8 + name + team + style.pad


class ContinuedRootItem(ThemeRootItem):
    """The theme, compact, with where the page carries on from (``note``)."""

    def __init__(self, theme: Theme, note: str, style: TreeStyle, heading: str = "") -> None:
        theme = as_shown(theme)  # "Unnamed theme" for a name with no words, never blank
        super().__init__(theme, [], style)
        self.note = note
        self.heading = heading
        self._rect = QRectF(0, 0, *continued_size(theme, note, style, heading))

    def describe(self) -> str:
        return f"Theme: {self.theme.name} ({self.note})"

    def paint(self, p: QPainter, _option, _widget=None) -> None:
        s, rect, theme = self.style, self._rect, self.theme
        p.setPen(QPen(KIND_COLOURS[theme.kind], 3))
        p.setBrush(KIND_TINTS[theme.kind])
        p.drawRoundedRect(rect, 14, 14)
        kind = kind_text(theme.kind)
        line = s.small_px * 1.6
        pill = QRectF(s.pad, s.pad, _pill_width(kind, s.small_px), line)
        ink = KIND_INKS[theme.kind]  # white on it reads at 7:1 or more
        self._pill(p, pill, kind, fill=ink, ink=QColor("#FFFFFF"), border=ink)
        note = QRectF(pill.right() + 12, s.pad, _pill_width(self.note, s.small_px), line)
        if note.right() > rect.width() - s.pad:
            note.moveTo(s.pad, pill.bottom() + 8)
        pen = QPen(INK, 2, Qt.PenStyle.DashLine)
        self._pill(p, note, self.note, fill=QColor("#F7F5EF"), ink=INK, border=pen)
        y = note.bottom() + 8
        p.setFont(pixel_font(s.text_px, bold=True))
        p.setPen(INK)
        inside = rect.width() - 2 * s.pad
        name = _height(theme.name, inside, s.text_px, bold=True)
        p.drawText(QRectF(s.pad, y, inside, name + 2), WRAP, theme.name)
        if self.heading:
            p.setFont(pixel_font(s.small_px))
            p.setPen(ROOM_MUTED)
            p.drawText(QRectF(s.pad, y + name + 6, inside, rect.bottom() - y - name - 6), WRAP,
                       self.heading)

    def _pill(self, p: QPainter, rect: QRectF, text: str, *, fill: QColor, ink: QColor,
              border: QColor | QPen) -> None:
        p.setPen(border if isinstance(border, QPen) else QPen(border, 2))
        p.setBrush(fill)
        p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        p.setFont(pixel_font(self.style.small_px, bold=True))
        p.setPen(ink)
        p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
