"""The read-out card on the projector, with the themes it could join under it.

In the method the room, not the facilitator, decides where each card goes (seeds/003), so the
room needs the card and the groups of its colour at once, as the paper wall gives them. Under
the card: the themes of the card's kind, numbered as the facilitator's read-out list and the
wall's headers number them (``layout.theme_numbers``), each with its card count, so people can
say "that goes with number 2". The kind is said in words and symbol above the list, never by
colour alone. Themes that do not fit end in "and 4 more".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.unnamed_themes import shown_theme_name
from wtfc.model.workshop import Card, Kind
from wtfc.ui.boards.names_follow import follow_names
from wtfc.ui.held_back_words import words_on_screen
from wtfc.ui.style import WALL_BACKGROUND, pixel_font
from wtfc.ui.wall.layout import theme_numbers, wall_themes
from wtfc.ui.wall.readout_card import MIN_TEXT_PX, ReadOutCard, fitted_text_px
from wtfc.ui.wall.readout_fit import fits_broken, fits_whole
from wtfc.ui.wall.room_card_guard import room_shows
from wtfc.ui.wall.room_measure import cards_phrase

LIST_SHARE = 0.4  # of the height for the themes, at first: more where it shows more of them
CARD_LEAST_PX = 40  # the list grows no further than keeps the card's words this big (or as
# big as at LIST_SHARE, if smaller): at 800x600 a short card's words took ~60 px while the list
# showed 5 of 10 themes and "and 5 more"; at 40 (still 5/3 of the room's 24 px floor) it shows 9
SPACING = 1.3  # line pitch over type size
HEADING_LINES = 1.4  # the heading's line, a little apart from the rows
MOST_ROWS = 9  # Alt+1…9: past that the room has no number to say


@dataclass(frozen=True)
class ThemeRow:
    """One theme as the room's list says it: "2." (or "" past Alt+9), its name, its count."""

    number: str
    name: str
    count: int  # every card in it, held back or not, as the room's theme view counts them
    holds_card: bool  # the card read out is already in it (Previous, or a copy)
    hidden: int = 0  # of its cards, those held back: said "(1 not shown)", as its header says

    def text(self) -> str:
        return f"{self.number} {self.name}{_tail(self)}".lstrip()


def theme_rows(doc: Document, card: Card, kinds: Sequence[Kind]) -> list[ThemeRow]:
    """The card's kind's themes in the wall's order, numbered as the wall shows ``kinds``; a
    name with no words to read said as the room wall's header says it, "Unnamed theme"; the
    cards the room wall leaves out counted "not shown", as its headers count them."""
    numbers = theme_numbers(doc, kinds if card.kind in kinds else (card.kind,))
    shown = room_shows(doc.names_to_watch)
    return [ThemeRow(f"{numbers[t.id]}." if t.id in numbers else "", shown_theme_name(t.name),
                     len(t.card_ids), card.id in t.card_ids,
                     sum(1 for cid in t.card_ids if not shown(doc.card(cid))))
            for t in wall_themes(doc, (card.kind,))]


def row_line(name: str, tail: str) -> str:
    """The name and its count as painted: the name isolated (FSI…PDI), so that an Urdu or
    Arabic name neither turns the line right to left nor pulls " · 3 cards" round itself."""
    return f"\u2068{name}\u2069{tail}"


@dataclass(frozen=True)
class ListPlan:
    """Where the list's rows go: each shown row with its (column, first line, lines), how many
    themes "and N more" stands for and its (column, line), the columns and their tallest."""

    rows: list[tuple[ThemeRow, tuple[int, int, int]]]
    more: int
    more_at: tuple[int, int]
    columns: int
    lines: int


def row_lines(row: ThemeRow, px: int, width: float) -> int:
    """1 if the row says its number, name and count on one line of ``width``, else 2."""
    number = f"{row.number} " if row.number else ""
    said = QFontMetricsF(pixel_font(px, bold=True)).horizontalAdvance(number) + \
        QFontMetricsF(pixel_font(px)).horizontalAdvance(row.name + _tail(row))
    return 1 if said <= width else 2


