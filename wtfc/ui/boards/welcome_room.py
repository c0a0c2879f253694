"""The room's Welcome view, for Prepare (and Collect): why the room is here before any card.

The workshop's title, day and place across the top; under it, in cards, why we are here (the
purpose), what it covers (the scope), how we agreed to work and decide (the ground rules the
group set and how it will choose, the method's Principles 2 and 4), who is in the room by role
with the older people's share, and the day's plan stage by stage with its planned minutes
(``welcome_words``). Never a card's words, and never the facilitator's notes for a stage.

The cards flow down two columns on a wide canvas (a 1920x1080 projector) and one on a narrower
one; a long purpose, scope or agreement goes on in the next column or page under its label
"(continued)", so every word reaches the room.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.common import follow_document
from wtfc.ui.boards.room_paint import (
    BODY_PX,
    SMALL_PX,
    RoomCanvas,
    draw_card,
    draw_heading,
    draw_text,
    heading_bottom,
    pack_pages,
    text_height,
    text_pieces,
)
from wtfc.ui.boards.welcome_words import (
    ABOUT,
    PLAN_LABEL,
    WHO_LABEL,
    day_words,
    plan_rows,
    who_words,
)
from wtfc.ui.render import ViewRequest, register_view
from wtfc.ui.style import MUTED_INK, pixel_font

LABEL_PX = BODY_PX + 2
LABEL = 48.0  # a label's line
PAD = 14.0  # inside a card, above and below
GAP = 16.0  # between cards
INSET = 26.0  # the words' margin inside a card
LEFT = 60.0  # beside the columns
COLUMN_GAP = 36.0
TWO_COLUMNS = 1400.0  # a canvas this wide has two columns (a 1366x768 projector or larger)
TIME_GAP = 24.0  # between a plan row's words and its minutes
ROW_GAP = 6.0
FOOT = 30.0  # the least margin under the cards (``room_paint.FOOT``)


@dataclass(frozen=True)
class Block:
    """A card of the view: its label over its words, rows ("1. Welcome…", "30 min") and a
    line under them; ``height`` includes the gap under the card."""

    label: str
    text: str = ""
    rows: tuple[tuple[str, str], ...] = ()
    foot: str = ""
    height: float = 0.0


def columns(wide: float) -> int:
    return 2 if wide >= TWO_COLUMNS else 1


def column_width(wide: float) -> float:
    n = columns(wide)
    return (wide - 2 * LEFT - (n - 1) * COLUMN_GAP) / n



def time_width(rows: tuple[tuple[str, str], ...]) -> float:
    """The room the plan's minutes take at the right of its rows: the widest, whole."""
    metrics = QFontMetricsF(pixel_font(BODY_PX, bold=True))
    widest = max((metrics.horizontalAdvance(time) for _words, time in rows if time), default=0)
    return widest + TIME_GAP if widest else 0.0


def _inner(block: Block, width: float) -> float:
    """The height of a card's words under its label, ``width`` the card's words' width."""
    tall = text_height(block.text, width, BODY_PX) + 4 if block.text else 0.0
    time = time_width(block.rows)
    for words, _time in block.rows:
        tall += text_height(words, width - time, BODY_PX) + ROW_GAP
    if block.foot:
        tall += text_height(block.foot, width, SMALL_PX) + 8
    return tall


def label_height(label: str, width: float) -> float:
    """A label's line, and more when it wraps: "How we agreed to work and decide (continued)" is
    two lines in a column of a 1366x768 projector, where an elided label would hide a word."""
    line = text_height("Ag", width, LABEL_PX, bold=True)
    return LABEL + max(0.0, text_height(label, width, LABEL_PX, bold=True) - line)


def _sized(block: Block, width: float) -> Block:
    tall = label_height(block.label, width) + _inner(block, width) + 2 * PAD + GAP
    return replace(block, height=tall)


def welcome_blocks(ws: Workshop, wide: float, room: float) -> tuple[list[Block], list[Block]]:
    """The view's cards for a canvas ``wide`` units wide with ``room`` under the heading: what
    the workshop is about (its purpose and scope), then the room and its day."""
    width = column_width(wide) - 2 * INSET
    about: list[Block] = []
    for field, label in ABOUT:
        words = getattr(ws, field).strip()
        most = room - label_height(f"{label} (continued)", width) - 2 * PAD - GAP - 4
        for n, piece in enumerate(text_pieces(words, width, most)):
            about.append(_sized(Block(f"{label} (continued)" if n else label, piece), width))
    day: list[Block] = []
    everyone, share = who_words(ws)
    if everyone:
        day.append(_sized(Block(WHO_LABEL, everyone, foot=share), width))
    rows, total = plan_rows(ws)
    day.append(_sized(Block(PLAN_LABEL, rows=tuple(rows), foot=total), width))
    return about, day


