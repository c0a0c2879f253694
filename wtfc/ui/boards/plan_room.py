"""The Plan room view: swim-lanes by role, each action a card; overdue ones marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.operations.actions import is_overdue
from wtfc.model.workshop import Role
from wtfc.ui.boards.common import follow_document
from wtfc.ui.boards.plan import OVERDUE_INK, OVERDUE_TINT, date_text, status_text
from wtfc.ui.boards.room_paint import (
    BODY_PX,
    SMALL_PX,
    RoomCanvas,
    draw_card,
    draw_heading,
    draw_more,
    draw_text,
)
from wtfc.ui.style import MUTED_INK

LANE_LABEL = 300
CARD_WIDTH = 470
EMPTY_LANE = 56


class PlanRoomView(RoomCanvas):
    """Read-only: who does what by when, a lane per role."""

    def __init__(self, doc: Document, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__("Action plan", parent)
        self._doc = doc
        self._today = today
        follow_document(self, doc, on_edited=lambda: self.update(),
                        on_reset=lambda: self.update())

    def paint_room(self, p: QPainter, area: QRectF) -> None:
        today = self._today()
        actions = self._doc.workshop.actions
        overdue = sum(is_overdue(a, today) for a in actions)
        top = draw_heading(p, area, "Who will do what, by when?",
                           f"{len(actions)} actions · {overdue} overdue (⚠) · "
                           f"{today.day} {today:%B %Y}")
        lanes = [(role, [a for a in actions if a.role == role]) for role in Role]
        busy = sum(1 for _, mine in lanes if mine)
        spare = area.height() - top - 30 - EMPTY_LANE * (len(lanes) - busy) - 12 * len(lanes)
        lane_height = min(240.0, spare / busy) if busy else EMPTY_LANE
        left, right = 60.0, area.width() - 60
        y = top
        per_lane = int((right - left - LANE_LABEL) // (CARD_WIDTH + 20))
        for role, mine in lanes:
            height = lane_height if mine else EMPTY_LANE
            p.setPen(QColor("#C9C5BA"))
            p.setBrush(QColor("#F4F2EC"))
            p.drawRoundedRect(QRectF(left, y, right - left, height), 12, 12)
            if mine:
                draw_text(p, QRectF(left + 20, y + 12, LANE_LABEL - 30, height - 20),
                          f"{role.label} ({len(mine)})", BODY_PX, bold=True)
            else:
                draw_text(p, QRectF(left + 20, y + 10, right - left - 40, height - 12),
                          f"{role.label}: no actions yet", BODY_PX, colour=MUTED_INK,
                          wrap=False)
            shown = mine if len(mine) <= per_lane else mine[:per_lane - 1]
            for i, action in enumerate(shown):
                x = left + LANE_LABEL + i * (CARD_WIDTH + 20)
                self._card(p, QRectF(x, y + 10, CARD_WIDTH, height - 20), action, today)
            if len(shown) < len(mine):
                x = left + LANE_LABEL + len(shown) * (CARD_WIDTH + 20)
                draw_more(p, QRectF(x, y + 20, CARD_WIDTH, 44), len(mine) - len(shown),
                          "actions")
            y += height + 12

    @staticmethod
    def _card(p: QPainter, rect: QRectF, action, today: dt.date) -> None:
        late = is_overdue(action, today)
        draw_card(p, rect, edge=OVERDUE_INK if late else None,
                  face=OVERDUE_TINT if late else None, radius=10)
        inner = rect.adjusted(26, 8, -14, -8)
        status = status_text(action, today)
        when = f"By {date_text(action.by_when)}" if action.by_when else "No date yet"
        owner = action.owner or "No owner yet"
        line = 34.0
        # The words of the action come first: when space is short (many busy lanes) the owner
        # is left to the facilitator's board and the date joins the status line.
        roomy = inner.height() >= 3 * line + 2 * 38
        facts = [owner, when] if roomy else []
        if not roomy:  # an overdue action keeps its date: when it was due is what matters
            status = f"⚠ Overdue · {date_text(action.by_when)}" if late \
                else f"{status} · {when}"
        title_h = inner.height() - line * (len(facts) + 1)
        draw_text(p, QRectF(inner.left(), inner.top(), inner.width(), title_h), action.what,
                  BODY_PX, bold=True)
        for i, fact in enumerate(facts):
            top = inner.top() + title_h + i * line
            draw_text(p, QRectF(inner.left(), top, inner.width(), line), fact, SMALL_PX,
                      colour=MUTED_INK, wrap=False)
        status_h = line
        draw_text(p, QRectF(inner.left(), inner.bottom() - status_h, inner.width(), status_h),
                  status, SMALL_PX, bold=late, colour=OVERDUE_INK if late else MUTED_INK,
                  wrap=False)
