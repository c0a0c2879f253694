"""The Identify success room view: one theme's success statements in four columns, or, on a
canvas narrower than 1920 (a smaller screen, where type would otherwise go under 24 px), the
four in a 2x2 grid on one page when each has only a few statements (the room compares the
voices, so it sees them together), else two columns a page over two pages or more."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from wtfc.export.team_heading import theme_team_names
from wtfc.model.document import Document
from wtfc.model.workshop import Perspective, SuccessStatement, Theme
from wtfc.ui.boards.common import follow_document
from wtfc.ui.boards.room_paint import (
    BODY_PX,
    SMALL_PX,
    RoomCanvas,
    draw_card,
    draw_heading,
    draw_kind_badge,
    draw_text,
    heading_bottom,
    text_height,
    text_pieces,
)
from wtfc.ui.boards.shown_theme import as_shown
from wtfc.ui.boards.success_causes import agreed_causes, agreed_line
from wtfc.ui.boards.success_columns import quoted_hint
from wtfc.ui.boards.success_room_titles import (
    BADGE,
    SHORT_BADGE,
    TITLE_LINES,
    badge_by_title,
    beside_badge,
    continued_title,
    team_subtitle,
)
from wtfc.ui.boards.success_room_titles import SUBTITLE as SUBTITLE  # the tests' words
from wtfc.ui.style import KIND_COLOURS, ROOM_MUTED, pixel_font

ROOM_LINES = 2  # the agreed causes' most lines: the columns keep the screen
GAP, LEFT = 36.0, 60.0  # between the columns, beside them
FOOT_ROOM = 30  # under a one-page grid: the least margin (``room_paint.FOOT``)
GRID_PAD, GRID_GAP, GRID_ROW_GAP = 20.0, 10.0, 24.0  # a grid card's padding; between cards, rows
LABEL_H, HINT_H = 44.0, 40.0  # a grid cell's label line, its hint's line
HINT_SPACE = 24.0  # between a label and the hint on its line
CARD_GAP, VOICE_GAP, HEAD_GAP = 18.0, 30.0, 8.0  # a column's cards, voices; under a heading
ONE_COLUMN = 1000.0
CARDS_ROOM = 240.0  # the least room for the statements under the agreed causes


def columns_per_page(wide: float) -> int:
    """Four voices side by side at 1920; two a page below that; one, the page's width, on a
    canvas under ``ONE_COLUMN`` wide (an 800x600 projector), where two columns would hold a
    line or two of a statement each under their headings."""
    return len(Perspective) if wide >= 1920 else 2 if wide >= ONE_COLUMN else 1


class Column(NamedTuple):
    """A perspective's part of a column: its statements there; ``more`` if it goes on from
    the column before; ``stub``: a voice with nothing yet, in one line under the voice before
    (a page of its own said only "Nothing yet")."""

    perspective: Perspective
    statements: list[SuccessStatement]
    more: bool
    stub: bool = False


def _stub_words(perspective: Perspective) -> str:
    """ "Nothing yet from commissioners": an empty voice in a line."""
    return f"Nothing yet from {perspective.label.removesuffix(' would say').lower()}"


def _stub_height(perspective: Perspective, width: float) -> float:
    return max(LABEL_H, text_height(_stub_words(perspective), width, SMALL_PX) + 8)


def _card(text: str, width: float) -> float:
    """A column's card for ``text``: its lines and padding."""
    return text_height(text, width - 44, BODY_PX) + 36


def _head(label: str, perspective: Perspective | None, width: float,
          least: float = 0.0) -> float:
    """A voice's heading in a column: its label (whole, on as many lines as it takes), its
    hint ("I ...", none where the voice goes on from a column before: ``perspective`` None),
    the gap before its cards."""
    hint = HINT_H if perspective and quoted_hint(perspective) \
        and not _hint_beside(label, perspective, width) else 0.0
    return max(least, _label_height(label, width) + hint + HEAD_GAP)


def _hint_beside(label: str, perspective: Perspective, width: float) -> bool:
    """Whether the hint goes on the label's line, after it (a wide column: a line saved)."""
    hint = quoted_hint(perspective)
    return bool(hint) and _advance(label, BODY_PX, bold=True) + HINT_SPACE \
        + _advance(hint, SMALL_PX) <= width


def _advance(text: str, px: int, *, bold: bool = False) -> float:
    return QFontMetricsF(pixel_font(px, bold=bold)).horizontalAdvance(text)


def _label_height(label: str, width: float) -> float:
    return max(LABEL_H, text_height(label, width, BODY_PX, bold=True) + 8)


