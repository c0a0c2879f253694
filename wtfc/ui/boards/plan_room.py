"""The Plan room view: swim-lanes by role, each action a card; overdue ones marked.

It shows the theme chosen in the Plan board's "Show" box, or every theme. The room is asked to
agree these words, so each action's are whole: a row of cards is as tall as its longest
action's words need, with its owner (a line or two), its theme (every theme shown) and its
status and date ("Not started · By 1 Apr 2027") on lines of their own, the same on every card.
When the screen is full the lanes go on over pages ("Page 1 of 2" in the corner, as on the room
wall, turned with Ctrl+Shift+Right), a lane that fits whole on the next page not split, a long
lane saying which of its actions each page shows ("1–12 of 20"); a lane has as many cards
across as take the fewest pages. Lanes with no actions share a lane at the foot (wrapped), or
are named under the heading after the counts (and one theme's name, whole). Where two cards
do not fit beside a lane's name (a 1024x768 or 800x600 projector), and on Plan wherever that
takes fewer pages, it is on a line above its cards, which take the lane's width.

In the Act stage each card's row has room for what has happened so far, whole (three lines,
"…" after, where whole would cost a page), begun with "#2 ·" where it takes the theme's line
(``plan_room_card``). Its question is one line where in full it would take two ("Is each
action on track?" at 800x600 and 1024x768), and where a page would hold a single card the
cards go compact in the same type (the demo at 800x600 took thirteen pages, now nine).
Only a card with less room than its words says who does it in place of the theme's line or
after the date. Where a card has room left with the action's words whole it says the root
cause the action tackles and the success it aims at, or nothing where too few of their words
fit (``link_lines``); never at a page's cost.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from itertools import product

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from wtfc.model.document import Document
from wtfc.model.workshop import Action, Role, Stage
from wtfc.ui.boards import plan_room_lane as lanes  # a lane's box and name
from wtfc.ui.boards import plan_room_notes as notes  # long notes, on over pages
from wtfc.ui.boards.plan_card_words import NOTE_LEAST, card_height, more_lines
from wtfc.ui.boards.plan_room_drawn import DrawnFollower
from wtfc.ui.boards.plan_room_facts import (  # noqa: F401  (the titles: the tests' too)
    ACT_SHORT_TITLE,
    ACT_TITLE,
    PLAN_TITLE,
    room_facts,
    room_title,
)
from wtfc.ui.boards.plan_room_memo import LayoutMemo
from wtfc.ui.boards.plan_room_pages import (
    CARD_GAP,
    CARD_INSET,
    CARD_WIDTH,
    EMPTY_LANE,
    LANE_GAP,
    LINE,
    MIN_ROW,
    ROW_PAD,
    TIGHT_LANE_GAP,
    TIGHT_PAD,
    WIDEST_CARD,
    LanePart,
    PlanLayout,
    lane_rows,
    pack_rows,
    rows_of,
)
from wtfc.ui.boards.plan_room_part import draw_part
from wtfc.ui.boards.plan_text import actions_in_priority_order
from wtfc.ui.boards.room_paint import (
    FOOT,
    SMALL_PX,
    RoomCanvas,
    canvas_size,
    draw_heading,
)
from wtfc.ui.wall.room_measure import FLOOR_PX

HEADING_LINES = 4  # one theme's name whole (two lines at 800x600), its facts under it (two)


class PlanRoomView(RoomCanvas):
    """Read-only: who does what by when, a lane per role; ``theme_id`` shows one theme's.

    More actions than fit with two lines of their words go on over pages.
    """

    def __init__(self, doc: Document, parent: QWidget | None = None, *,
                 today: Callable[[], dt.date] = dt.date.today,
                 theme_id: str | None = None) -> None:
        super().__init__("Action plan", parent)
        self._doc = doc
        self._today = today
        self._theme_id = theme_id
        self._layout = PlanLayout()
        self._card_width = float(CARD_WIDTH)
        self._pad, self._inset = float(ROW_PAD), float(CARD_INSET)  # narrower when tight
        self._across = 3  # the most cards across a lane tried (``lay_out``)
        self._note_most: float | None = None  # and the most of each progress note laid out
        self._zoom = 1.0  # under 1: drawn smaller, to the room's floor (``lay_out``)
        self._compact = False  # the cards' margins narrow, the theme's mark on the status line
        self._above = False  # each lane's name above its cards where two would fit beside it
        self._follower = DrawnFollower(self, doc, today)  # relaid only if what it draws changes
        # its layout's names to watch; rows and headings measured, by their drawn words
        self._memo = LayoutMemo(doc.names_to_watch)

    def shown_actions(self) -> list[Action]:
        """The actions on show: the chosen theme's (all, if it has gone meanwhile)."""
        theme = self._doc.get("themes", self._theme_id) if self._theme_id else None
        return actions_in_priority_order([a for a in self._doc.workshop.actions
                                          if theme is None or a.theme_id == theme.id],
                                         self._doc.workshop)  # as Plan's lanes

    def page_actions(self, page: int) -> list[Action]:
        """The actions on page ``page`` (counted from 0), lane by lane."""
        self.page_count()
        pages = self._layout.pages
        return [a for part in (pages[page] if page < len(pages) else []) for a in part.actions]

    def page_count(self) -> int:
        """As laid out; afresh where names to watch were pasted since (no edit, no event):
        a long note's continued cards were split as the guard read it then, naming Zebedee."""
        if self._count is not None and self._memo.names != self._doc.names_to_watch:
            self.relayout()  # (its page label too, should the pages be more or fewer)
        return super().page_count()

    def lay_out(self, height: float) -> int:
        """As ``_sized``; on Plan, with the lanes' names beside their cards, again with each on
        a line above its wider cards where that takes fewer pages: at 1366x768 the names'
        column, a quarter of the width, made a workshop's 150 actions 45 pages, not 39."""
        if self._count is None:  # afresh (not the page label's second look): fonts lent count
            self._memo = self._memo.afresh(self._doc, self._today())  # the second look: same
        self._above = False
        count = self._sized(height)
        if count == 1 or self._doc.workshop.stage == Stage.ACT or self._layout.head:
            return count  # (on Act the trial would double the longest layout)
        kept, self._above = (self._layout, self._zoom, self._compact), True
        if (fewer := self._sized(height)) < count:
            return fewer
        self._above, (self._layout, self._zoom, self._compact) = False, kept
        return count

    def _sized(self, height: float) -> int:
        """As ``_best_layout``; where that leaves a page with a single card (an 800x600
        projector had thirteen pages of one), laid out again with the cards compact (narrow
        margins, the theme's mark on the status line: ``_lay_out``) if that takes fewer pages,
        so two short actions share a page in the same type (nine pages at 800x600); only
        where that takes no fewer, on a canvas larger by as much as keeps the type at the
        room's floor, if that does."""
        self._zoom, self._compact = 1.0, False
        count = self._best_layout(height)
        act = self._doc.workshop.stage == Stage.ACT
        if count == 1 or (self._layout.per_row > 1 and not act) or all(
                sum(len(part.actions) for part in page) > 1 for page in self._layout.pages):
            return count
        kept, compact = self._layout, False
        if act:  # the same type, the cards compact (the theme's line is the note's on Act)
            self._compact = True
            fewer = self._best_layout(height)
            if fewer < count:
                count, kept, compact = fewer, self._layout, True
        floor = math.ceil(FLOOR_PX / (SMALL_PX * canvas_size(self.width(), self.height())[0])
                          * 1000) / 1000
        if floor < 1 and not compact:  # smaller type only where the same type took no fewer
            self._zoom, self._compact = floor, True
            smaller = self._best_layout(height / floor)
            if smaller < count:
                return smaller
        self._zoom, self._layout, self._compact = 1.0, kept, compact
        return count

    def canvas_width(self) -> float:
        return super().canvas_width() / self._zoom

    def _best_layout(self, height: float) -> int:
        """Laid out with a line on each card for its owner if that takes no more pages than
        without (else the owner follows the date, cut short where it is long), with as many
        cards across a lane as take the fewest pages: fewer, wider cards need fewer lines for
        the same words."""
        best: tuple[int, PlanLayout] | None = None
        act = self._doc.workshop.stage == Stage.ACT  # notes whole, unless that costs a page
        lengths = (None, NOTE_LEAST * LINE) if act else (None,)
        for most, across in product(lengths, range(self._most_across(), 0, -1)):
            self._note_most, self._across = most, across
            without = self._lay_out_under_heading(height, owner_line=False)
            kept = self._layout
            owned = self._lay_out_under_heading(height, owner_line=True)
            count, layout = (owned, self._layout) if owned <= without else (without, kept)
            if best is None or count < best[0]:
                best = (count, layout)
            if best[0] == 1:  # none takes fewer: the first on one page is kept, as it was
                break
        assert best is not None
        self._layout = best[1]
        return best[0]

    def _most_across(self) -> int:
        return max(1, int((self.canvas_width() - 140 - self._lane_label()[0] + CARD_GAP)
                          // (CARD_WIDTH + CARD_GAP)))

    def _lane_label(self) -> tuple[float, float]:
        return lanes.name_place(self.canvas_width() - 120, above=self._above)

    def _lay_out_under_heading(self, height: float, *, owner_line: bool) -> int:
        """Laid out under a one-line heading, then, if that layout's facts need two lines (a
        canvas narrower than 1920), again under two; or, where fewer pages, under one with
        the idle lanes' line under the last page with room for it (not named in the facts):
        at 800x600 the facts' second line cost every page its second card."""
        count = self._lay_out(height, self._memo.heading_bottom(), owner_line)
        wide = self.canvas_width()
        title = self._title(wide)  # may wrap

        def fits(layout: PlanLayout) -> bool:
            return self._memo.heading_bottom(self._subtitle(layout, wide), title=title,
                                             wide=wide, lines=HEADING_LINES) <= layout.top

        under: tuple[int, PlanLayout] | None = None
        if self._layout.idle and not self._layout.idle_line and len(self._layout.pages) > 1 \
                and self._doc.workshop.stage == Stage.ACT:
            kept = self._layout
            tried = self._lay_out(height, self._memo.heading_bottom(), owner_line,
                                  idle_under=True)
            if tried < 10 ** 6 and fits(self._layout):
                under = (tried, self._layout)
            self._layout = kept
        for _ in range(2):  # again where that layout names its idle lanes there (two lines)
            if fits(self._layout):
                break
            count = self._lay_out(height, self._memo.heading_bottom(self._subtitle(
                self._layout, wide), title=title, wide=wide, lines=HEADING_LINES), owner_line)
        # (where the facts keep one line with the idle lanes in them, they stay there)
        if under is not None and (under[0], under[1].top) < (count, self._layout.top):
            count, self._layout = under
        return count

    def _lay_out(self, height: float, top: float, owner_line: bool = False, *,
                 idle_under: bool = False) -> int:
        """Laid out under a heading ``top`` high; ``idle_under``: the idle lanes' line under
        the last page with room for it, not necessarily the last page (10 ** 6 if none has)."""
        actions = self.shown_actions()
        by_role = [(role, [a for a in actions if a.role == role]) for role in Role]
        busy = [(role, mine) for role, mine in by_role if mine]
        out = PlanLayout(idle=[role for role, mine in by_role if not mine])
        out.foot_lane = empty = max(EMPTY_LANE, lanes.idle_height(out.idle, bool(busy),
                                                                   self.canvas_width() - 120))
        # every theme shown, and more than one among the actions: a card says which it answers
        out.themed = len({a.theme_id for a in actions}) > 1
        # a margin inside the lane, as on the left (fewer cards across a smaller canvas)
        out.label, out.head = self._lane_label()
        head = out.head  # each lane's (or lane part's) name above its rows, if narrow
        across = self.canvas_width() - 120 - out.label - 20
        out.per_row = per_row = min(self._across, self._most_across())
        columns = min(per_row, max((len(mine) for _, mine in busy), default=1))
        # fewer, wider; on a narrow canvas (the name above) the lane's full width
        widest = WIDEST_CARD if per_row == self._most_across() and not head else across
        out.card_width = min(widest, (across - CARD_GAP * (columns - 1)) / columns)
        out.idle_line = bool(out.idle)
        foot = empty + LANE_GAP if out.idle else 0
        out.top = top
        out.room = room = height - top - FOOT
        # Rows tall enough for the longest action's words whole, with every card's owner,
        # date and status on lines of their own (the same lines in every lane): the room is
        # asked to agree these words, and a card cut to two lines hid them, even at 1920.
        # Only an action too long for a whole page is cut.
        act = self._doc.workshop.stage == Stage.ACT  # what has happened is on each card, whole
        whole = self._memo.card_height(actions, out.card_width, out.themed, act=act,
                                       note_most=self._note_most)
        out.row = row = max(MIN_ROW + LINE * (out.themed + owner_line),
                            min(whole, room - LANE_GAP - head
                                - (empty + LANE_GAP) * bool(out.idle)))
        if busy and room - foot - (LANE_GAP + head) * len(busy) < row * len(busy):
            # Many busy lanes (six of the seven roles, say): the idle lanes are named under
            # the heading instead of on a line of their own and the gaps narrow; with all
            # seven busy the cards' margins narrow too, so each action keeps two lines of its
            # words (one line of a few words each reads as nothing from the back of a room).
            out.gap, out.idle_line, foot = TIGHT_LANE_GAP, False, 0
            if room - (TIGHT_LANE_GAP + head) * len(busy) < row * len(busy):
                out.pad = out.inset = TIGHT_PAD
        rows = lane_rows([len(mine) for _, mine in busy], per_row,
                         room - foot - (out.gap + head) * len(busy), row)
        # the narrower margins give back this much of a row: with each card's theme on a line
        # of its own, seven busy lanes need more than that, and go on over a second page
        least = row - 2 * (ROW_PAD - out.pad) - 2 * (CARD_INSET - out.inset)
        # (on Act a note longer than its row leaves goes on over pages: ``plan_room_notes``)
        noted = not act or self._memo.card_height(actions, out.card_width, out.themed,
                                                  act=True) <= row + 1
        if all(len(mine) <= r * per_row for (_, mine), r in zip(busy, rows, strict=True)) \
                and room - foot - (out.gap + head) * len(busy) >= least * sum(rows) and noted:
            out.pages = [[LanePart(role, mine, 0, len(mine), r)
                          for (role, mine), r in zip(busy, rows, strict=True)]]
        else:  # pages, each row as tall as its longest action's words need (compact where
            out.gap, out.pad, out.inset = LANE_GAP, ROW_PAD, CARD_INSET  # zoomed: the theme's
            compact = 2 * (ROW_PAD + CARD_INSET - 2 * TIGHT_PAD) if self._compact else 0
            if compact:  # mark begins the status line, the margins are narrow)
                out.pad = out.inset = TIGHT_PAD
            most = room - LANE_GAP - head - (empty + LANE_GAP) * bool(out.idle)
            heights = [[min(most, self._memo.card_height(
                mine[i:i + per_row], out.card_width, out.themed and not compact, act=act,
                note_most=self._note_most) - compact)
                        for i in range(0, len(mine), per_row)] for _, mine in busy]
            out.heights = {role: rows for (role, _), rows in zip(busy, heights, strict=True)}
            out.pages = [[LanePart(busy[lane][0],
                                   busy[lane][1][first * per_row:(first + n) * per_row],
                                   first * per_row, len(busy[lane][1]), n)
                          for lane, first, n in page]
                         # (on Act the last lane on a page is given the gap under it)
                         for page in pack_rows(heights, room + LANE_GAP * act, LANE_GAP + head)]
            if act:  # a note longer than its card's room goes on over the next page
                notes.continue_notes(out, self._doc, today=self._today(),
                                     drawn=self._memo.progress)
            # the idle lanes' line under the last page, or (``idle_under``) the last with
            # room for it (``foot`` is 0 if the lanes were tight on one page)
            roomy = [i for i, page in enumerate(out.pages) if sum(
                LANE_GAP + head + sum(rows_of(out, part, 0.0)) for part in page) + empty
                + LANE_GAP * (not act) <= room]
            out.idle_line = bool(out.idle and roomy) and (
                idle_under or roomy[-1] == len(out.pages) - 1)
            out.idle_page = roomy[-1] if out.idle_line else -1
            if idle_under and not out.idle_line:
                return 10 ** 6  # (no page has room: not kept)
        self._layout = out
        return max(1, len(out.pages))

    def paint_room(self, p: QPainter, area: QRectF) -> None:
        if self._zoom < 1:  # the canvas larger by as much as keeps the type at the floor
            p.scale(self._zoom, self._zoom)
            area = QRectF(0, 0, area.width() / self._zoom, area.height() / self._zoom)
        today = self._today()
        out = self._layout
        busy = any(out.pages)
        act, names = self._doc.workshop.stage == Stage.ACT, self._doc.names_to_watch
        draw_heading(p, area, self._title(area.width()),
                     self._subtitle(out, area.width()), wrap=True, lines=HEADING_LINES)
        self._card_width, self._pad, self._inset = out.card_width, out.pad, out.inset
        left, right = 60.0, area.width() - 60
        page = out.pages[self.page] if self.page < len(out.pages) else []
        last = self.page == (out.idle_page if out.idle_page >= 0 else len(out.pages) - 1)
        foot = out.foot_lane + LANE_GAP if out.idle_line and last else 0
        room = out.room - foot - (out.gap + out.head) * len(page)
        rows = sum(part.rows for part in page)
        shown = [notes.shown(a, out) for part in page for a in part.actions]
        links = max((more_lines(self._doc, a, out.card_width - 40, 2) for a in shown), default=0)
        row_height = min(card_height(shown, out.card_width, out.themed + links, act=act,
                                     names=names), room / rows) if rows else 0.0
        # each row as laid out, then, in the room left, tall enough for its cards' links too:
        # first a line each (or two for one), then a second for those one line cut short
        spare = room - sum(sum(rows_of(out, part, row_height)) for part in page)
        drawn = [list(rows_of(out, part, row_height)) for part in page]
        rows_shown = [[[] if part.piece else [notes.shown(a, out) for a in part.actions[
            i * out.per_row:(i + 1) * out.per_row]] for i in range(len(heights))]
            for part, heights in zip(page, drawn, strict=True)]  # (a note going on: none)
        for most in (2, 4):
            for heights, row_cards in zip(drawn, rows_shown, strict=True):
                for i, mine in enumerate(row_cards):
                    more = max((more_lines(self._doc, a, out.card_width - 40, most)
                                for a in mine), default=0)
                    grow = max(0.0, min(card_height(mine, out.card_width, out.themed + more,
                                                    act=act, names=names) - heights[i],
                                        spare)) if mine else 0
                    spare -= grow
                    heights[i] += grow
        # rows short of their words, note and owner (on Act a note short of room takes the
        # theme's line; the links go only where there is room)
        shorts = [(lane, i, least - heights[i])
                  for lane, (heights, row_cards) in enumerate(zip(drawn, rows_shown, strict=True))
                  for i, mine in enumerate(row_cards) if mine and (least := card_height(
                      mine, out.card_width, out.themed and not act, act=act,
                      names=names)) > heights[i]]
        # rows short of their words by no more than the narrow margins and the room left give
        # back (the last lane's gap too, where nothing follows it) take them: at 800x600 Act's
        # overdue note was cut a line short ("…its new finance …")
        gain = 2 * (self._pad + self._inset - 2 * TIGHT_PAD)
        grown = [max(0.0, short - gain) for *_, short in shorts]
        if shorts and sum(grown) <= spare + (0 if foot else out.gap):
            self._pad = self._inset = TIGHT_PAD
            for (lane, row, _), grow in zip(shorts, grown, strict=True):
                drawn[lane][row] += grow
        y = out.top
        for part, heights in zip(page, drawn, strict=True):
            draw_part(p, QRectF(left, y, right - left, out.head + sum(heights)), part, heights,
                      out, self._doc, today=today, act=act, card_width=self._card_width,
                      pad=self._pad, inset=self._inset)
            y += out.head + sum(heights) + out.gap
        if foot:
            lanes.idle_lanes(p, QRectF(left, y, right - left, out.foot_lane), out.idle, busy)

    def _title(self, wide: float) -> str:
        return room_title(act=self._doc.workshop.stage == Stage.ACT, wide=wide)

    def _subtitle(self, out: PlanLayout, wide: float) -> str:
        """The facts under the heading, one theme's name first (``plan_room_facts``)."""
        return room_facts(self._doc, self._theme_id, self.shown_actions(), self._today(), out,
                          wide)
