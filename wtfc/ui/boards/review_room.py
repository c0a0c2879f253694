"""The Review room view: what changed since last time, and how last time's actions went.

Each theme says how many people said it then and now, under the board's own words ("People
then → now"), beside its change in people's terms. Each action says, under its words, how we
said we'd know it worked (the evidence Plan asked for) and what had happened when last checked,
all of them whole at every size (fewer actions a page where that takes it; a long "So far" a
page of its own), shortened only where one action is taller than a whole page. A theme's card
taller than the page left goes on over the next (``review_room_pieces``). Every page of themes
says what their kinds' symbols mean (``review_room_key``).

The first page says, under which workshops are compared, how many people's reviews each had
(a theme's change is judged by the share of them who said it when the numbers differ, and the
numbers beside it are then those shares) and how last time's actions went, in words ("4 done ·
5 in progress · 2 dropped · 2 not started · 1 overdue").

The themes and the actions stand side by side; on a canvas too narrow for both at a readable
size (a 1024-wide screen) the themes come first and the actions on the pages after them, each
of those pages headed "Last time's actions" alone, not under the view's title as well (two
actions of a dozen lines did not fit a page at 1024x768). The group's reflection on this
workshop and its next review date follow on a page of their own (``review_reflection_room``);
on a first workshop, with no last time's file, that page is all, its questions unanswered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from math import inf

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from wtfc.model.compare import PreviousAction, ThemeChange, WorkshopComparison
from wtfc.model.compare import priority_ranks as workshop_ranks
from wtfc.model.document import Document
from wtfc.model.last_time_yardsticks import Yardsticks, success_text
from wtfc.ui.boards.common import follow_document
from wtfc.ui.boards.names_follow import follow_names
from wtfc.ui.boards.review_compared import RoomCopy, room_copy
from wtfc.ui.boards.review_reflection_room import Block, looking_back_pages, paint_looking_back
from wtfc.ui.boards.review_room_actions import paint_actions
from wtfc.ui.boards.review_room_key import foot_fits, paint_key, place_key
from wtfc.ui.boards.review_room_measure import kept_measures
from wtfc.ui.boards.review_room_pieces import (
    flowed,
    paint_continued,
    part_height,
    piece_text,
)
from wtfc.ui.boards.review_room_rows import (  # noqa: F401  (tests read them here)
    ACTIONS_TITLE,
    GAP,
    HEADING_LINES,
    NOTE,
    PEOPLE_HEADING,
    SECTION,
    SHARE_HEADING,
    TITLE,
    Columns,
    ReviewLayout,
    action_row_height,
    after_lead,
    change_more,
    change_width,
    columns,
    count_heading,
    count_text,
    facts_height,
    facts_lines,
    facts_parts,
    fewest_pages,
    kept_together,
    name_text,
    no_themes_note,
    notes,
    people_count,
    room_themes,
    stacked_columns,
    status_line,
    subtitle,
    success_height,
    theme_row_height,
)
from wtfc.ui.boards.room_labels import draw_said
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
from wtfc.ui.style import KIND_COLOURS, ROOM_MUTED


def priority_ranks(doc: Document) -> dict[str, int]:
    """This time's priority themes, numbered as the priorities board numbers them."""
    return workshop_ranks(doc.workshop)


