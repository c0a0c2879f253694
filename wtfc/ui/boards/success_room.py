"""The Identify success room view: one theme's success statements in four columns."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Perspective, Theme
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
    text_height,
)
from wtfc.ui.boards.success_causes import agreed_causes, agreed_line
from wtfc.ui.boards.success_columns import quoted_hint
from wtfc.ui.style import KIND_COLOURS, MUTED_INK

ROOM_LINES = 2  # the agreed causes' most lines: the columns keep the screen


class SuccessRoomView(RoomCanvas):
    """Read-only: "what would success look like" for a theme, by perspective."""

    def __init__(self, doc: Document, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(f"What would success look like: {theme.name}", parent)
        self._doc = doc
        self._theme_id = theme.id
        follow_document(self, doc, on_edited=lambda: self.update(),
                        on_reset=lambda: self.update())

    def paint_room(self, p: QPainter, area: QRectF) -> None:
        theme = self._doc.get("themes", self._theme_id)
        if theme is None:
            draw_heading(p, area, "This theme is no longer in the workshop")
            return
        top = draw_heading(p, area, theme.name, "What would success look like?")
        draw_kind_badge(p, QRectF(area.width() - 60 - 260, 104, 260, 44), theme.kind)
        gap, left = 36.0, 60.0
        top = self._draw_causes(p, theme, top, area.width() - 2 * left)
        width = (area.width() - 2 * left - 3 * gap) / 4
        statements = [s for s in self._doc.workshop.success if s.theme_id == theme.id]
        for i, perspective in enumerate(Perspective):
            x = left + i * (width + gap)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#F4F2EC"))
            p.drawRoundedRect(QRectF(x - 10, top - 10, width + 20, area.height() - top - 30),
                              14, 14)
            draw_text(p, QRectF(x, top, width, 80), perspective.label, BODY_PX, bold=True)
            draw_text(p, QRectF(x, top + 82, width, 40), quoted_hint(perspective), SMALL_PX,
                      colour=MUTED_INK, wrap=False)
            y = top + 130
            mine = [s for s in statements if s.perspective == perspective]
            for n, statement in enumerate(mine):
                height = text_height(statement.text, width - 44, BODY_PX) + 36
                if y + height > area.height() - 70:
                    draw_more(p, QRectF(x, y, width, 44), len(mine) - n, "statements")
                    break
                draw_card(p, QRectF(x, y, width, height), edge=KIND_COLOURS[theme.kind])
                draw_text(p, QRectF(x + 28, y + 18, width - 44, height - 30), statement.text,
                          BODY_PX)
                y += height + 18
            if not mine:
                draw_text(p, QRectF(x, y, width, 44), "Nothing yet", SMALL_PX,
                          colour=MUTED_INK)

    def _draw_causes(self, p: QPainter, theme: Theme, top: float, width: float) -> float:
        """The causes the room agreed to address, in at most two lines under the heading
        (nothing when none is agreed); returns where the columns start."""
        lines = text_height("Agreed", width, SMALL_PX) * ROOM_LINES
        line = agreed_line(agreed_causes(self._doc, theme.id),
                           lambda t: text_height(t, width, SMALL_PX) <= lines + 1)
        if not line:
            return top
        height = text_height(line, width, SMALL_PX)
        draw_text(p, QRectF(60, top, width, height + 2), line, SMALL_PX)
        return top + height + 24