def _pieces(statement: SuccessStatement, width: float, most: float) -> list[SuccessStatement]:
    """The statement, or where its card is taller than ``most`` (a whole column's room on a
    small screen), its words in pieces that each fit one."""
    if _card(statement.text, width) - 36 <= most:
        return [statement]
    return [statement.model_copy(update={"text": piece})
            for piece in text_pieces(statement.text, width - 44, max(most, 40.0))]


class SuccessRoomView(RoomCanvas):
    """Read-only: "what would success look like" for a theme, by perspective.

    A perspective with more statements than its column holds goes on in a column of the next
    page ("(continued)"), so every statement reaches the room.
    """

    def __init__(self, doc: Document, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(f"What would success look like: {as_shown(theme).name}", parent)
        self._doc = doc
        self._theme_id = theme.id
        self._pages: list[list[list[Column]]] = []  # page, column, voices
        self._grid: list[float] = []  # in a 2x2 grid, its two rows' heights; [] in columns
        self._bottom = 0.0  # where the columns' grounds end: clear of the page label
        self._per_page = 2  # the columns a page
        self._causes = True  # the agreed causes shown under the heading
        self._cause_lines = ROOM_LINES  # in as many lines at most
        self._least_head = 0.0  # four voices across: their cards start level, under the tallest
        follow_document(self, doc, on_edited=self.relayout, on_reset=self.relayout)

    def _subtitle(self, theme: Theme, wide: float) -> str:
        return team_subtitle(theme, theme_team_names(self._doc.workshop, theme.id), wide)

    def _column_width(self, wide: float, per_page: int | None = None) -> float:
        per_page = per_page or self._per_page
        return (wide - 2 * LEFT - (per_page - 1) * GAP) / per_page

    def lay_out(self, height: float) -> int:
        theme = as_shown(t) if (t := self._doc.get("themes", self._theme_id)) else None
        if theme is None:
            self._pages = []
            return 1
        wide = self.canvas_width()
        said = self._subtitle(theme, wide)
        top = heading_bottom(said, title=theme.name, wide=wide, lines=TITLE_LINES)
        # the team's own line, where it once shared the question's beside the badge's symbol
        # alone (so the badge keeps its word), takes the agreed causes' second line: the
        # statements keep the room and the pages they had (1024x768's grid of four voices)
        one = said.replace("\n", " · ")
        self._cause_lines = 1 if "\n" in said and beside_badge(one, wide, SHORT_BADGE) \
            else ROOM_LINES
        causes = self._causes_line(theme, wide - 2 * LEFT)[1]
        self._bottom, self._grid = height - 20, []
        # the agreed causes (the why-tree shows them too) give way where they would leave the
        # statements a few lines a page
        self._causes = bool(causes) and self._bottom - top - causes >= CARDS_ROOM
        top += causes if self._causes else 0.0
        self._per_page = columns_per_page(wide)
        if self._per_page == 2 and self._grid_fits(theme, top, height):
            self._pages = [[[Column(p, self._mine(theme, p), False)] for p in Perspective]]
            return 1
        width = self._column_width(wide)
        self._least_head = max(_head(p.label, p, width) for p in Perspective) \
            if self._per_page == len(Perspective) else 0.0
        best: tuple[bool, int, int, list[list[Column]]] | None = None
        # below 1920, two columns or one: the fewer pages with every statement on one card
        later = heading_bottom(False, title=continued_title(theme.name, wide), wide=wide)
        for per_page in {self._per_page, 2, 1} if self._per_page < 3 else {self._per_page}:
            columns, split = self._flow((top, later),
                                        self._column_width(wide, per_page), per_page)
            pages = -(-len(columns) // per_page)
            if best is None or (split, pages, -per_page) < best[:3]:
                best = (split, pages, -per_page, columns)
        assert best is not None
        self._per_page, columns = -best[2], best[3]
        self._pages = [columns[i:i + self._per_page]
                       for i in range(0, len(columns), self._per_page)]
        return len(self._pages)

    def _flow(self, tops: tuple[float, float], width: float,
              per_page: int) -> tuple[list[list[Column]], bool]:
        """The voices down the columns, as painted (``tops``: where the first page's columns
        start, under the whole heading, and the later pages', under one line): a column is
        filled before the next is started; a voice goes on in the next column ("(continued)"),
        and, where ``share`` (two columns a page or one), the next voice starts under it while
        its heading and first card fit. A voice with nothing yet that would start a page goes
        in a line under the voice before where that fits, else with that voice's last statement
        (never a page of "Nothing yet" alone). A statement taller than a whole column goes on
        in the next one, its words whole (then ``True`` with the columns)."""
        theme = self._doc.theme(self._theme_id)
        share = per_page < len(Perspective)
        limit = self._bottom - 10  # the cards end inside the column's ground
        columns: list[list[Column]] = []
        column: list[Column] = []
        top = tops[0]  # the first page's, the lower: a piece of a statement fits any column
        y, split = top, False

        def next_column() -> None:
            nonlocal column, y
            if column:
                columns.append(column)
            column, y = [], tops[0] if len(columns) < per_page else tops[1]

        for perspective in Perspective:
            label = perspective.label
            head = _head(label, perspective, width, self._least_head)
            head_on = _head(f"{label} (continued)", None, width, self._least_head)
            whole = self._mine(theme, perspective)
            mine = [piece for s in whole for piece in _pieces(s, width, limit - top - head_on - 36)]
            split = split or len(mine) > len(whole)
            first = _card(mine[0].text, width) if mine else LABEL_H
            if column and (not share or y + VOICE_GAP + head + first > limit):
                stub = VOICE_GAP + _stub_height(perspective, width)
                page_ends = (len(columns) + 1) % per_page == 0
                if not mine and page_ends and y + stub > limit \
                        and len(column[-1].statements) > 1:
                    # not a page of "Nothing yet" alone: the statement before goes over with it
                    before = column[-1]
                    column[-1] = before._replace(statements=before.statements[:-1])
                    next_column()
                    column.append(Column(before.perspective, before.statements[-1:], True))
                    y += _head(f"{before.perspective.label} (continued)", None, width,
                               self._least_head) + _card(before.statements[-1].text, width) \
                        + CARD_GAP
                if not mine and page_ends and y + stub <= limit:
                    column.append(Column(perspective, [], False, stub=True))
                    y += stub
                    continue
                next_column()
            y += (VOICE_GAP if column else 0.0) + head
            part: list[SuccessStatement] = []
            more = False
            for statement in mine:
                tall = _card(statement.text, width)
                if part and y + tall > limit:
                    column.append(Column(perspective, part, more))
                    next_column()
                    part, more, y = [], True, y + head_on
                part.append(statement)
                y += tall + CARD_GAP
            y += 0.0 if mine else LABEL_H
            column.append(Column(perspective, part, more))
        next_column()
        return columns, split

    def _mine(self, theme: Theme, perspective: Perspective) -> list[SuccessStatement]:
        return [s for s in self._doc.workshop.success
                if s.theme_id == theme.id and s.perspective == perspective]

    def _cell_height(self, theme: Theme, perspective: Perspective, width: float) -> float:
        """A grid cell's height: its label, its hint, its statements' cards (whole)."""
        mine = self._mine(theme, perspective)
        cards = sum(text_height(s.text, width - 44, BODY_PX) + GRID_PAD + GRID_GAP for s in mine)
        hint = HINT_H if quoted_hint(perspective) else 0.0
        label = max(LABEL_H, text_height(perspective.label, width, BODY_PX, bold=True) + 8)
        return label + hint + (cards if mine else LABEL_H) + 10

    def _grid_fits(self, theme: Theme, top: float, height: float) -> bool:
        """Lay the four out 2x2 if every statement fits whole above ``height``."""
        width = self._column_width(self.canvas_width())
        cells = [self._cell_height(theme, p, width) for p in Perspective]
        rows = [max(cells[0], cells[1]), max(cells[2], cells[3])]
        if top + sum(rows) + GRID_ROW_GAP > height - FOOT_ROOM:
            return False
        self._grid = rows
        return True

    def paint_room(self, p: QPainter, area: QRectF) -> None:
        theme = as_shown(t) if (t := self._doc.get("themes", self._theme_id)) else None
        if theme is None:
            draw_heading(p, area, "This theme is no longer in the workshop")
            return
        if self.page > 0 and not self._grid:
            top = draw_heading(p, area, continued_title(theme.name, area.width()), wrap=True)
        else:
            top = self._draw_first_heading(p, area, theme)
        width = self._column_width(area.width())
        page = self._pages[self.page] if self.page < len(self._pages) else []
        if self._grid:
            self._paint_grid(p, theme, page, top, width)
            return
        self._paint_columns(p, theme, page, top, width)

    def _draw_first_heading(self, p: QPainter, area: QRectF, theme: Theme) -> float:
        """The theme whole, the subtitle, the kind and the agreed causes; returns where the
        statements start."""
        said = self._subtitle(theme, area.width())
        top = draw_heading(p, area, theme.name, said, wrap=True, lines=TITLE_LINES)
        # beside the subtitle, under a name that takes two lines; else beside the name's last
        # line; the symbol alone only where the whole badge would cover the end of both
        # (800x600: "Priority 1 · … look li[badge]")
        middle = None if beside_badge(said.split("\n")[-1], area.width()) else \
            badge_by_title(theme.name, area.width())
        short = middle is None and not beside_badge(said.split("\n")[-1], area.width())
        wide = SHORT_BADGE if short else BADGE
        y = top - 56 if middle is None else middle - 22
        draw_kind_badge(p, QRectF(area.width() - 60 - wide, y, wide, 44), theme.kind,
                        short=short)
        if self._causes:
            top = self._draw_causes(p, theme, top, area.width() - 2 * LEFT)
        return top

    def _paint_columns(self, p: QPainter, theme: Theme, page: list[list[Column]], top: float,
                       width: float) -> None:
        for i, column in enumerate(page):
            x = LEFT + i * (width + GAP)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#F4F2EC"))
            p.drawRoundedRect(QRectF(x - 10, top - 10, width + 20, self._bottom - top), 14, 14)
            y = top
            for n, (perspective, mine, more, stub) in enumerate(column):
                y += VOICE_GAP if n else 0.0
                if stub:
                    draw_text(p, QRectF(x, y, width, _stub_height(perspective, width)),
                              _stub_words(perspective), SMALL_PX, colour=ROOM_MUTED)
                    y += _stub_height(perspective, width)
                    continue
                label = f"{perspective.label} (continued)" if more else perspective.label
                tall = _label_height(label, width)
                draw_text(p, QRectF(x, y, width, tall), label, BODY_PX, bold=True)
                hint = "" if more else quoted_hint(perspective)  # said in its first column
                if hint and _hint_beside(label, perspective, width):
                    after = _advance(label, BODY_PX, bold=True) + HINT_SPACE
                    draw_text(p, QRectF(x + after, y + 2, width - after, HINT_H), hint,
                              SMALL_PX, colour=ROOM_MUTED, wrap=False)
                elif hint:
                    draw_text(p, QRectF(x, y + tall, width, HINT_H), hint, SMALL_PX,
                              colour=ROOM_MUTED, wrap=False)
                y += _head(label, None if more else perspective, width, self._least_head)
                for statement in mine:
                    height = _card(statement.text, width)
                    draw_card(p, QRectF(x, y, width, height), edge=KIND_COLOURS[theme.kind])
                    draw_text(p, QRectF(x + 28, y + 18, width - 44, height - 30),
                              statement.text, BODY_PX)
                    y += height + CARD_GAP
                if not mine:
                    draw_text(p, QRectF(x, y, width, LABEL_H), "Nothing yet", SMALL_PX,
                              colour=ROOM_MUTED)
                    y += LABEL_H

    def _paint_grid(self, p: QPainter, theme: Theme, page: list[list[Column]], top: float,
                    width: float) -> None:
        """The four voices two by two, each statement whole (``_grid_fits`` saw they fit)."""
        for i, [(perspective, mine, *_)] in enumerate(page):
            x = LEFT + (i % 2) * (width + GAP)
            y = top + (self._grid[0] + GRID_ROW_GAP if i >= 2 else 0.0)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#F4F2EC"))
            p.drawRoundedRect(QRectF(x - 10, y - 10, width + 20, self._grid[i // 2] + 10), 14, 14)
            label = max(LABEL_H, text_height(perspective.label, width, BODY_PX, bold=True) + 8)
            draw_text(p, QRectF(x, y, width, label), perspective.label, BODY_PX, bold=True)
            y += label
            if hint := quoted_hint(perspective):
                draw_text(p, QRectF(x, y, width, HINT_H), hint, SMALL_PX, colour=ROOM_MUTED,
                          wrap=False)
                y += HINT_H
            for statement in mine:
                height = text_height(statement.text, width - 44, BODY_PX) + GRID_PAD
                draw_card(p, QRectF(x, y, width, height), edge=KIND_COLOURS[theme.kind])
                draw_text(p, QRectF(x + 28, y + GRID_PAD / 2, width - 44, height - GRID_PAD + 1),
                          statement.text, BODY_PX)
                y += height + GRID_GAP
            if not mine:
                draw_text(p, QRectF(x, y, width, LABEL_H), "Nothing yet", SMALL_PX,
                          colour=ROOM_MUTED)

    def _causes_line(self, theme: Theme, width: float) -> tuple[str, float]:
        """The causes the room agreed to address, in at most two lines under the heading, and
        the room it takes ("" and 0 when none is agreed)."""
        lines = text_height("Agreed", width, SMALL_PX) * self._cause_lines
        line = agreed_line(agreed_causes(self._doc, theme.id),
                           lambda t: text_height(t, width, SMALL_PX) <= lines + 1)
        return (line, text_height(line, width, SMALL_PX) + 24) if line else ("", 0.0)

    def _draw_causes(self, p: QPainter, theme: Theme, top: float, width: float) -> float:
        """The agreed causes under the heading; returns where the columns start."""
        line, room = self._causes_line(theme, width)
        if line:
            draw_text(p, QRectF(60, top, width, room - 22), line, SMALL_PX)
        return top + room