def pack(rows: Sequence[ThemeRow], needs: Sequence[int], fit: int, columns: int) -> ListPlan:
    """The most of ``rows`` (``needs`` lines each, at most ``MOST_ROWS``) that go in order into
    ``columns`` columns of ``fit`` lines, leaving a line for "and N more" if any are left."""
    for count in range(min(len(rows), MOST_ROWS), -1, -1):
        spots: list[tuple[int, int, int]] = []
        column, line = 0, 0
        for need in needs[:count]:
            if line + need > fit:  # a row is never split between columns
                column, line = column + 1, 0
            spots.append((column, line, need))
            line += need
        if column >= columns:
            continue
        if count < len(rows):  # "and N more" after the last row shown
            if line + 1 > fit:
                column, line = column + 1, 0
            if column >= columns:
                continue
            line += 1
        tallest = max([line, *(first + lines for _, first, lines in spots)])
        return ListPlan(list(zip(rows, spots, strict=False)), len(rows) - count,
                        (column, line - 1), columns, tallest)
    return ListPlan([], len(rows), (0, 0), columns, 1)


def name_lines(row: ThemeRow, px: int, width: float, lines: int) -> list[tuple[str, str]]:
    """The row after its number, (name, count) on each line of ``width``: the name whole on one
    line if it fits with its count; else broken between words onto a second line, shortened
    (…) only if it still does not fit, the count whole at its end."""
    metrics = QFontMetricsF(pixel_font(px))
    tail = _tail(row)
    if lines == 1 or metrics.horizontalAdvance(row.name + tail) <= width:
        room = width - metrics.horizontalAdvance(tail)
        return [(metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, room), tail)]
    layout = QTextLayout(row.name, pixel_font(px))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    first = layout.createLine()
    first.setLineWidth(width)
    layout.endLayout()
    cut = first.textLength()
    if not row.name[cut:].strip():  # the name fits, not its count: its last word goes down too
        cut = row.name.rstrip().rfind(" ") + 1
    rest = row.name[cut:].strip()
    if not cut or not rest:  # one long word: the count under it
        return [(row.name.strip(), ""), ("", tail.lstrip())]
    room = width - metrics.horizontalAdvance(tail)
    return [(row.name[:cut].strip(), ""),
            (metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room), tail)]


def said_whole(row: ThemeRow, px: int, width: float, lines: int) -> bool:
    """Whether the row's name is drawn whole, unshortened, in ``lines`` lines of ``width``."""
    number = f"{row.number} " if row.number else ""
    room = width - QFontMetricsF(pixel_font(px, bold=True)).horizontalAdvance(number)
    drawn = " ".join(name for name, _ in name_lines(row, px, room, lines) if name)
    return drawn.split() == row.name.split()


def _tail(row: ThemeRow) -> str:
    return f" · {cards_phrase(row.count, row.hidden)}" + (" · this card" if row.holds_card else "")


def list_px(height: float) -> int:
    """The themes' type: a thirtieth of the screen's height, never under 24 px."""
    return max(MIN_TEXT_PX, round(height / 30))


