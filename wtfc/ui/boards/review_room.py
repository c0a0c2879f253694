"""The Review room view: what changed since last time, and how last time's actions went."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from wtfc.model.compare import (
    Change,
    PreviousAction,
    ThemeChange,
    WorkshopComparison,
    compare_workshops,
)
from wtfc.model.document import Document
from wtfc.ui.boards.common import follow_document
from wtfc.ui.boards.plan import OVERDUE_INK, OVERDUE_TINT, date_text
from wtfc.ui.boards.review import action_status_text, theme_change_text, theme_text
from wtfc.ui.boards.room_paint import (
    BODY_PX,
    SMALL_PX,
    RoomCanvas,
    draw_card,
    draw_heading,
    draw_more,
    draw_text,
    text_height,
)
from wtfc.ui.style import KIND_COLOURS, MUTED_INK

MIDDLE = 1010.0
THEME_TEXT_WIDTH = MIDDLE - 60 - 50
ACTION_TEXT_WIDTH = 1920 - 60 - MIDDLE - 30 - 40
NOTE = 40  # one line of "… and 3 more" under a column
GAP = 10
MAX_LINES = 2  # a long name or action wraps onto a second line, then ends in "…"


def _lines(text: str, width: float, *, bold: bool = False) -> float:
    """Height of ``text`` at the room's small size, at most ``MAX_LINES`` lines."""
    line = text_height("Ag", width, SMALL_PX, bold=bold)
    return min(text_height(text, width, SMALL_PX, bold=bold), MAX_LINES * line) + 4


def theme_row_height(t: ThemeChange) -> float:
    return 8 + 40 + _lines(f"{t.kind.symbol} {theme_text(t)}", THEME_TEXT_WIDTH) + 8 + GAP


def action_row_height(what: str, so_far: str = "") -> float:
    """An action's card: its words, what had happened when last checked (if noted), then
    its status and lane."""
    return 8 + _lines(what, ACTION_TEXT_WIDTH, bold=True) \
        + (_lines(so_far, ACTION_TEXT_WIDTH) if so_far else 0) + 40 + 8 + GAP


def _so_far(action: PreviousAction) -> str:
    """"So far (15 Sep 2026): …", as on the Review board; "" when nothing was noted."""
    if not action.progress_note:
        return ""
    checked = f" ({date_text(action.checked_on)})" if action.checked_on else ""
    return f"So far{checked}: {action.progress_note}"


def themes_for_the_room(themes: list[ThemeChange], room: float,
                        height: Callable[[ThemeChange], float] = theme_row_height,
                        ) -> list[ThemeChange]:
    """The changed themes that fit in ``room``, in the board's order.

    When not all fit, each kind of change takes its turn (the biggest of each first), so a
    long list of themes that grew never pushes the new and the gone ones off the screen.
    Those left out are counted in "… and N more changed themes".
    """
    changed = [t for t in themes if t.change is not Change.SAME]
    if sum(height(t) for t in changed) <= room:
        return changed
    room -= NOTE  # for "… and N more changed themes"
    queues = [[t for t in changed if t.change is c] for c in Change]
    queues = [q for q in queues if q]
    chosen: set[int] = set()
    used = 0.0
    while queues:
        for queue in list(queues):
            t = queue.pop(0)
            if not queue:
                queues.remove(queue)
            if used + height(t) <= room:  # a long name that does not fit lets a shorter one in
                chosen.add(id(t))
                used += height(t)
    return [t for t in changed if id(t) in chosen]


