"""The Review room view: what changed since last time, and how last time's actions went.

Each theme says how many people said it then and now, under the board's own words ("People
then → now"), beside its change in people's terms. Each action says, under its words, how we
said we'd know it worked (the evidence Plan asked for) and what had happened when last checked.

The themes and the actions stand side by side; on a canvas too narrow for both at a readable
size (a 1024-wide screen) the themes come first and the actions on the pages after them. The
group's reflection on this workshop and its next review date follow on a page of their own
(``review_reflection_room``); on a first workshop, with no last time's file, that page is all,
its three questions shown before they are answered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

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
from wtfc.model.compare import priority_ranks as workshop_ranks
from wtfc.model.compare_words import how_we_know_line, ranks_text
from wtfc.model.document import Document
from wtfc.ui.boards.common import follow_document
from wtfc.ui.boards.even_pages import even_pages
from wtfc.ui.boards.plan import OVERDUE_INK, OVERDUE_TINT, date_text
from wtfc.ui.boards.review import (
    action_status_text,
    no_themes_text,
    theme_change_text,
    theme_text,
)
from wtfc.ui.boards.review_last_words import flagged_words, hidden_in_room, room_comparison
from wtfc.ui.boards.review_reflection_room import Block, looking_back_pages, paint_looking_back
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
)
from wtfc.ui.style import KIND_COLOURS, MUTED_INK

MIDDLE = 1010.0  # on the 1920-wide canvas; the columns keep these shares of a narrower one
THEME_TEXT_WIDTH = MIDDLE - 60 - 50
ACTION_TEXT_WIDTH = 1920 - 60 - MIDDLE - 30 - 40
NOTE = 40  # one line of "= 2 themes about the same" under the themes
COUNT_RIGHT = 980.0  # the people counts' right edge, inside the theme's card
STACKED = 1300.0  # a canvas narrower than this shows the themes, then the actions
MAX_LINES = 2  # a long name or action wraps onto a second line, then ends in "…"


@dataclass(frozen=True)
class Columns:
    """Where the themes and the actions go on a canvas ``wide`` units wide."""

    themes_right: float  # the theme cards' right edge
    actions_left: float
    actions_right: float
    stacked: bool  # the actions on pages after the themes', as wide as they are
    most: int = MAX_LINES  # a text's most lines: one more where the canvas is narrower

    @property
    def theme_text(self) -> float:
        return self.themes_right - 100

    @property
    def count_right(self) -> float:
        return self.themes_right - 20

    @property
    def action_text(self) -> float:
        return self.actions_right - self.actions_left - 40


def columns(wide: float = 1920.0) -> Columns:
    if wide < STACKED:
        return Columns(wide - 60, 60.0, wide - 60, stacked=True, most=MAX_LINES + 1)
    middle = 60 + (wide - 120) * (MIDDLE - 60) / 1800
    return Columns(middle - 10, middle + 30, wide - 60, stacked=False,
                   most=MAX_LINES if wide >= 1920 else MAX_LINES + 1)
PEOPLE_HEADING = "People then → now"  # the board's column, on one line
GAP = 10


def _lines(text: str, width: float, *, bold: bool = False, most: int = MAX_LINES) -> float:
    """Height of ``text`` at the room's small size, at most ``most`` lines."""
    line = text_height("Ag", width, SMALL_PX, bold=bold)
    return min(text_height(text, width, SMALL_PX, bold=bold), most * line) + 4


def theme_row_height(t: ThemeChange, rank: int | None = None,
                     width: float = THEME_TEXT_WIDTH, most: int = MAX_LINES) -> float:
    return 8 + 40 + _lines(name_text(t, rank), width, most=most) + 8 + GAP


def action_row_height(action: PreviousAction, width: float = ACTION_TEXT_WIDTH,
                      most: int = MAX_LINES) -> float:
    """An action's card: its words, the lines under them (``notes``), then its status and
    lane."""
    return 8 + _lines(action.what, width, bold=True, most=most) \
        + sum(_lines(note, width, most=most) for note in notes(action)) \
        + status_height(action, width) + 8 + GAP