class RoomReadOut(ReadOutCard):
    """``ReadOutCard`` for the room, the card on top and its kind's themes below; ``kinds``
    are the kinds the facilitator's wall shows (they number the themes)."""

    def __init__(self, doc: Document, kinds: Sequence[Kind], parent: QWidget | None = None
                 ) -> None:
        super().__init__(room=True, parent=parent)
        self.doc = doc
        self.kinds = tuple(kinds)
        self.rows_drawn: list[str] = []  # what the list last said, as drawn (names shortened)
        self._planned: tuple[tuple, ListPlan] | None = None
        # names pasted (no edit, no ``edited``): a card naming one goes at once, not at the
        # next card (``room_card_guard``)
        follow_names(self, doc, self._on_names_changed)

    def shown_card(self) -> Card | None:
        """Never a held-back card, nor one naming someone pasted to watch for since it was
        checked: "Next card coming" instead (names pasted after the import, or the check
        undone, put "Zebulon Quarrie from the agency…" on the projector)."""
        card = super().shown_card()
        return card if card is None or room_shows(self.doc.names_to_watch)(card) else None

    def _on_names_changed(self) -> None:
        self._update_accessible()
        self.update()

    def set_kinds(self, kinds: Sequence[Kind]) -> None:
        self.kinds = tuple(kinds)
        self._update_accessible()
        self.update()

    def rows(self) -> list[ThemeRow]:
        card = self.shown_card()
        return theme_rows(self.doc, card, self.kinds) if card is not None else []

    def heading(self) -> str:
        card = self.shown_card()
        if card is None:
            return ""
        kind = f"{card.kind.symbol} {card.kind.label}"
        if not self.rows():
            return f"No {kind} themes yet: this card can start the first"
        return f"{kind} themes: which does this card go with?"

    def _update_accessible(self) -> None:
        super()._update_accessible()
        if self.shown_card() is not None:  # the list is painted too: a screen reader hears it
            said = "; ".join(row.text() for row in self.rows())
            card = self.accessibleDescription().rstrip(".")
            self.setAccessibleDescription(f"{card}. {self.heading()} {said}".rstrip())

    # -- where things go -----------------------------------------------------------------------
    def _margin(self) -> float:
        return min(self.width(), self.height()) * 0.05  # as ``ReadOutCard.card_rect``

    def _line(self) -> float:
        return list_px(self.height()) * SPACING

    def plan(self) -> ListPlan:
        """Where the rows go: in ``LIST_SHARE`` of the height, or in more lines where they show
        more themes (more whole, or as many whole and more) while the card's words stay
        ``CARD_LEAST_PX`` or more (or as big as at ``LIST_SHARE``) and as whole as at
        ``LIST_SHARE`` (a cut card never gives up lines to the list): the room chooses where the
        card goes, so it is shown the themes the card's words do not need the room for. A row
        whose name and count do not fit on one line takes two. Two columns only when they show
        more names whole than one column (a name cut to its first words cannot be told from
        the next "I want to…"), or as many and more cut; at most ``MOST_ROWS`` themes, then
        "and N more". Worked out once for the card, its themes and the size."""
        rows = self.rows()
        card = self.shown_card()
        key = (self.width(), self.height(), rows,
               (card.id, card.text, card.kind) if card is not None else None)
        if self._planned is not None and self._planned[0] == key:
            return self._planned[1]
        line = self._line()
        fit = max(1, int(self.height() * LIST_SHARE / line - HEADING_LINES))
        best = self._plan_in(rows, fit)
        shown, share_px = self._card_fit(best[1].lines)  # 0: the card is cut, keep the share
        if shown and len(best[1].rows) < min(len(rows), MOST_ROWS):
            least = min(CARD_LEAST_PX, share_px)
            most = int((super().card_rect().height() - self.height() * 0.2) / line
                       - HEADING_LINES)  # a card a fifth of the screen high, at the least
            for more in range(fit + 1, most + 1):
                tried = self._plan_in(rows, more)
                if tried[1].lines > best[1].lines:
                    now_shown, px = self._card_fit(tried[1].lines)
                    if now_shown < shown or px < least:  # never a row for the card's words
                        break
                if tried[0] > best[0]:
                    best = tried
                if len(best[1].rows) == min(len(rows), MOST_ROWS):
                    break
        self._planned = (key, best[1])
        return best[1]

    def _plan_in(self, rows: list[ThemeRow], fit: int) -> tuple[tuple[int, int], ListPlan]:
        """The rows in columns of ``fit`` lines, scored (names whole, themes shown)."""
        px, width = list_px(self.height()), super().card_rect().width()
        plans = []
        for columns in (1, 2):
            column_width = (width - px * 1.5 * (columns - 1)) / columns
            needs = [min(fit, row_lines(row, px, column_width)) for row in rows]
            plan = pack(rows, needs, fit, columns)
            whole = sum(said_whole(row, px, column_width, at[2]) for row, at in plan.rows)
            plans.append((whole, len(plan.rows), -columns, plan))
        scored = max(plans, key=lambda scored: scored[:3])  # most names whole, then most
        return scored[:2], scored[3]

    def _card_fit(self, lines: int) -> tuple[int, int]:
        """How the card's words fit with the list ``lines`` high under it (2 whole, 1 with a
        word broken, 0 cut with "…") and their type, worked out as ``ReadOutCard._paint_card``
        lays the room's card out (its kind's band, its foot). The type alone could not tell a
        cut card: it stays at the 24 px floor however much is cut, so the list grew to nine rows
        and a 400-character card at 800x600 showed 164 characters (382 at the share)."""
        card = self.shown_card()
        if card is None:
            return 0, 0
        rect = self._card_above(lines)
        band = max(rect.height() * 0.12, MIN_TEXT_PX * 1.5)
        pad = rect.width() * 0.04
        words = words_on_screen(card, False)
        width = rect.width() - 2 * pad
        height = rect.height() - band - rect.height() * 0.06 - pad * 0.8
        px = fitted_text_px(words, width, height, int(self.height() / 9))
        shown = 2 if fits_whole(words, px, width, height) else \
            1 if fits_broken(words, px, width, height) else 0
        return shown, px

    def _list_height(self) -> float:
        return self._line() * (HEADING_LINES + self.plan().lines)

    def card_rect(self) -> QRectF:
        if self.shown_card() is None:
            return super().card_rect()  # "Next card coming" or why there is none: the screen
        return self._card_above(self.plan().lines)

    def _card_above(self, lines: int) -> QRectF:
        """The card's rectangle over a list ``lines`` high."""
        return super().card_rect().adjusted(
            0, 0, 0, -self._line() * (HEADING_LINES + lines) - self._margin() * 0.4)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.shown_card() is None:
            self.rows_drawn = []
            return
        painter = QPainter(self)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        card = self.card_rect()
        box = QRectF(card.left(), card.bottom() + self._margin() * 0.4, card.width(),
                     self._list_height())
        self._paint_list(painter, box)
        painter.end()

    def _paint_list(self, painter: QPainter, box: QRectF) -> None:
        px, line = list_px(self.height()), self._line()
        painter.setPen(WALL_BACKGROUND)  # light on the room's dark ground, as the card's frame
        painter.setFont(pixel_font(px, bold=True))
        painter.drawText(QRectF(box.left(), box.top(), box.width(), line * HEADING_LINES),
                         Qt.AlignmentFlag.AlignVCenter, self._elided(self.heading(), px,
                                                                    box.width(), bold=True))
        plan = self.plan()
        gap = px * 1.5
        width = (box.width() - gap * (plan.columns - 1)) / plan.columns
        top = box.top() + line * HEADING_LINES

        def cell(column: int, first: int, lines: int) -> QRectF:
            return QRectF(box.left() + column * (width + gap), top + first * line, width,
                          line * lines)

        self.rows_drawn = [self._paint_row(painter, cell(*at), row, px, at[2])
                           for row, at in plan.rows]
        if plan.more:
            painter.setFont(pixel_font(px))
            painter.drawText(cell(*plan.more_at, 1), Qt.AlignmentFlag.AlignVCenter,
                             f"and {plan.more} more")
            self.rows_drawn.append(f"and {plan.more} more")

    def _paint_row(self, painter: QPainter, cell: QRectF, row: ThemeRow, px: int,
                   lines: int) -> str:
        """The number bold (what people say aloud), the name after it on one line or two (the
        second under the first), shortened only past that, the count whole; returns the row
        as drawn (its lines joined by a space)."""
        bold = pixel_font(px, bold=True)
        number = f"{row.number} " if row.number else ""
        pitch = cell.height() / lines
        x = cell.left()
        if number:
            painter.setFont(bold)
            painter.drawText(QRectF(x, cell.top(), cell.width(), pitch),
                             Qt.AlignmentFlag.AlignVCenter, number)
            x += QFontMetricsF(bold).horizontalAdvance(number)
        painter.setFont(pixel_font(px))
        parts = name_lines(row, px, cell.right() - x, lines)
        for i, (name, tail) in enumerate(parts):
            painter.drawText(QRectF(x, cell.top() + i * pitch, cell.right() - x, pitch),
                             Qt.AlignmentFlag.AlignVCenter, row_line(name, tail))
        return number + " ".join(name + tail for name, tail in parts)

    @staticmethod
    def _elided(text: str, px: int, width: float, *, bold: bool = False) -> str:
        return QFontMetricsF(pixel_font(px, bold=bold)).elidedText(
            text, Qt.TextElideMode.ElideRight, width)