class ReviewRoomView(RoomCanvas):
    """Read-only: themes that grew, shrank, appeared, merged, split or went; last time's actions.

    Shows theme names and counts only, never a card's words, so a card held back for personal
    details cannot reach the room from here. The themes come in the board's order, last time's
    priorities first (``room_themes``); themes or actions that do not fit go on over pages,
    shared evenly between them (``even_pages``), every one shown on some page.
    """

    def __init__(self, doc: Document, previous: Document | None, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__("What has changed since last time", parent)
        self._doc = doc
        self._previous = previous
        self._today = today
        self._result: WorkshopComparison | None = None
        self._marks = Yardsticks()  # last time's, as the room may see them
        # the room's copy of the shared comparison, with its pages at each canvas size while
        # the comparison and the date are the same: a Looking back answer lays out its own
        # pages only (the comparison's took ~0.4 s at 374 themes and 200 actions)
        self._room: RoomCopy | None = None
        self._layout = ReviewLayout()
        self._measures = kept_measures(previous)  # each row's height, over edits to others
        self._compared = 0  # the comparison's pages, before Looking back's
        self._looking_back: list[list[Block]] = []
        self._stale = False  # the workshop changed while the view was not on screen
        follow_document(self, doc, on_edited=self._on_workshop_changed,
                        on_reset=self._on_workshop_changed)
        follow_names(self, doc, self._on_workshop_changed)  # last time's words hidden with them

    def _on_workshop_changed(self) -> None:
        self._result = None  # asked for again once, for the layout, not at every repaint
        if self.isVisible():
            self.relayout()
        else:  # the room window is closed: laid out when it is next shown or asked for
            self._count = None
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.relayout()
        super().showEvent(event)

    def comparison(self) -> WorkshopComparison:
        assert self._previous is not None  # (only asked for with last time's file)
        if self._result is None:
            self._room = room_copy(self._previous, self._doc, self._today())
            self._result, self._marks = self._room.result, self._room.marks
        return self._result

    def page_themes(self, page: int) -> list[ThemeChange]:
        """The themes whose cards begin on page ``page`` (from 0): not one going on from before."""
        return [self._layout.themes[i] for i, k in self.page_rows(page) if k == 0]

    def page_rows(self, page: int) -> list[tuple[int, int]]:
        """Page ``page``'s theme cards and continued cards: (theme, piece) in ``_layout``."""
        self.page_count()
        pages, rows = self._layout.theme_pages, self._layout.rows
        # (the last page's last place may be the note)
        return [rows[i] for i in (pages[page] if page < len(pages) else []) if i < len(rows)]

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
        self._compared = self._laid_out(height) if self._previous is not None else 0
        return self._compared + len(self._looking_back)

    def _laid_out(self, height: float) -> int:
        """The comparison's page count at this canvas, laid out again only when it, what its
        first page says (the date) or this time's priorities changed (kept for the next room
        view too). The ranks are not the comparison's: a theme chosen, un-chosen or re-ranked
        left the room reading "Priority 1" for the board's priority 3."""
        self.comparison()
        room = self._room
        assert room is not None
        laid_for = (self._doc.workshop.date, tuple(priority_ranks(self._doc).items()),
                    foot_fits(self))  # (where the kinds' key goes: the timer, the screen)
        if laid_for != room.laid_for or len(room.laid) > 8:
            room.laid, room.laid_for = {}, laid_for
        size = (self.canvas_width(), height)
        if size not in room.laid:
            room.laid[size] = self._lay_out_comparison(height), self._layout
        count, self._layout = room.laid[size]
        return count

    def _lay_out_comparison(self, height: float) -> int:
        """Side by side where the canvas is wide enough, unless the themes then the actions,
        each full width, cut fewer notes or take fewer pages: with 40 of last time's actions,
        side by side put one action on each of 40 pages at 1366x768 (its column too narrow
        for two), one theme beside it; the actions full width take two a page (22 pages)."""
        wide = self.canvas_width()
        tries = [columns(wide)]
        if not tries[0].stacked:  # a canvas wide enough for the actions in two columns
            tries += [stacked_columns(wide, 2), stacked_columns(wide)]
        laid: list = []  # the fewest notes cut short, the fewest pages; side by side if as few
        for n, cols in enumerate(tries):
            count = self._lay_out_in(height, cols, min(laid)[:2] if laid else (inf, inf))
            if count is not None:
                laid.append((sum(most is not None for most in self._layout.most), count, n,
                             self._layout))
        _cut, count, _n, self._layout = min(laid)
        return count

    def _lay_out_in(self, height: float, cols: Columns,
                    beat: tuple[float, float] = (inf, inf)) -> int | None:
        """The page count in ``cols``, or None where it cannot beat ``beat`` (the notes cut and
        the pages of a layout already made): then its rows are not shared out."""
        result = self.comparison()
        out = ReviewLayout(ranks=priority_ranks(self._doc), columns=cols,
                           success={k: success_text(v) for k, v in self._marks.success.items()})
        out.themes = room_themes(result.themes, out.ranks, frozenset(out.success))
        out.same = len(result.themes) - len(out.themes)  # about the same, and not listed
        # the first page says which workshops are compared and the facts under the title;
        # the pages after it the title alone: the first rows of each column count that room
        wide = self.canvas_width()
        first = heading_bottom(self._subtitle(result), title=TITLE, wide=wide,
                               lines=HEADING_LINES)
        out.differently = facts_lines(result, self._marks, wide - 120, height - 40 - first)
        first += facts_height(result, self._marks, wide - 120, out.differently)[1]
        # a row's height has the gap under its card, which a page's last card does not need:
        # counted, the demo's first theme missed page 1 (facts alone, half empty) by 6 units
        room = height - 40 - heading_bottom(False, title=TITLE, wide=wide) - SECTION + GAP
        extra = first - heading_bottom(False, title=TITLE, wide=wide)
        # stacked, the actions' pages are headed "Last time's actions" alone
        action_room = height - 40 - heading_bottom(False, title=ACTIONS_TITLE, wide=wide) \
            + GAP if cols.stacked else room
        # the kinds' key in the foot row, or under "Themes" (from the themes' room, not the
        # actions' beside them; page 1's at its subtitle's end where it fits, its room back)
        out.key, out.key_up, out.key_foot = place_key(self, cols, bool(out.themes),
                                                      self._subtitle(result), height)
        room -= out.key
        facts, extra = extra, extra - out.key_up * out.key
        under: list[float] = [NOTE] if out.same else []  # under the last theme
        if not result.themes:
            note = no_themes_note(result, self._doc.workshop)
            under = [text_height(note, cols.theme_text, SMALL_PX) + 8]
        # a theme's card taller than the page left goes on over the next (its success
        # statements whole): the first begins under the facts where they leave most of page 1
        measure, wide_text = self._measures, cols.theme_text
        ranks = [out.ranks.get(t.current_id) for t in out.themes]
        out.pieces = flowed(measure, [(t, rank, out.success.get(t.previous_id, ""))
                                      for t, rank in zip(out.themes, ranks, strict=True)],
                            wide_text, cols.most, room, extra)
        out.rows = [(i, k) for i, pieces in enumerate(out.pieces)
                    for k in range(max(1, len(pieces)))]
        themes = [*(measure.part(out.themes[i], ranks[i], wide_text, cols.most,
                                 tuple(out.pieces[i]), k) for i, k in out.rows), *under]
        out.facts_alone = bool(themes) and themes[0] + extra > room  # (an 800x600 screen)
        if out.facts_alone:
            extra = facts = 0.0
        # an action's words and notes are whole, fewer actions a page where that takes it (a
        # page of its own for a long "So far"); shorter notes only where a page is too low
        out.most = [measure.most(a, cols.action_text, action_room) for a in result.actions]
        actions = [measure.action(a, cols.action_text, noted)
                   for a, noted in zip(result.actions, out.most, strict=True)]
        if themes:
            themes[0] += extra
        # side by side, both columns go over as many pages as the longer needs, the first
        # page's heading a row over the actions (one too tall to go under it whole goes on)
        lead = [facts] if facts and actions and not cols.stacked else []
        count = 0 if cols.stacked else max(len(pack_pages(themes, room)),
                                            len(pack_pages(lead + actions, action_room)))
        if (sum(most is not None for most in out.most),
                fewest_pages(themes, lead + actions, room, action_room, cols)
                + out.facts_alone) >= beat:
            return None
        # a card goes on: the pages as ``flowed`` filled them (shared evenly, a card's first
        # piece, sized for the page it began on, could move to one without the room for it)
        if len(out.rows) > len(out.themes):
            out.theme_pages = pack_pages(themes, room)
        else:
            out.theme_pages = kept_together(out.themes, themes, room, count,
                                            share=measure.pages)
        if cols.across > 1:  # columns of actions, ``across`` to a page
            fewest = len(pack_pages(actions, action_room))
            out.action_columns = measure.pages(actions, action_room, -(-fewest // cols.across)
                                               * cols.across) if actions else []
            out.action_pages = [range(page[0].start, page[-1].stop) for page in (
                out.action_columns[i:i + cols.across]
                for i in range(0, len(out.action_columns), cols.across))]
        else:
            beside = [] if cols.stacked else [out.key + sum(themes[on.start:on.stop])
                                              for on in out.theme_pages]
            out.action_pages = after_lead(measure.pages(lead + actions, action_room, count,
                                                        beside=beside), len(lead))
            out.action_columns = out.action_pages
        if out.facts_alone:  # a first page of the heading and the facts only
            out.theme_pages.insert(0, range(0))
            if not cols.stacked:
                out.action_pages.insert(0, range(0))
        self._layout = out
        if cols.stacked:  # (a page of its own says there were no actions)
            return len(out.theme_pages) + max(1, len(out.action_pages))
        return max(1, len(out.theme_pages), len(out.action_pages))

    def _subtitle(self, result: WorkshopComparison) -> str:
        then = self._previous.workshop.date if self._previous else None  # same titles: dates
        # this time's title looked at as the title bar's is: one the guard flags left out
        return subtitle(result.current_title, result.previous_title, self._doc.workshop.date,
                        then, self._doc.names_to_watch)

    def paint_room(self, p: QPainter, area: QRectF) -> None:
        if self.page >= self._compared:
            if self.page - self._compared < len(self._looking_back):
                paint_looking_back(p, area, self._doc.workshop,
                                   self._looking_back[self.page - self._compared])
            return
        result = self.comparison()
        themes, actions = self.page_themes(self.page), self.page_actions(self.page)
        cols = self._layout.columns
        first = self.page == 0
        if cols.stacked and not first and self.page >= self._layout.first_action_page:
            top = draw_heading(p, area, ACTIONS_TITLE)  # the page's one heading: more room
            paint_actions(p, self._layout, self.page, result, actions, top)
            return
        top = heading = draw_heading(p, area, TITLE, self._subtitle(result) if first else "",
                                     wrap=True, lines=HEADING_LINES)
        if first:  # what to do differently, the people reviewed, how the actions went
            said, rest = facts_parts(result, self._marks)  # the first cut with "…" to fit
            width = area.width() - 120
            above, facts = facts_height(result, self._marks, width, self._layout.differently)
            if said:
                draw_text(p, QRectF(60, top - 8, width, above), said, SMALL_PX)
            draw_text(p, QRectF(60, top - 8 + above, width, facts - above), rest, SMALL_PX)
            top += facts
            if self._layout.facts_alone:
                return
        rows = self.page_rows(self.page)
        if first or self.page < len(self._layout.theme_pages):  # themes, or their count
            draw_text(p, QRectF(60, top, 900, 44), "Themes", BODY_PX + 2, bold=True)
            if themes:  # over the numbers beside each theme, in the board's words
                draw_text(p, QRectF(cols.count_right - 520, top + 4, 520, 40),
                          count_heading(themes), SMALL_PX, colour=ROOM_MUTED,
                          align=Qt.AlignmentFlag.AlignRight, wrap=False)
            if rows:  # under it (or at the subtitle's end, or in the foot row), the kinds' key
                paint_key(p, cols, top, up=None if self._layout.key_under(self.page) else heading,
                          foot=self if self._layout.key_foot else None)
        # over the page's actions (or "No actions last time."), never over an empty column
        if actions or (self.page == self._layout.first_action_page and not result.actions):
            draw_text(p, QRectF(cols.actions_left, top, cols.actions_right - cols.actions_left,
                                44), ACTIONS_TITLE, BODY_PX + 2, bold=True)
        top += SECTION
        self._paint_themes(p, result, rows, top + self._layout.key_under(self.page))
        paint_actions(p, self._layout, self.page, result, actions, top)

    def _paint_themes(self, p: QPainter, result: WorkshopComparison,
                      rows: list[tuple[int, int]], top: float) -> None:
        y = top
        cols, layout = self._layout.columns, self._layout
        for i, k in rows:
            t, pieces = layout.themes[i], layout.pieces[i]
            rank = layout.ranks.get(t.current_id)
            height = part_height(t, rank, cols.theme_text, cols.most, pieces, k)
            draw_card(p, QRectF(60, y, cols.themes_right - 60, height - GAP),
                      edge=KIND_COLOURS[t.kind], radius=10)
            if k:
                paint_continued(p, t, rank, piece_text(pieces, k), QRectF(
                    86, y + 8, cols.theme_text, height - GAP - 16))
                y += height
                continue
            more = change_more(t, cols.theme_text)  # its words on two lines, never cut
            draw_text(p, QRectF(86, y + 8, change_width(cols.theme_text), 40 + more),
                      count_text(t), SMALL_PX, bold=True)
            draw_text(p, QRectF(cols.count_right - 220, y + 6, 220, 44), people_count(t),
                      BODY_PX, bold=True, align=Qt.AlignmentFlag.AlignRight, wrap=False)
            success = piece_text(pieces, 0) if pieces else ""
            below = success_height(success, cols.theme_text)
            draw_text(p, QRectF(86, y + 48 + more, cols.theme_text,
                                height - GAP - 56 - more - below), name_text(t, rank), SMALL_PX)
            if success:  # the yardstick last time set for it, under its name
                draw_said(p, QRectF(86, y + height - GAP - 8 - below, cols.theme_text, below),
                          success, ROOM_MUTED)
            y += height
        if self.page != len(self._layout.theme_pages) - 1:
            return
        if not result.themes:
            note = no_themes_note(result, self._doc.workshop)
            draw_text(p, QRectF(60, y, cols.theme_text,
                                text_height(note, cols.theme_text, SMALL_PX) + 8), note,
                      SMALL_PX, colour=ROOM_MUTED)
        if self._layout.same:
            same = self._layout.same
            draw_text(p, QRectF(60, y, 900, NOTE),
                      f"= {same} {'theme' if same == 1 else 'themes'} about the same",
                      SMALL_PX, colour=ROOM_MUTED, wrap=False)
