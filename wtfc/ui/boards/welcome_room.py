"""The room's Welcome view, for Prepare (and Collect): why the room is here before any card.

The workshop's title (left out where the guard flags it: ``room_title``), day and place across
the top; under it, in cards, why we are here (the purpose), what it covers (the scope), how we
agreed to work and decide (the ground rules the group set and how it will choose, the method's
Principles 2 and 4), who is in the room by role with the older people's share, and the day's
plan stage by stage with its planned minutes (``welcome_words``). Never a card's words, and
never the facilitator's notes for a stage.

The cards flow down two columns on a wide canvas (a 1920x1080 projector) and one on a narrower
one; a long purpose, scope or agreement goes on in the next column or page under its label
"(continued)", so every word reaches the room. The day's plan is on the first page, the one the
arriving room reads while nobody turns a page (``welcome_pages``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.common import follow_document
from wtfc.ui.boards.names_follow import follow_names
from wtfc.ui.boards.room_paint import (
    BODY_PX,
    HEADING_PX,
    SMALL_PX,
    RoomCanvas,
    draw_card,
    draw_heading,
    draw_text,
    heading_bottom,
    text_height,
    text_pieces,
)
from wtfc.ui.boards.welcome_words import (
    ABOUT,
    PLAN_LABEL,
    WHO_LABEL,
    day_words,
    plan_rows,
    room_words,
    who_words,
)
from wtfc.ui.render import ViewRequest, register_view
from wtfc.ui.room_title import room_title
from wtfc.ui.style import ROOM_MUTED, pixel_font

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
TITLE_LINES = 4  # on page 1: the demo's title is three lines across an 800x600 projector
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


def headings(ws: Workshop, wide: float, title: str,
             names: tuple[str, ...] = ()) -> tuple[tuple[str, str], tuple[str, str]]:
    """(title, day) over the first page and over the pages after it. The first says the title
    whole (three lines on an 800x600 projector) and the day; the others the title only where it
    is one line, else "Welcome": a repeated three-line heading took 40% of every page there.
    ``title`` is the workshop's as the room may see it (``room_title``)."""
    line = text_height("Ag", wide - 120, HEADING_PX, bold=True)
    if not title:  # a new workshop's until typed on Prepare, or one the guard flags: "Welcome"
        return ("Welcome", day_words(ws, names).removeprefix("Welcome").lstrip(" \u00b7")), \
            ("Welcome", "")
    one_line = text_height(title, wide - 120, HEADING_PX, bold=True) < 1.5 * line
    return (title, day_words(ws, names)), (title if one_line else "Welcome", "")


def heading_height(heading: tuple[str, str], wide: float) -> float:
    title, day = heading
    return heading_bottom(day, title=title, wide=wide, lines=TITLE_LINES)


class _Flow:
    """Cards put down columns, each column as high as its page leaves under its heading; a
    card that does not fit the rest of a column starts the next."""

    def __init__(self, rooms: Callable[[int], float], width: float) -> None:
        self.rooms, self.width = rooms, width
        self.columns: list[list[Block]] = [[]]
        self.used = 0.0

    def left(self) -> float:
        return self.rooms(len(self.columns) - 1) - self.used

    def new_column(self) -> None:
        if self.columns[-1]:
            self.columns.append([])
            self.used = 0.0

    def put(self, block: Block) -> None:
        block = _sized(block, self.width)
        if self.columns[-1] and block.height > self.left():
            self.new_column()
        self.columns[-1].append(block)
        self.used += block.height

    def text(self, label: str, words: str) -> None:
        """A paragraph, whole in the next column if it fits there, else going on in the next
        column under "(continued)" (never one line alone at a column's foot or head: a page
        holding one line reads as a mistake)."""
        line = text_height("Ag", self.width, BODY_PX)
        while words:
            named = f"{label} (continued)" if _started(self, label) else label
            most = self.left() - label_height(named, self.width) - 2 * PAD - GAP - 4
            whole = text_height(words, self.width, BODY_PX)
            if whole > most and self.columns[-1] and whole <= most + self.used \
                    + self.rooms(len(self.columns)) - self.rooms(len(self.columns) - 1):
                self.new_column()  # whole in the next column: kept in one piece
                continue
            if most < 2 * line and self.columns[-1]:
                self.new_column()
                continue
            piece = text_pieces(words, self.width, most)[0]
            rest = words[len(piece):].lstrip()
            if rest and text_height(rest, self.width, BODY_PX) < 1.5 * line \
                    and text_height(piece, self.width, BODY_PX) > 2.5 * line:
                piece = text_pieces(words, self.width, most - line)[0]  # a line goes with it
                rest = words[len(piece):].lstrip()
            self.put(Block(named, piece))
            words = rest

    def plan(self, rows: tuple[tuple[str, str], ...], total: str) -> None:
        """The day's plan, going on under "The day's plan (continued)" where a column ends: on
        an 800x600 projector its last stages and its total went on under the screen's foot."""
        start = 0
        whole = _sized(Block(PLAN_LABEL, rows=rows, foot=total), self.width).height
        if self.columns[-1] and self.left() < whole <= self.rooms(len(self.columns)):
            self.new_column()  # whole in the next column: kept in one card
        while start < len(rows):
            label = f"{PLAN_LABEL} (continued)" if start else PLAN_LABEL
            end = start
            while end < len(rows) and _sized(Block(label, rows=rows[start:end + 1]),
                                             self.width).height <= self.left():
                end += 1
            if self.columns[-1] and (end == start or end - start < min(2, len(rows) - start)):
                self.new_column()  # never a stage alone at a column's foot
                continue
            end = max(end, start + 1)  # a row taller than a column alone still goes
            last = _sized(Block(label, rows=rows[start:end], foot=total), self.width)
            if end == len(rows) and last.height > self.left() and end - start > 1:
                end -= 1  # the total takes a row with it
            self.put(Block(label, rows=rows[start:end], foot=total if end == len(rows) else ""))
            start = end


