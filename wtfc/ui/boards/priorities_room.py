"""The Prioritise room view: every theme's counts and votes, priorities first with why each was
chosen, in large type."""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Kind, Theme
from wtfc.ui.boards.common import follow_document, themes_chosen_text
from wtfc.ui.boards.priorities_model import people_figure, people_key
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
from wtfc.ui.style import KIND_COLOURS, KIND_TINTS, MUTED_INK, pixel_font

_KIND_ORDER = {Kind.NOT_WORKING: 0, Kind.WORKING: 1, Kind.FUTURE: 2}
GAP = 8  # between rows
ROW = 66  # a one-line row: a 58 px card and the gap
PAD = 9  # from the card's top to its words
LINE = 36  # a theme name too long for one line gets a second: the "I" statement is the point
SUB_PX = 22  # the small line under a name: why it was chosen, how many cards are not shown
SUB = 20  # what that line adds to the row
SUB_LINE = 26  # a reason's second line, when there is room for it
LEFT = 60
BAR_X = 1340  # the bar of cards, just left of the counts
NAME_RIGHT = BAR_X - 20
COUNTS = (("Cards", 1390), ("People", 1540), ("Votes", 1690))  # right-aligned, 130 px past x


def name_left(any_chosen: bool) -> float:
    """Where the names start: after the rank and the kind, or, while no theme is chosen (the
    rank column would stand empty), straight after the kind."""
    return LEFT + (370 if any_chosen else 276)


def name_width(any_chosen: bool) -> float:
    return NAME_RIGHT - name_left(any_chosen)


def _needs_two_lines(theme: Theme, width: float, px: int = BODY_PX) -> bool:
    font = pixel_font(px, bold=theme.priority.chosen)
    return QFontMetricsF(font).horizontalAdvance(theme.name) > width


def name_px(theme: Theme, width: float, lines: int) -> int:
    """The name's size: the body's, or on a one-line row the smaller readable size when that
    keeps the whole name where the body's would end it in "…"."""
    if lines == 1 and _needs_two_lines(theme, width) \
            and not _needs_two_lines(theme, width, SMALL_PX):
        return SMALL_PX
    return BODY_PX


class Row(NamedTuple):
    theme: Theme
    height: float
    lines: int  # the name's
    reason_lines: int  # 0 without a reason; 2 for a long one where there is room


def reason_width(any_chosen: bool, held: bool) -> float:
    """A reason runs under the figures too, to the Votes' right edge, unless that row says
    under its Cards figure how many cards are not shown."""
    end = NAME_RIGHT if held else COUNTS[-1][1] + 130
    return end - name_left(any_chosen)


def reason_text(theme: Theme) -> str:
    """The small line under a priority's name: why the room chose it ("" if not chosen or no
    reason was typed)."""
    reason = " ".join(theme.priority.reason.split())
    return f"Why: {reason}" if theme.priority.chosen and reason else ""


def _rows_that_fit(themes: list[Theme], room: float, width: float | None = None,
                   held: Collection[str] = ()) -> list[Row]:
    """The rows shown. Every theme gets a row while they fit (the last line then says how many
    more there are), with a small line under its name for why it was chosen or, if its id is
    in ``held``, how many of its cards are not shown. The space left gives names wider than
    ``width`` (by default, as wide as they are drawn now) a second line, in the order shown,
    so the priorities' names are whole first; then long reasons a second line."""
    if width is None:
        width = name_width(any(t.priority.chosen for t in themes))
    reasons = {t.id: reason_text(t) for t in themes}
    bases = [ROW + (SUB if reasons[t.id] or t.id in held else 0) for t in themes]
    count, used = len(themes), sum(bases)
    if used > room:
        count, used = 0, 44.0  # the "… and N more" line
        while count < len(themes) and used + bases[count] <= room:
            used, count = used + bases[count], count + 1
    spare = room - used
    rows: list[Row] = []
    for theme, height in zip(themes[:count], bases, strict=False):
        lines = 1
        if spare >= LINE and _needs_two_lines(theme, width):
            height, spare, lines = height + LINE, spare - LINE, 2
        rows.append(Row(theme, height, lines, 1 if reasons[theme.id] else 0))
    any_chosen = any(t.priority.chosen for t in themes)
    for i, row in enumerate(rows):
        text, wide = reasons[row.theme.id], reason_width(any_chosen, row.theme.id in held)
        if text and spare >= SUB_LINE and text_height(text, wide, SUB_PX) > SUB_LINE + 1:
            rows[i] = row._replace(height=row.height + SUB_LINE, reason_lines=2)
            spare -= SUB_LINE
    return rows


