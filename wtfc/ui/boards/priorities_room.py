"""The Prioritise room view: every theme's counts and votes, priorities first, in large type."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Kind, Theme
from wtfc.ui.boards.common import follow_document
from wtfc.ui.boards.room_paint import (
    BODY_PX,
    SMALL_PX,
    RoomCanvas,
    draw_card,
    draw_heading,
    draw_kind_badge,
    draw_more,
    draw_text,
)
from wtfc.ui.style import KIND_COLOURS, KIND_TINTS, MUTED_INK, pixel_font

_KIND_ORDER = {Kind.NOT_WORKING: 0, Kind.WORKING: 1, Kind.FUTURE: 2}
ROW = 74
NAME_WIDTH = 700
LINE = 38  # a theme name too long for one line gets a second: the "I" statement is the point


def _needs_two_lines(theme: Theme) -> bool:
    font = pixel_font(BODY_PX, bold=theme.priority.chosen)
    return QFontMetricsF(font).horizontalAdvance(theme.name) > NAME_WIDTH


def _rows_that_fit(themes: list[Theme], room: float) -> list[tuple[Theme, float]]:
    """The rows shown, each with its height. Every theme gets a row while they fit (the last
    line then says how many more there are); the space left gives long names a second line,
    in the order shown, so the priorities' names are whole first."""
    count = len(themes) if len(themes) * ROW <= room else max(0, int((room - 44) // ROW))
    spare = room - count * ROW - (44 if count < len(themes) else 0)
    rows = []
    for theme in themes[:count]:
        height = ROW
        if spare >= LINE and _needs_two_lines(theme):
            height, spare = ROW + LINE, spare - LINE
        rows.append((theme, height))
    return rows


def room_order(themes: list[Theme]) -> list[Theme]:
    """Priorities by rank, then the rest: not working, working, future, biggest first."""
    return sorted(themes, key=lambda t: (
        0 if t.priority.chosen else 1, t.priority.rank or 0, _KIND_ORDER[t.kind],
        -len(t.card_ids), -t.priority.votes))


class PrioritiesRoomView(RoomCanvas):
    """Read-only: the themes with card, people and vote counts, for the projector."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__("Priorities", parent)
        self._doc = doc
        follow_document(self, doc, on_edited=lambda: self.update(), on_reset=lambda: self.update())

    def paint_room(self, p: QPainter, area: QRectF) -> None:
        themes = room_order(self._doc.workshop.themes)
        chosen = sum(1 for t in themes if t.priority.chosen)
        top = draw_heading(p, area, "Which themes will we work on?",
                           f"{self._doc.workshop.title} · {len(themes)} themes · "
                           f"{chosen} chosen as priorities")
        left, right = 60.0, area.width() - 60
        columns = [("Cards", 1290), ("People", 1460), ("Votes", 1650)]
        for text, x in columns:
            draw_text(p, QRectF(x - 40, top, 170, 40), text, SMALL_PX, bold=True,
                      colour=MUTED_INK, align=Qt.AlignmentFlag.AlignRight, wrap=False)
        top += 46
        biggest = max((len(t.card_ids) for t in themes), default=1) or 1
        shown = _rows_that_fit(themes, area.height() - top - 50)
        y = top
        for theme, height in shown:
            row = QRectF(left, y, right - left, height - 10)
            face = KIND_TINTS[theme.kind] if theme.priority.chosen else QColor("#FFFFFF")
            draw_card(p, row, edge=KIND_COLOURS[theme.kind], face=face, radius=10)
            if theme.priority.chosen:
                draw_text(p, QRectF(left + 26, y + 12, 90, 44), f"★ {theme.priority.rank}",
                          BODY_PX + 4, bold=True, wrap=False)
            draw_kind_badge(p, QRectF(left + 120, y + 12, 230, 40), theme.kind, 26)
            draw_text(p, QRectF(left + 370, y + 12, NAME_WIDTH, height - 28), theme.name,
                      BODY_PX, bold=theme.priority.chosen)
            bar = QRectF(1150, y + 22, 100 * len(theme.card_ids) / biggest, 22)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(KIND_COLOURS[theme.kind])
            p.drawRoundedRect(bar, 4, 4)
            counts = (len(theme.card_ids), self._doc.people_count(theme), theme.priority.votes)
            for (_, x), value in zip(columns, counts, strict=True):
                draw_text(p, QRectF(x - 40, y + 10, 170, 46), str(value), BODY_PX + 4,
                          bold=True, align=Qt.AlignmentFlag.AlignRight, wrap=False)
            y += height
        if not themes:
            draw_text(p, QRectF(left, top, right - left, 60),
                      "No themes yet: they are made on the card wall.", BODY_PX,
                      colour=MUTED_INK)
        draw_more(p, QRectF(left, y, right - left, 44), len(themes) - len(shown), "themes")
