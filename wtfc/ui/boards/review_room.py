"""The Review room view: what changed since last time, and how last time's actions went."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from wtfc.model.compare import Change, compare_workshops
from wtfc.model.document import Document
from wtfc.ui.boards.common import follow_document
from wtfc.ui.boards.plan import OVERDUE_INK, OVERDUE_TINT
from wtfc.ui.boards.review import action_status_text, change_text
from wtfc.ui.boards.room_paint import (
    BODY_PX,
    SMALL_PX,
    RoomCanvas,
    draw_card,
    draw_heading,
    draw_more,
    draw_text,
)
from wtfc.ui.style import KIND_COLOURS, MUTED_INK

ROW = 68
THEME_ROW = 100


class ReviewRoomView(RoomCanvas):
    """Read-only: themes that grew, shrank, appeared or went; last time's actions."""

    def __init__(self, doc: Document, previous: Document, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__("What has changed since last time", parent)
        self._doc = doc
        self._previous = previous
        self._today = today
        follow_document(self, doc, on_edited=lambda: self.update(),
                        on_reset=lambda: self.update())

    def paint_room(self, p: QPainter, area: QRectF) -> None:
        result = compare_workshops(self._previous.workshop, self._doc.workshop,
                                   today=self._today())
        top = draw_heading(p, area, "What has changed since last time?",
                           f"{result.current_title} compared with {result.previous_title}")
        middle = 1010.0
        draw_text(p, QRectF(60, top, 900, 44), "Themes", BODY_PX + 2, bold=True)
        draw_text(p, QRectF(middle + 30, top, 830, 44), "Last time's actions", BODY_PX + 2,
                  bold=True)
        top += 56
        changed = [t for t in result.themes if t.change is not Change.SAME]
        same = len(result.themes) - len(changed)
        fits = int((area.height() - top - 60) // THEME_ROW)
        shown = changed if len(changed) <= fits else changed[:fits - 1]
        for i, t in enumerate(shown):
            y = top + i * THEME_ROW
            draw_card(p, QRectF(60, y, middle - 60 - 10, THEME_ROW - 10),
                      edge=KIND_COLOURS[t.kind], radius=10)
            draw_text(p, QRectF(86, y + 8, 600, 40), change_text(t.change), SMALL_PX,
                      bold=True, wrap=False)
            draw_text(p, QRectF(760, y + 6, 220, 44), f"{t.cards_before} → {t.cards_now}",
                      BODY_PX, bold=True, align=Qt.AlignmentFlag.AlignRight, wrap=False)
            draw_text(p, QRectF(86, y + 48, middle - 60 - 50, 40),
                      f"{t.kind.symbol} {t.name}", SMALL_PX, wrap=False)
        note_y = top + len(shown) * THEME_ROW
        draw_more(p, QRectF(60, note_y, 900, 40), len(changed) - len(shown), "changes")
        if same:
            themes = "theme" if same == 1 else "themes"
            draw_text(p, QRectF(60, note_y + (40 if len(shown) < len(changed) else 0), 900,
                                40), f"= {same} {themes} about the same", SMALL_PX,
                      colour=MUTED_INK, wrap=False)

        actions = result.actions
        fits = int((area.height() - top - 60) // (ROW + 40))
        for i, a in enumerate(actions[:fits]):
            y = top + i * (ROW + 40)
            rect = QRectF(middle + 30, y, area.width() - 60 - middle - 30, ROW + 30)
            draw_card(p, rect, edge=OVERDUE_INK if a.overdue else None,
                      face=OVERDUE_TINT if a.overdue else None, radius=10)
            draw_text(p, rect.adjusted(26, 8, -14, -54), a.what, SMALL_PX, bold=True,
                      wrap=False)
            draw_text(p, QRectF(rect.left() + 26, rect.bottom() - 50, rect.width() - 40, 40),
                      f"{action_status_text(a)} · {a.role.label}", SMALL_PX,
                      bold=a.overdue, colour=OVERDUE_INK if a.overdue else MUTED_INK,
                      wrap=False)
        draw_more(p, QRectF(middle + 30, top + fits * (ROW + 40), 800, 40),
                  len(actions) - fits, "actions")
        if not actions:
            draw_text(p, QRectF(middle + 30, top, 830, 44), "No actions last time.", SMALL_PX,
                      colour=MUTED_INK)
