"""One lane's part of a Plan room page: the lane's name (with which of a long lane's actions
the page shows, "1–12 of 20"), then its cards row by row, or a long note going on from the
page before (split from ``plan_room``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from wtfc.model.document import Document
from wtfc.ui.boards import plan_room_lane as lanes
from wtfc.ui.boards import plan_room_notes as notes
from wtfc.ui.boards.plan_room_card import draw_action_card
from wtfc.ui.boards.plan_room_pages import CARD_GAP, LanePart, PlanLayout


def draw_part(p: QPainter, rect: QRectF, part: LanePart, heights: list[float], out: PlanLayout,
              doc: Document, *, today: dt.date, act: bool, card_width: float, pad: float,
              inset: float) -> None:
    """``part`` of a lane in ``rect``, its rows ``heights`` tall, cards ``card_width`` wide."""
    span = "" if len(part.actions) == part.total else \
        f"{part.first + 1}–{part.first + len(part.actions)} of {part.total}"
    lanes.draw_lane(p, rect, f"{part.role.label} ({part.total})",
                    "continued" if part.piece else span, above=bool(out.head))
    if part.piece:
        notes.draw_continued(p, QRectF(rect.left() + out.label, rect.top() + out.head + pad,
                                       card_width, heights[0] - 2 * pad),
                             part.actions[0], out, part.piece, today=today, inset=inset)
        return
    for i, action in enumerate(part.actions):
        row, column = divmod(i, out.per_row)
        x = rect.left() + out.label + column * (card_width + CARD_GAP)
        y = rect.top() + out.head + sum(heights[:row]) + pad
        draw_action_card(p, QRectF(x, y, card_width, heights[row] - 2 * pad),
                         notes.shown(action, out), doc, today=today, act=act,
                         themed=out.themed, inset=inset)