class ReviewRoomView(RoomCanvas):
    """Read-only: themes that grew, shrank, appeared, merged, split or went; last time's actions.

    Shows theme names and counts only, never a card's words, so a card held back for personal
    details cannot reach the room from here.
    """

    def __init__(self, doc: Document, previous: Document, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__("What has changed since last time", parent)
        self._doc = doc
        self._previous = previous
        self._today = today
        self._result: WorkshopComparison | None = None
        follow_document(self, doc, on_edited=self._on_workshop_changed,
                        on_reset=self._on_workshop_changed)

    def _on_workshop_changed(self) -> None:
        self._result = None  # compared again at the next paint, not at every repaint
        self.update()

    def comparison(self) -> WorkshopComparison:
        if self._result is None:
            self._result = compare_workshops(self._previous.workshop, self._doc.workshop,
                                             today=self._today())
        return self._result

    def paint_room(self, p: QPainter, area: QRectF) -> None:
        result = self.comparison()
        top = draw_heading(p, area, "What has changed since last time?",
                           f"{result.current_title} compared with {result.previous_title}")
        draw_text(p, QRectF(60, top, 900, 44), "Themes", BODY_PX + 2, bold=True)
        draw_text(p, QRectF(MIDDLE + 30, top, 830, 44), "Last time's actions", BODY_PX + 2,
                  bold=True)
        top += 56
        bottom = area.height() - 40
        self._paint_themes(p, result, top, bottom)
        self._paint_actions(p, result, top, bottom, area.width())

    def _paint_themes(self, p: QPainter, result: WorkshopComparison, top: float,
                      bottom: float) -> None:
        changed = [t for t in result.themes if t.change is not Change.SAME]
        same = len(result.themes) - len(changed)
        shown = themes_for_the_room(result.themes, bottom - top - (NOTE if same else 0))
        y = top
        for t in shown:
            height = theme_row_height(t)
            draw_card(p, QRectF(60, y, MIDDLE - 60 - 10, height - GAP),
                      edge=KIND_COLOURS[t.kind], radius=10)
            draw_text(p, QRectF(86, y + 8, 640, 40), theme_change_text(t), SMALL_PX,
                      bold=True, wrap=False)
            draw_text(p, QRectF(760, y + 6, 220, 44), f"{t.cards_before} → {t.cards_now}",
                      BODY_PX, bold=True, align=Qt.AlignmentFlag.AlignRight, wrap=False)
            draw_text(p, QRectF(86, y + 48, THEME_TEXT_WIDTH, height - GAP - 56),
                      f"{t.kind.symbol} {theme_text(t)}", SMALL_PX)
            y += height
        hidden = len(changed) - len(shown)
        # Only what is there: the room is not sent to a board it cannot see.
        draw_more(p, QRectF(60, y, 900, NOTE), hidden, "changed themes")
        if hidden:
            y += NOTE
        if not result.themes:
            draw_text(p, QRectF(60, y, 900, NOTE), "No themes in either workshop yet.",
                      SMALL_PX, colour=MUTED_INK)
        if same:
            themes = "theme" if same == 1 else "themes"
            draw_text(p, QRectF(60, y, 900, NOTE), f"= {same} {themes} about the same",
                      SMALL_PX, colour=MUTED_INK, wrap=False)

    def _paint_actions(self, p: QPainter, result: WorkshopComparison, top: float,
                       bottom: float, width: float) -> None:
        actions = result.actions
        if not actions:
            draw_text(p, QRectF(MIDDLE + 30, top, 830, 44), "No actions last time.", SMALL_PX,
                      colour=MUTED_INK)
            return
        y = top
        shown = 0
        for i, a in enumerate(actions):
            height = action_row_height(a.what, _so_far(a))
            room = bottom - (NOTE if i < len(actions) - 1 else 0)
            if y + height > room:
                break
            rect = QRectF(MIDDLE + 30, y, width - 60 - MIDDLE - 30, height - GAP)
            draw_card(p, rect, edge=OVERDUE_INK if a.overdue else None,
                      face=OVERDUE_TINT if a.overdue else None, radius=10)
            words = _lines(a.what, ACTION_TEXT_WIDTH, bold=True)
            draw_text(p, QRectF(rect.left() + 26, y + 8, ACTION_TEXT_WIDTH, words), a.what,
                      SMALL_PX, bold=True)
            if a.progress_note:  # what the Act stage heard, under the action's own words
                draw_text(p, QRectF(rect.left() + 26, y + 8 + words, ACTION_TEXT_WIDTH,
                                    _lines(_so_far(a), ACTION_TEXT_WIDTH)), _so_far(a), SMALL_PX)
            draw_text(p, QRectF(rect.left() + 26, rect.bottom() - 46, rect.width() - 40, 40),
                      f"{action_status_text(a)} · {a.role.label}", SMALL_PX,
                      bold=a.overdue, colour=OVERDUE_INK if a.overdue else MUTED_INK,
                      wrap=False)
            y += height
            shown += 1
        draw_more(p, QRectF(MIDDLE + 30, y, 800, NOTE), len(actions) - shown, "actions")