def welcome_pages(ws: Workshop, wide: float, height: float) -> list[list[list[Block]]]:
    """Pages of columns of cards for a canvas ``wide`` x ``height``. The room and its day start
    a column of their own: beside what the workshop is about, not under its last lines."""
    top = heading_bottom(day_words(ws), title=ws.title, wide=wide)
    room = height - top - FOOT
    stacks = [
        [blocks[i] for i in column]
        for blocks in welcome_blocks(ws, wide, room)
        for column in pack_pages([b.height for b in blocks], room)
    ]
    per_page = columns(wide)
    return [stacks[i : i + per_page] for i in range(0, len(stacks), per_page)]


def welcome_said(ws: Workshop) -> tuple[object, ...]:
    """Everything the view says, to tell an edit that changes it from one that does not."""
    about = tuple(getattr(ws, field) for field, _label in ABOUT)
    return ws.title, day_words(ws), about, who_words(ws), plan_rows(ws)


class WelcomeRoomView(RoomCanvas):
    """Read-only: the workshop's welcome, in pages when it is long. Follows every edit that
    changes its words (a purpose typed on Prepare, a count, the day's plan) and a file opened;
    a card added on Collect changes none of them and lays nothing out again."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(f"Welcome: {doc.workshop.title}", parent)
        self._doc = doc
        self._pages: list[list[list[Block]]] = []
        self._said: tuple[object, ...] | None = None  # what the pages were laid out for
        follow_document(self, doc, on_edited=self._on_edited, on_reset=self.relayout)

    def _on_edited(self) -> None:
        # each card typed on Collect laid the welcome out again, and tried its paint: 19 ms
        if welcome_said(self._doc.workshop) != self._said:
            self.relayout()

    def lay_out(self, height: float) -> int:
        ws = self._doc.workshop
        self.setAccessibleName(f"Welcome: {ws.title}")  # a title retyped
        self._said = welcome_said(ws)
        self._pages = welcome_pages(ws, self.canvas_width(), height)
        return len(self._pages)

    def paint_room(self, p: QPainter, area: QRectF) -> None:
        ws = self._doc.workshop
        top = draw_heading(p, area, ws.title, day_words(ws), wrap=True)
        page = self._pages[self.page] if self.page < len(self._pages) else []
        width = column_width(area.width())
        for i, stack in enumerate(page):
            x, y = LEFT + i * (width + COLUMN_GAP), top
            for block in stack:
                _paint_block(p, QRectF(x, y, width, block.height - GAP), block)
                y += block.height


def _paint_block(p: QPainter, card: QRectF, block: Block) -> None:
    draw_card(p, card, radius=10)
    x, width = card.left() + INSET, card.width() - 2 * INSET
    y = card.top() + PAD
    tall = label_height(block.label, width)
    draw_text(p, QRectF(x, y, width, tall), block.label, LABEL_PX, bold=True)
    y += tall
    if block.text:
        tall = text_height(block.text, width, BODY_PX) + 4
        draw_text(p, QRectF(x, y, width, tall), block.text, BODY_PX)
        y += tall
    room = time_width(block.rows)
    for words, time in block.rows:
        tall = text_height(words, width - room, BODY_PX)
        draw_text(p, QRectF(x, y, width - room, tall), words, BODY_PX)
        if time:
            draw_text(
                p,
                QRectF(x + width - room, y, room, tall),
                time,
                BODY_PX,
                bold=True,
                align=Qt.AlignmentFlag.AlignRight,
                wrap=False,
            )
        y += tall + ROW_GAP
    if block.foot:
        draw_text(
            p,
            QRectF(x, y + 8, width, card.bottom() - y - 8),
            block.foot,
            SMALL_PX,
            colour=MUTED_INK,
        )


def _welcome(doc: Document, _request: ViewRequest) -> QWidget:
    return WelcomeRoomView(doc)


register_view("welcome", _welcome)