def status_line(action: PreviousAction) -> str:
    return f"{action_status_text(action)} · {action.role.label}"


def status_height(action: PreviousAction, width: float) -> float:
    """The status line's: 40, and a line more where a narrower canvas wraps it."""
    if width >= ACTION_TEXT_WIDTH:
        return 40.0
    bold = action.overdue
    more = text_height(status_line(action), width, SMALL_PX, bold=bold) \
        - text_height("Ag", width, SMALL_PX, bold=bold)
    return 40 + more


def notes(action: PreviousAction) -> list[str]:
    """Under an action's words: how we said we'd know it worked, then what had happened when
    it was last checked, each when there is one (two lines at most, as its words)."""
    return [note for note in (how_we_know_line(action), _so_far(action)) if note]


def _so_far(action: PreviousAction) -> str:
    """"So far (15 Sep 2026): …", as on the Review board; "" when nothing was noted."""
    if not action.progress_note:
        return ""
    checked = f" ({date_text(action.checked_on)})" if action.checked_on else ""
    return f"So far{checked}: {action.progress_note}"


def room_themes(themes: list[ThemeChange], ranks: dict[str, int]) -> list[ThemeChange]:
    """The themes the room reads about, in the board's order: last time's priorities first, by
    their rank then (the review asks what changed because of the work, and the work was on
    them), then the others grouped by their change. A theme about the same is left out (and
    counted under the last) unless it is a priority now (``ranks``: this time's priority
    themes' ranks by id) or was one: each of those says so ("Priority 1 ·", "Was priority 2 ·")."""
    return [t for t in themes
            if t.current_id in ranks or t.was_priority or t.change is not Change.SAME]


def priority_ranks(doc: Document) -> dict[str, int]:
    """This time's priority themes, numbered as the priorities board numbers them."""
    return workshop_ranks(doc.workshop)


def count_text(t: ThemeChange) -> str:
    """How the theme's size changed, for the top line: "▲ More people said this", with the
    cards when it is about how often the same people said it ("▲ Said more often ·
    4 → 6 cards"). The people then → now go beside it, as on the board."""
    words = theme_change_text(t)
    if t.change not in (Change.GREW, Change.SHRANK):
        return words
    people_moved = t.people_now > t.people_before if t.change is Change.GREW \
        else t.people_now < t.people_before
    return words if people_moved else f"{words} · {t.cards_before} → {t.cards_now} cards"


def name_text(t: ThemeChange, rank: int | None) -> str:
    """The theme's name with its kind's symbol, after its rank if it is a priority now and
    last time's if it was one then ("Priority 1 · was priority 3 · ✗ …")."""
    ranks, named = ranks_text(t, rank), f"{t.kind.symbol} {theme_text(t)}"
    return f"{ranks} · {named}" if ranks else named


@dataclass
class ReviewLayout:
    """The comparison laid out in pages: each page's themes and last time's actions."""

    themes: list[ThemeChange] = field(default_factory=list)
    ranks: dict[str, int] = field(default_factory=dict)
    same: int = 0  # themes about the same, not priorities now or then: counted after the last
    theme_pages: list[range] = field(default_factory=list)
    action_pages: list[range] = field(default_factory=list)
    columns: Columns = field(default_factory=columns)

    @property
    def first_action_page(self) -> int:
        """The page the actions start on: the first, or after the themes' when stacked."""
        return len(self.theme_pages) if self.columns.stacked else 0


