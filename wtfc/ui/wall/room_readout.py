"""The read-out card on the projector, with the themes it could join under it.

In the method the room, not the facilitator, decides where each card goes (seeds/003), so the
room needs the card and the groups of its colour at once, as the paper wall gives them. Under
the card: the themes of the card's kind, numbered as the facilitator's read-out list and the
wall's headers number them (``layout.theme_numbers``), each with its card count, so people can
say "that goes with number 2". Past the ninth (Alt+9) a theme is listed with a bullet for its
number: a county has 13-14 themes of a kind, and the room sorting a card is shown every one it
could join that fits (``readout_rows``). The kind is said in words and symbol above the list,
never by colour alone. Themes that still do not fit end in "and 4 more".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
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
from wtfc.ui.wall.readout_rows import (
    ListPlan,
    ThemeRow,
    mark,
    mark_width,
    name_lines,
    pack,
    row_line,
    row_lines,
    said_whole,
)
from wtfc.ui.wall.room_card_guard import room_shows

LIST_SHARE = 0.4  # of the height for the themes, at first: more where it shows more of them
CARD_LEAST_PX = 40  # the list grows no further than keeps the card's words this big (or as
# big as at LIST_SHARE, if smaller): at 800x600 a short card's words took ~60 px while the list
# showed 5 of 10 themes and "and 5 more"; at 40 (still 5/3 of the room's 24 px floor) it shows 9
SPACING = 1.3  # line pitch over type size
HEADING_LINES = 1.4  # the heading's line, a little apart from the rows


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

    def _line(self, px: int | None = None) -> float:
        """The rows' line pitch, at ``px`` or the type the list is planned at."""
        return (self.plan().px if px is None else px) * SPACING

    def plan(self) -> ListPlan:
        """Where the rows go: in ``LIST_SHARE`` of the height, or in more lines where they show
        more themes (more whole, or as many whole and more) while the card's words stay
        ``CARD_LEAST_PX`` or more (or as big as at ``LIST_SHARE``) and as whole as at
        ``LIST_SHARE`` (a cut card never gives up lines to the list): the room chooses where the
        card goes, so it is shown the themes the card's words do not need the room for. A row
        whose name and count do not fit on one line takes two. Two columns only when they show
        more names whole than one column (a name cut to its first words cannot be told from
        the next "I want to…"), or as many and more cut. Every theme, past the ninth too (a
        county showed 9 of 13 and "and 4 more" at 1920x1080 with room under them); where some
        still do not fit, the rows' type steps down towards the 24 px floor while that shows
        more of them, then "and N more". Worked out once for the card, its themes and the
        size."""
        rows = self.rows()
        card = self.shown_card()
        key = (self.width(), self.height(), rows,
               (card.id, card.text, card.kind) if card is not None else None)
        if self._planned is not None and self._planned[0] == key:
            return self._planned[1]
        first = list_px(self.height())
        best, floor = self._grow(rows, first, None)
        for px in range(first - 1, MIN_TEXT_PX - 1, -1):
            if not best.more:
                break
            tried, _ = self._grow(rows, px, floor)
            if len(tried.rows) > len(best.rows):  # more themes, the card as large as before
                best = tried
        self._planned = (key, best)
        return best

    def _grow(self, rows: list[ThemeRow], px: int, floor: tuple[int, int] | None
              ) -> tuple[ListPlan, tuple[int, int]]:
        """The rows at ``px`` in ``LIST_SHARE``, or in more lines while the card keeps
        ``floor`` (how whole its words are, their least type; as at the list's own type when
        None): the plan, and that floor."""
        line = px * SPACING
        fit = max(1, int(self.height() * LIST_SHARE / line - HEADING_LINES))
        best = self._plan_in(rows, fit, px)
        shown, share_px = self._card_fit(best[1].lines, px)  # 0: the card is cut, keep the share
        if floor is None:
            floor = (shown, min(CARD_LEAST_PX, share_px))
        elif shown < floor[0] or (floor[0] and share_px < floor[1]):
            return replace(best[1], rows=[], more=len(rows)), floor  # the card gives nothing
        if floor[0] and len(best[1].rows) < len(rows):
            most = int((super().card_rect().height() - self.height() * 0.2) / line
                       - HEADING_LINES)  # a card a fifth of the screen high, at the least
            for more in range(fit + 1, most + 1):
                tried = self._plan_in(rows, more, px)
                if tried[1].lines > best[1].lines:
                    now_shown, now_px = self._card_fit(tried[1].lines, px)
                    if now_shown < floor[0] or now_px < floor[1]:  # never a row for the card's
                        break  # words
                if tried[0] > best[0]:
                    best = tried
                if len(best[1].rows) == len(rows):
                    break
        return best[1], floor

    def _plan_in(self, rows: list[ThemeRow], fit: int, px: int
                 ) -> tuple[tuple[int, int], ListPlan]:
        """The rows in columns of ``fit`` lines at ``px``, scored (names whole, themes
        shown)."""
        width = super().card_rect().width()
        plans = []
        for columns in (1, 2):
            column_width = (width - px * 1.5 * (columns - 1)) / columns
            needs = [min(fit, row_lines(row, px, column_width)) for row in rows]
            plan = replace(pack(rows, needs, fit, columns), px=px)
            whole = sum(said_whole(row, px, column_width, at[2]) for row, at in plan.rows)
            plans.append((whole, len(plan.rows), -columns, plan))
        scored = max(plans, key=lambda scored: scored[:3])  # most names whole, then most
        return scored[:2], scored[3]

    def _card_fit(self, lines: int, px: int) -> tuple[int, int]:
        """How the card's words fit with the list ``lines`` high (at ``px``) under it (2 whole,
        1 with a word broken, 0 cut with "…") and their type, worked out as
        ``ReadOutCard._paint_card`` lays the room's card out (its kind's band, its foot). The
        type alone could not tell a cut card: it stays at the 24 px floor however much is cut,
        so the list grew to nine rows and a 400-character card at 800x600 showed 164
        characters (382 at the share)."""
        card = self.shown_card()
        if card is None:
            return 0, 0
        rect = self._card_above(lines, px)
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
        plan = self.plan()
        return self._line(plan.px) * (HEADING_LINES + plan.lines)

    def card_rect(self) -> QRectF:
        if self.shown_card() is None:
            return super().card_rect()  # "Next card coming" or why there is none: the screen
        plan = self.plan()
        return self._card_above(plan.lines, plan.px)

    def _card_above(self, lines: int, px: int) -> QRectF:
        """The card's rectangle over a list ``lines`` high at ``px``."""
        return super().card_rect().adjusted(
            0, 0, 0, -self._line(px) * (HEADING_LINES + lines) - self._margin() * 0.4)

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
        plan = self.plan()
        px, line = plan.px, self._line(plan.px)
        painter.setPen(WALL_BACKGROUND)  # light on the room's dark ground, as the card's frame
        painter.setFont(pixel_font(px, bold=True))
        painter.drawText(QRectF(box.left(), box.top(), box.width(), line * HEADING_LINES),
                         Qt.AlignmentFlag.AlignVCenter, self._elided(self.heading(), px,
                                                                    box.width(), bold=True))
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
        """The number bold (what people say aloud), or a bullet past the ninth, the name after
        it (in line with the names above) on one line or two (the second under the first),
        shortened only past that, the count whole; returns the row as drawn (its lines joined
        by a space)."""
        said = mark(row)
        pitch = cell.height() / lines
        painter.setFont(pixel_font(px, bold=True))
        painter.drawText(QRectF(cell.left(), cell.top(), cell.width(), pitch),
                         Qt.AlignmentFlag.AlignVCenter, said)
        x = cell.left() + mark_width(row, px)
        painter.setFont(pixel_font(px))
        parts = name_lines(row, px, cell.right() - x, lines)
        for i, (name, tail) in enumerate(parts):
            painter.drawText(QRectF(x, cell.top() + i * pitch, cell.right() - x, pitch),
                             Qt.AlignmentFlag.AlignVCenter, row_line(name, tail))
        return said + " ".join(name + tail for name, tail in parts)

    @staticmethod
    def _elided(text: str, px: int, width: float, *, bold: bool = False) -> str:
        return QFontMetricsF(pixel_font(px, bold=bold)).elidedText(
            text, Qt.TextElideMode.ElideRight, width)
