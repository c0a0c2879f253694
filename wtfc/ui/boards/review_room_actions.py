"""Last time's actions on a page of the Review room view: each card with its words, how we said
we'd know it worked, what had happened when last checked, and its status (an overdue one in
the overdue ink and tint, its status bold and marked "⚠ Late", never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from wtfc.model.compare import PreviousAction, WorkshopComparison
from wtfc.ui.boards.plan import OVERDUE_INK, OVERDUE_TINT
from wtfc.ui.boards.review_room_rows import (
    ACROSS_GAP,
    GAP,
    ReviewLayout,
    _lines,
    action_row_height,
    notes,
    status_height,
    status_line,
)
from wtfc.ui.boards.room_paint import SMALL_PX, draw_card, draw_text
from wtfc.ui.style import ROOM_MUTED


def paint_actions(p: QPainter, layout: ReviewLayout, page: int, result: WorkshopComparison,
                  actions: list[PreviousAction], top: float) -> None:
    """Page ``page``'s ``actions`` from ``top`` down, in the columns ``layout`` put them in."""
    cols = layout.columns
    text = cols.action_text
    if not result.actions:
        if page == layout.first_action_page:
            draw_text(p, QRectF(cols.actions_left, top, 830, 44), "No actions last time.",
                      SMALL_PX, colour=ROOM_MUTED)
        return
    mosts = dict(zip(map(id, result.actions), layout.most, strict=True))
    first = next((i for i, a in enumerate(result.actions) if actions and a is actions[0]), 0)
    down = [r for r in layout.action_columns  # (not the facts' page's empty range)
            if r and first <= r.start < first + len(actions)] or [range(first, first)]
    column = {i: n for n, r in enumerate(down) for i in r}
    y, at = top, 0
    for i, a in enumerate(actions, start=first):
        if column.get(i, at) != at:  # the next column, from the top
            y, at = top, column[i]
        noted = mosts.get(id(a))
        height = action_row_height(a, text, noted)
        rect = QRectF(cols.actions_left + at * (cols.action_width + ACROSS_GAP), y,
                      cols.action_width, height - GAP)
        draw_card(p, rect, edge=OVERDUE_INK if a.overdue else None,
                  face=OVERDUE_TINT if a.overdue else None, radius=10)
        below = y + 8 + _lines(a.what, text, bold=True, most=None)
        draw_text(p, QRectF(rect.left() + 26, y + 8, text, below - y - 8),
                  a.what, SMALL_PX, bold=True)
        for note in notes(a):  # the evidence Plan asked for, what the Act stage heard
            lines = _lines(note, text, most=noted)
            draw_text(p, QRectF(rect.left() + 26, below, text, lines), note, SMALL_PX)
            below += lines
        status = status_height(a, text)
        draw_text(p, QRectF(rect.left() + 26, rect.bottom() - 6 - status, text, status),
                  status_line(a), SMALL_PX, bold=a.overdue,
                  colour=OVERDUE_INK if a.overdue else ROOM_MUTED)
        y += height