class ReviewRoomView(RoomCanvas):
    """Read-only: themes that grew, shrank, appeared, merged, split or went; last time's actions.

    Shows theme names and counts only, never a card's words, so a card held back for personal
    details cannot reach the room from here. The themes come in the board's order, last time's
    priorities first (``room_themes``); themes or actions that do not fit go on over pages,
    shared evenly between them (``even_pages``), every one shown on some page.
    """

    def __init__(self, doc: Document, previous: Document | None, parent: QWidget | None = None,
                 *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__("What has changed since last time", parent)
        self._doc = doc
        self._previous = previous
        self._today = today
        self._result: WorkshopComparison | None = None
        self._layout = ReviewLayout()
        self._compared = 0  # the comparison's pages, before Looking back's
        self._looking_back: list[list[Block]] = []
        follow_document(self, doc, on_edited=self._on_workshop_changed,
                        on_reset=self._on_workshop_changed)

    def _on_workshop_changed(self) -> None:
        self._result = None  # compared again once, for the layout, not at every repaint
        self.relayout()

    def comparison(self) -> WorkshopComparison:
        assert self._previous is not None  # (only asked for with last time's file)
        if self._result is None:
            result = compare_workshops(self._previous.workshop, self._doc.workshop,
                                       today=self._today())
            if hidden_in_room(self._previous):  # until the facilitator says they are fine
                result = room_comparison(result, flagged_words(
                    self._previous.workshop, self._doc.workshop, self._doc.names_to_watch))
            self._result = result
        return self._result

    def page_themes(self, page: int) -> list[ThemeChange]:
        """The themes on page ``page`` (counted from 0)."""
        self.page_count()
        pages = self._layout.theme_pages
        themes = self._layout.themes  # (the last page's last place may be the note)
        return [themes[i] for i in (pages[page] if page < len(pages) else []) if i < len(themes)]

    def page_actions(self, page: int) -> list[PreviousAction]:
        self.page_count()
        pages, page = self._layout.action_pages, page - self._layout.first_action_page
        if self._previous is None:
            return []
        actions = self.comparison().actions
        return [actions[i] for i in (pages[page] if 0 <= page < len(pages) else [])]

    def lay_out(self, height: float) -> int:
        self._looking_back = looking_back_pages(self._doc.workshop, self.canvas_width(), height,
                                                questions=self._previous is None)
        self._compared = self._lay_out_comparison(height) if self._previous is not None else 0
        return self._compared + len(self._looking_back)

    def _lay_out_comparison(self, height: float) -> int:
        result = self.comparison()
        out = ReviewLayout(ranks=priority_ranks(self._doc), columns=columns(self.canvas_width()))
        cols = out.columns
        out.themes = room_themes(result.themes, out.ranks)
        out.same = sum(t.change is Change.SAME and t.current_id not in out.ranks
                       and not t.was_priority for t in result.themes)
        room = height - 40 - heading_bottom(self._subtitle(result),
                                            wide=out.columns.actions_right + 60) - 56
        notes: list[float] = [NOTE] if out.same else []  # under the last theme
        if not result.themes:
            notes = [text_height(self._no_themes_note(result), cols.theme_text, SMALL_PX) + 8]
        themes = [*(theme_row_height(t, out.ranks.get(t.current_id), cols.theme_text, cols.most)
                    for t in out.themes), *notes]
        actions = [action_row_height(a, cols.action_text, cols.most) for a in result.actions]
        # side by side, both columns go over as many pages as the longer needs
        count = 0 if cols.stacked else max(len(pack_pages(rows, room))
                                            for rows in (themes, actions))
        out.theme_pages = even_pages(themes, room, count)
        out.action_pages = even_pages(actions, room, count)
        self._layout = out
        if cols.stacked:  # (a page of its own says there were no actions)
            return len(out.theme_pages) + max(1, len(out.action_pages))
        return max(1, len(out.theme_pages), len(out.action_pages))

    @staticmethod
    def _subtitle(result: WorkshopComparison) -> str:
        return f"{result.current_title} compared with {result.previous_title}"

    def paint_room(self, p: QPainter, area: QRectF) -> None:
        if self.page >= self._compared:
            if self.page - self._compared < len(self._looking_back):
                paint_looking_back(p, area, self._doc.workshop,
                                   self._looking_back[self.page - self._compared])
            return
        result = self.comparison()
        top = draw_heading(p, area, "What has changed since last time?",
                           self._subtitle(result), wrap=True)
        themes, actions = self.page_themes(self.page), self.page_actions(self.page)
        cols = self._layout.columns
        first = self.page == 0
        if first or self.page < len(self._layout.theme_pages):  # themes, or their count
            draw_text(p, QRectF(60, top, 900, 44), "Themes", BODY_PX + 2, bold=True)
            if themes:  # over the numbers beside each theme, in the board's words
                draw_text(p, QRectF(cols.count_right - 420, top + 4, 420, 40),
                          PEOPLE_HEADING, SMALL_PX, colour=MUTED_INK,
                          align=Qt.AlignmentFlag.AlignRight, wrap=False)
        if actions or self.page == self._layout.first_action_page:
            draw_text(p, QRectF(cols.actions_left, top, cols.actions_right - cols.actions_left,
                                44), "Last time's actions", BODY_PX + 2, bold=True)
        top += 56
        self._paint_themes(p, result, themes, top)
        self._paint_actions(p, result, actions, top)

    def _paint_themes(self, p: QPainter, result: WorkshopComparison,
                      themes: list[ThemeChange], top: float) -> None:
        y = top
        cols = self._layout.columns
        for t in themes:
            rank = self._layout.ranks.get(t.current_id)
            height = theme_row_height(t, rank, cols.theme_text, cols.most)
            draw_card(p, QRectF(60, y, cols.themes_right - 60, height - GAP),
                      edge=KIND_COLOURS[t.kind], radius=10)
            draw_text(p, QRectF(86, y + 8, cols.count_right - 220 - 96, 40), count_text(t),
                      SMALL_PX, bold=True, wrap=False)
            draw_text(p, QRectF(cols.count_right - 220, y + 6, 220, 44),
                      f"{t.people_before} → {t.people_now}",
                      BODY_PX, bold=True, align=Qt.AlignmentFlag.AlignRight, wrap=False)
            draw_text(p, QRectF(86, y + 48, cols.theme_text, height - GAP - 56),
                      name_text(t, rank), SMALL_PX)
            y += height
        if self.page != len(self._layout.theme_pages) - 1:
            return
        if not result.themes:
            note = self._no_themes_note(result)
            draw_text(p, QRectF(60, y, cols.theme_text,
                                text_height(note, cols.theme_text, SMALL_PX) + 8), note,
                      SMALL_PX, colour=MUTED_INK)
        if self._layout.same:
            same = self._layout.same
            draw_text(p, QRectF(60, y, 900, NOTE),
                      f"= {same} {'theme' if same == 1 else 'themes'} about the same",
                      SMALL_PX, colour=MUTED_INK, wrap=False)

    def _no_themes_note(self, result: WorkshopComparison) -> str:
        """In place of the themes: what to do while this workshop has none (last time's are
        not "gone" on the first day of a new cycle), or that neither has any."""
        if result.no_themes_now:
            return no_themes_text(bool(self._doc.workshop.cards))
        return "No themes in either workshop yet."

    def _paint_actions(self, p: QPainter, result: WorkshopComparison,
                       actions: list[PreviousAction], top: float) -> None:
        cols = self._layout.columns
        text = cols.action_text
        if not result.actions:
            if self.page == self._layout.first_action_page:
                draw_text(p, QRectF(cols.actions_left, top, 830, 44), "No actions last time.",
                          SMALL_PX, colour=MUTED_INK)
            return
        y = top
        for a in actions:
            height = action_row_height(a, text, cols.most)
            rect = QRectF(cols.actions_left, y, cols.actions_right - cols.actions_left,
                          height - GAP)
            draw_card(p, rect, edge=OVERDUE_INK if a.overdue else None,
                      face=OVERDUE_TINT if a.overdue else None, radius=10)
            below = y + 8 + _lines(a.what, text, bold=True, most=cols.most)
            draw_text(p, QRectF(rect.left() + 26, y + 8, text, below - y - 8),
                      a.what, SMALL_PX, bold=True)
            for note in notes(a):  # the evidence Plan asked for, what the Act stage heard
                lines = _lines(note, text, most=cols.most)
                draw_text(p, QRectF(rect.left() + 26, below, text, lines), note, SMALL_PX)
                below += lines
            status = status_height(a, text)
            draw_text(p, QRectF(rect.left() + 26, rect.bottom() - 6 - status, text, status),
                      status_line(a), SMALL_PX, bold=a.overdue,
                      colour=OVERDUE_INK if a.overdue else MUTED_INK)
            y += height