def _started(flow: _Flow, label: str) -> bool:
    """Whether a card under ``label`` is down already (its next piece is "(continued)")."""
    return any(b.label == label for column in flow.columns for b in column)


def welcome_pages(ws: Workshop, wide: float, height: float,
                  title: str, names: tuple[str, ...] = ()) -> list[list[list[Block]]]:
    """Pages of columns of cards for a canvas ``wide`` x ``height``. The day's plan goes on
    the first page, the one the room reads while it arrives and nobody turns a page (it was
    the last: page 3 of 3 at 1024x768): after why we are here and what it covers where it fits
    whole there; else after why we are here (beside it on a canvas of two columns); else first.
    On two columns it starts a column of its own when what comes before it ends in the first.
    How we agreed and who is in the room follow it."""
    pages: list[list[list[Block]]] = []
    for before in (("purpose", "scope"), ("purpose",), ()):
        pages = _flowed(ws, wide, height, title, names, before)
        if _plan_on_page_one(pages, whole=True):
            return pages
    for before in (("purpose",), ()):  # a plan too long for one page: its start on page 1
        pages = _flowed(ws, wide, height, title, names, before)
        if _plan_on_page_one(pages, whole=False):
            return pages
    return pages


def _plan_on_page_one(pages: list[list[list[Block]]], *, whole: bool) -> bool:
    """Whether the day's plan starts on page 1 (and, ``whole``, goes on on no other page)."""
    labels = [[b.label for stack in page for b in stack] for page in pages]
    if not labels or PLAN_LABEL not in labels[0]:
        return False
    return not whole or not any(f"{PLAN_LABEL} (continued)" in page for page in labels[1:])


def _flowed(ws: Workshop, wide: float, height: float, title: str, names: tuple[str, ...],
            before: tuple[str, ...]) -> list[list[list[Block]]]:
    """The pages with the Workshop fields ``before`` the day's plan, the rest after it."""
    per_page = columns(wide)
    first, later = (height - heading_height(h, wide) - FOOT
                    for h in headings(ws, wide, title, names))
    flow = _Flow(lambda column: first if column < per_page else later,
                 column_width(wide) - 2 * INSET)

    def about(fields: tuple[str, ...]) -> None:
        for field, label in ABOUT:
            if field in fields and getattr(ws, field).strip():  # a name or a number in it
                flow.text(label, room_words(getattr(ws, field).strip(), names))  # as its kind

    about(before)
    if len(flow.columns) % per_page and flow.columns[-1]:  # beside what comes before it
        flow.new_column()
    rows, total = plan_rows(ws)
    flow.plan(tuple(rows), total)
    about(tuple(field for field, _label in ABOUT if field not in before))
    everyone, share = who_words(ws)
    if everyone:
        flow.put(Block(WHO_LABEL, everyone, foot=share))
    stacks = [column for column in flow.columns if column]
    return [stacks[i : i + per_page] for i in range(0, len(stacks), per_page)]


def welcome_said(ws: Workshop, names: tuple[str, ...] = ()) -> tuple[object, ...]:
    """Everything the view says, to tell an edit that changes it from one that does not."""
    about = tuple(getattr(ws, field) for field, _label in ABOUT)
    return ws.title, day_words(ws, names), about, who_words(ws), plan_rows(ws), names


class WelcomeRoomView(RoomCanvas):
    """Read-only: the workshop's welcome, in pages when it is long. Follows every edit that
    changes its words (a purpose typed on Prepare, a count, the day's plan) and a file opened;
    a card added on Collect changes none of them and lays nothing out again."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(_spoken(room_title(doc.workshop.title, doc.names_to_watch)), parent)
        self._doc = doc
        self._pages: list[list[list[Block]]] = []
        self._said: tuple[object, ...] | None = None  # what the pages were laid out for
        follow_document(self, doc, on_edited=self._on_edited, on_reset=self.relayout)
        follow_names(self, doc, self.relayout)  # a name pasted may take the title down

    def shown_title(self) -> str:
        """The workshop's title as the room may see it: "" where the guard flags it."""
        return room_title(self._doc.workshop.title, self._doc.names_to_watch)

    def _on_edited(self) -> None:
        # each card typed on Collect laid the welcome out again, and tried its paint: 19 ms
        if welcome_said(self._doc.workshop, tuple(self._doc.names_to_watch)) != self._said:
            self.relayout()

    def lay_out(self, height: float) -> int:
        ws, title = self._doc.workshop, self.shown_title()
        self.setAccessibleName(_spoken(title))  # a title retyped
        names = tuple(self._doc.names_to_watch)
        self._said = welcome_said(ws, names)
        self._pages = welcome_pages(ws, self.canvas_width(), height, title, names)
        return len(self._pages)

    def paint_room(self, p: QPainter, area: QRectF) -> None:
        ws = self._doc.workshop
        title, day = headings(ws, area.width(), self.shown_title(),
                              tuple(self._doc.names_to_watch))[min(self.page, 1)]
        top = draw_heading(p, area, title, day, wrap=True, lines=TITLE_LINES)
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
            colour=ROOM_MUTED,
        )


def _welcome(doc: Document, _request: ViewRequest) -> QWidget:
    return WelcomeRoomView(doc)


register_view("welcome", _welcome)


def _spoken(title: str) -> str:
    """The view's name to a screen reader: "Welcome: " with a blank title read "Welcome colon"."""
    return f"Welcome: {title}" if title else "Welcome"