def not_shown(doc: Document, theme: Theme) -> int:
    """How many of the theme's cards the room never sees: held back by the personal-detail
    guard (its theme view counts only the others)."""
    return sum(1 for card_id in theme.card_ids if doc.card(card_id).held_back)


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
                           f"{self._doc.workshop.title} · {themes_chosen_text(themes)}")
        left, right = float(LEFT), area.width() - LEFT
        any_chosen = chosen > 0
        x_name, width = name_left(any_chosen), name_width(any_chosen)
        for text, x in COUNTS:
            draw_text(p, QRectF(x - 40, top, 170, 40), text, SMALL_PX, bold=True,
                      colour=MUTED_INK, align=Qt.AlignmentFlag.AlignRight, wrap=False)
        top += 46
        biggest = max((len(t.card_ids) for t in themes), default=1) or 1
        figures = {t.id: people_figure(self._doc.people_count(t), self._doc.unrecorded_count(t))
                   for t in themes}
        key = people_key(list(figures.values()))
        key_h = text_height(key, right - left, SMALL_PX) + 6 if key else 0.0
        hidden_cards = {t.id: n for t in themes if (n := not_shown(self._doc, t))}
        shown = _rows_that_fit(themes, area.height() - top - 50 - key_h, width, hidden_cards)
        y = top
        for theme, height, lines, reason_lines in shown:
            row = QRectF(left, y, right - left, height - GAP)
            face = KIND_TINTS[theme.kind] if theme.priority.chosen else QColor("#FFFFFF")
            draw_card(p, row, edge=KIND_COLOURS[theme.kind], face=face, radius=10)
            if theme.priority.chosen:
                draw_text(p, QRectF(left + 26, y + PAD, 90, 44), f"★ {theme.priority.rank}",
                          BODY_PX + 4, bold=True, wrap=False)
            draw_kind_badge(p, QRectF(x_name - 250, y + PAD, 230, 40), theme.kind, 26)
            px = name_px(theme, width, lines)
            draw_text(p, QRectF(x_name, y + PAD + (BODY_PX - px) / 2, width, lines * LINE),
                      theme.name, px, bold=theme.priority.chosen)
            below = y + PAD + lines * LINE  # the small line's top
            if reason_lines:  # cut after a whole word when it needs more lines than it has
                wide = reason_width(any_chosen, theme.id in hidden_cards)
                draw_text(p, QRectF(x_name, below, wide, reason_lines * SUB_LINE),
                          reason_text(theme), SUB_PX, colour=MUTED_INK)
            bar = QRectF(BAR_X, y + PAD + 10, 100 * len(theme.card_ids) / biggest, 22)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(KIND_COLOURS[theme.kind])
            p.drawRoundedRect(bar, 4, 4)
            counts = (str(len(theme.card_ids)), figures[theme.id], str(theme.priority.votes))
            for (_, x), value in zip(COUNTS, counts, strict=True):
                draw_text(p, QRectF(x - 40, y + PAD - 2, 170, 46), value, BODY_PX + 4,
                          bold=True, align=Qt.AlignmentFlag.AlignRight, wrap=False)
            if theme.id in hidden_cards:  # the figure counts every card, as the boards do
                x = dict(COUNTS)["Cards"]
                draw_text(p, QRectF(x - 60, below, 190, 26),
                          f"{hidden_cards[theme.id]:,} not shown", SUB_PX, colour=MUTED_INK,
                          align=Qt.AlignmentFlag.AlignRight, wrap=False)
            y += height
        if not themes:
            draw_text(p, QRectF(left, top, right - left, 60),
                      "No themes yet: they are made on the card wall.", BODY_PX,
                      colour=MUTED_INK)
        hidden = len(themes) - len(shown)
        draw_more(p, QRectF(left, y, right - left, 44), hidden, "themes")
        key = people_key([figures[row.theme.id] for row in shown])  # the marks on the screen only
        if key:
            draw_text(p, QRectF(left, y + (44 if hidden else 0) + 6, right - left, key_h), key,
                      SMALL_PX, colour=MUTED_INK)
