"""How the Review room view measures its rows: where the themes and last time's actions go on
a canvas, each row's height, the lines under an action's words, and the layout in pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from wtfc.model.agreed_words import by_when_words, changed_words, date_moved
from wtfc.model.compare import Change, PreviousAction, ThemeChange, WorkshopComparison
from wtfc.model.compare_words import (
    actions_tally,
    change_cell,
    count_cell,
    heard_line,
    how_we_know_line,
    ranks_text,
    reviewed_text,
)
from wtfc.model.dates import long_date
from wtfc.model.last_time_yardsticks import Yardsticks, do_differently_text, next_review_text
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.plan import date_text
from wtfc.ui.boards.review import action_status_text, no_themes_text, theme_text
from wtfc.ui.boards.room_labels import said_height
from wtfc.ui.boards.room_paint import SMALL_PX, pack_pages, text_height
from wtfc.ui.room_title import room_title

MIDDLE = 1010.0  # on the 1920-wide canvas; the columns keep these shares of a narrower one
THEME_TEXT_WIDTH = MIDDLE - 60 - 50
ACTION_TEXT_WIDTH = 1920 - 60 - MIDDLE - 30 - 40
NOTE = 40  # one line of "= 2 themes about the same" under the themes
STACKED = 1300.0  # a canvas narrower than this shows the themes, then the actions
ACROSS_GAP = 30.0  # between the actions' columns, stacked
MAX_LINES = 2  # a long name or action wraps onto a second line, then ends in "…"


@dataclass(frozen=True)
class Columns:
    """Where the themes and the actions go on a canvas ``wide`` units wide."""

    themes_right: float  # the theme cards' right edge
    actions_left: float
    actions_right: float
    stacked: bool  # the actions on pages after the themes', as wide as they are
    most: int = MAX_LINES  # a theme name's most lines: one more where the canvas is narrower
    across: int = 1  # stacked, the actions' columns on a page

    @property
    def theme_text(self) -> float:
        return self.themes_right - 100

    @property
    def count_right(self) -> float:
        """The people counts' right edge, inside the theme's card."""
        return self.themes_right - 20

    @property
    def action_width(self) -> float:
        """An action card's width."""
        return (self.actions_right - self.actions_left - ACROSS_GAP * (self.across - 1)) \
            / self.across

    @property
    def action_text(self) -> float:
        return self.action_width - 40


def columns(wide: float = 1920.0) -> Columns:
    if wide < STACKED:
        return Columns(wide - 60, 60.0, wide - 60, stacked=True, most=MAX_LINES + 1)
    middle = 60 + (wide - 120) * (MIDDLE - 60) / 1800
    return Columns(middle - 10, middle + 30, wide - 60, stacked=False,
                   most=MAX_LINES if wide >= 1920 else MAX_LINES + 1)


def stacked_columns(wide: float, across: int = 1) -> Columns:
    """The themes, then the actions, as wide as the canvas (in ``across`` columns)."""
    return Columns(wide - 60, 60.0, wide - 60, stacked=True, most=columns(wide).most,
                   across=across)


def subtitle(current: str, previous: str, now: dt.date | None = None,
             then: dt.date | None = None, names: Iterable[str] | None = None) -> str:
    """"This workshop compared with last time's", last time's title without the parts (between
    dashes) this one's already says: "Older people's services — Working Together for Change
    compared with Spring 2026 cycle", not "… Spring 2026 cycle — older people's services".
    A new cycle keeps last time's title: the title once, then their dates (``now``, ``then``)
    tell them apart ("…: this time compared with 12 November 2026"), never "X compared with
    X". Last time's file of this very day (the morning's save, or a .bak picked by mistake)
    is "another file of the same day", not "20 April 2027 compared with 20 April 2027"; one
    dated later says so after its date (the Review board says what to do of either).
    With ``names`` (the names to watch for), this time's title is looked at as the title bar's
    is (``room_title``): "This workshop" stands for one the guard flags."""
    said = current.casefold()
    shown = current if names is None or room_title(current, names) else _LEFT_OUT
    if previous.strip().casefold() == said.strip():
        if now and now == then:
            return f"{_apart(shown)}: compared with another file of the same day"
        when = long_date(now) if now else "this time"
        later = ", a later date" if now and then and then > now else ""
        return (f"{_apart(shown)}: {when} compared with "
                f"{long_date(then) if then else 'last time'}{later}")
    parts = [part for part in previous.split(" — ") if part.strip().casefold() not in said]
    return f"{_apart(shown)} compared with {_apart(' — '.join(parts) or previous)}"


_LEFT_OUT = "This workshop"  # for a title of this time's the guard flags


def _apart(title: str) -> str:
    """A title set apart from the words after it: an Urdu one pulled the day of the date into
    it ("… / 3 :بہار کا جائزہ March 2027")."""
    if title.isascii():
        return title
    from wtfc.export.isolates import isolated

    return isolated(title)


TITLE = "What has changed since last time?"
HEADING_LINES = 3  # the subtitle names both workshops: three lines across an 800x600 projector
PEOPLE_HEADING = "People then → now"  # the board's column, on one line
# over the shares of the people reviewed, when a different number were reviewed each time
SHARE_HEADING = "Share of people then → now"
CARDS_HEADING = "Cards then → now"  # no person recorded on one side: the cards are counted
ACTIONS_TITLE = "Last time's actions"
SECTION = 56  # under "Themes" and "Last time's actions" over their cards
GAP = 10


def _lines(text: str, width: float, *, bold: bool = False,
           most: int | None = MAX_LINES) -> float:
    """Height of ``text`` at the room's small size, at most ``most`` lines (whole: None)."""
    whole = text_height(text, width, SMALL_PX, bold=bold)
    if most is None:
        return whole + 4
    return min(whole, most * text_height("Ag", width, SMALL_PX, bold=bold)) + 4


def theme_row_height(t: ThemeChange, rank: int | None = None,
                     width: float = THEME_TEXT_WIDTH, most: int = MAX_LINES,
                     success: str = "") -> float:
    """A theme's card: its change, its name and, for one of last time's themes, what the room
    said success would look like (``success``, whole: a card taller than a page goes on over
    the next, ``review_room_pieces``)."""
    return 8 + 40 + change_more(t, width) + _lines(name_text(t, rank), width, most=most) + 8 \
        + GAP + success_height(success, width)


def success_height(success: str, width: float) -> float:
    """Last time's success statements under a theme, their perspectives' labels in bold."""
    return said_height(success, width) if success else 0.0


def change_width(width: float) -> float:
    """The change's words' width in a theme's card whose text is ``width`` wide: left of the
    people's numbers."""
    return width - 236


def change_more(t: ThemeChange, width: float) -> float:
    """The height the change's words take past one line: at 1366x768, beside the actions,
    "▼ A smaller share of people said this" takes two, never "▼ A smaller share of peo…"."""
    wide = change_width(width)
    return text_height(count_text(t), wide, SMALL_PX, bold=True) \
        - text_height("Ag", wide, SMALL_PX, bold=True)


def action_row_height(action: PreviousAction, width: float = ACTION_TEXT_WIDTH,
                      noted: int | None = None) -> float:
    """An action's card: its words, whole, the lines under them (``notes``: whole, or
    ``noted`` lines each at most), then its status and lane."""
    return 8 + _lines(action.what, width, bold=True, most=None) \
        + sum(_lines(note, width, most=noted) for note in notes(action)) \
        + status_height(action, width) + 8 + GAP


def fit_most(action: PreviousAction, width: float, room: float) -> int | None:
    """The most lines each of the action's notes takes: whole (None), on a page of its own
    where that is what it takes (an overdue action's "So far" says why it is late); fewer
    only where its card would be taller than a whole page (at 800x600 a long action's status
    went on under "Page 6 of 12"). Its own words are always whole."""
    if action_row_height(action, width) <= room:
        return None
    line = text_height("Ag", width, SMALL_PX)
    noted = max(round(text_height(note, width, SMALL_PX) / line) for note in notes(action))
    while noted > 1 and action_row_height(action, width, noted) > room:
        noted -= 1
    return noted


def fewest_pages(themes: list[float], actions: list[float], room: float, action_room: float,
                 cols: Columns) -> int:
    """The fewest pages the rows (``themes``' and ``actions``' heights, side by side with the
    first page's heading before the actions) can take in ``cols``: shared out evenly they take
    no fewer than filled page by page. A layout that cannot beat one already made is not
    shared out (``even_pages`` of 374 themes took ~15 ms a try after a card moved)."""
    if not cols.stacked:
        return max(1, len(pack_pages(themes, room)), len(pack_pages(actions, room)))
    fewest = len(pack_pages(actions, action_room))
    return len(pack_pages(themes, room)) + max(1, -(-fewest // cols.across))


def after_lead(pages: list[range], lead: int) -> list[range]:
    """``pages`` of rows that began with ``lead`` rows of something else (the first page's
    heading), as pages of the rows after them: the first page may have none of them."""
    return [range(max(page.start - lead, 0), page.stop - lead) for page in pages]


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
    """Under an action's words: what changed since the workshop (the words the room agreed,
    a date moved: "By 1 Oct 2027 (agreed: 1 Oct 2026)"), how we said we'd know it worked,
    then what had happened when it was last checked, each when there is one (whole, as its
    words: ``fit_most``)."""
    moved = by_when_words(action) if date_moved(action) else ""
    return [note for note in (changed_words(action), moved, how_we_know_line(action),
                              heard_line(action), _so_far(action)) if note]


def _so_far(action: PreviousAction) -> str:
    """"So far (15 Sep 2026): …", as on the Review board; "" when nothing was noted."""
    if not action.progress_note:
        return ""
    checked = f" ({date_text(action.checked_on)})" if action.checked_on else ""
    return f"So far{checked}: {action.progress_note}"


def name_text(t: ThemeChange, rank: int | None) -> str:
    """The theme's name with its kind's symbol, after its rank if it is a priority now and
    last time's if it was one then ("Priority 1 · was priority 3 · ✗ …")."""
    ranks, named = ranks_text(t, rank), f"{t.kind.symbol} {theme_text(t)}"
    return f"{ranks} · {named}" if ranks else named


def no_themes_note(result: WorkshopComparison, workshop: Workshop) -> str:
    """In place of the themes: what to do while this workshop has none (last time's are not
    "gone" on the first day of a new cycle), or that neither has any."""
    if result.no_themes_now:
        return no_themes_text(bool(workshop.cards))
    return "No themes in either workshop yet."


def kept_together(themes: list[ThemeChange], heights: list[float], room: float,
                  count: int = 0, *, share: Callable[..., list[range]] | None = None
                  ) -> list[range]:
    """The themes' rows (``heights``, notes after the themes) in pages, as ``even_pages``
    shares them, but a theme of last time's split or merged on the same page as the themes it
    went into, listed beside it (``compare._partners_after``) where they fit a page together:
    never its "7 → 14" on one page and where its people went on the next. ``share``: an
    ``even_pages`` that keeps its answers (``RowMeasures.pages``)."""
    from wtfc.ui.boards.even_pages import even_pages

    groups: list[range] = []
    for i in range(len(heights)):
        if groups and i < len(themes) and _partners(themes[i - 1], themes[i]) and \
                sum(heights[groups[-1].start:i + 1]) <= room:
            groups[-1] = range(groups[-1].start, i + 1)
        else:
            groups.append(range(i, i + 1))
    pages = (share or even_pages)([sum(heights[i] for i in g) for g in groups], room, count)
    return [range(groups[p.start].start, groups[p.stop - 1].stop) if len(p) else p
            for p in pages]


def _partners(one: ThemeChange, other: ThemeChange) -> bool:
    """One is last time's theme split or merged, the other a theme it went into."""
    return (bool(one.previous_id) and bool(other.current_id)
            and other.current_id in one.related_ids) or \
        (bool(other.previous_id) and bool(one.current_id) and one.current_id in other.related_ids)


def count_text(t: ThemeChange) -> str:
    """How the theme's size changed, for the top line: "▲ More people said this", with the
    cards when it is about how often the same people said it ("▲ Said more often ·
    4 → 6 cards"), as the report says it; a theme judged by its cards has them beside it
    (``people_count``), not twice."""
    return change_cell(t, cards_beside=True)


def count_heading(themes: list[ThemeChange]) -> str:
    """Over the counts beside the themes: the shares of people, or the cards when every theme
    is judged by its cards (no person recorded on one side); a theme counted otherwise than
    the heading says names its unit ("3 → 6 cards")."""
    if any(t.by_share for t in themes):
        return SHARE_HEADING
    return CARDS_HEADING if themes and all(t.by_cards for t in themes) else PEOPLE_HEADING


def people_count(t: ThemeChange) -> str:
    """Beside a theme, what its change was judged on (``compare_words.count_cell``): its
    people then → now ("6 → 9"), their shares of the people reviewed when a different number
    were reviewed each time ("38% → 29%"), or its cards where its people were not recorded
    ("7 → 5 cards"); "25% → —" while it may be among the unsorted cards."""
    return count_cell(t)


def facts_parts(result: WorkshopComparison,
                marks: Yardsticks | None = None) -> tuple[str, str]:
    """The first page's facts as (what last time said it would do differently, the rest):
    the first may be a facilitator's paragraph, cut to the lines the page has left
    (``facts_lines``); the date to look again, the people and the actions' tally are whole."""
    actions = actions_tally(result)  # the Review board's and the report's words
    differently = do_differently_text(marks) if marks else ""
    again = next_review_text(marks) if marks else ""
    return differently, "\n".join(line for line in (again, reviewed_text(result), actions)
                                  if line)


def facts_lines(result: WorkshopComparison, marks: Yardsticks | None, width: float,
                room: float) -> int | None:
    """The most lines the "do differently" takes: whole (None) where the facts fit ``room``
    (the first page under its heading), else what leaves the rest whole (at 800x600 a
    573-character paragraph ran under "Page 1 of 21", the date and the tally on no page)."""
    differently, rest = facts_parts(result, marks)
    room -= text_height(rest, width, SMALL_PX) + 12
    if not differently or text_height(differently, width, SMALL_PX) <= room:
        return None
    return max(1, int(room // text_height("Ag", width, SMALL_PX)))


def facts_height(result: WorkshopComparison, marks: Yardsticks | None, width: float,
                 differently: int | None) -> tuple[float, float]:
    """(The "do differently"'s height, in ``differently`` lines at most; all the facts')."""
    said, rest = facts_parts(result, marks)
    above = _lines(said, width, most=differently) - 4 if said else 0.0
    return above, above + text_height(rest, width, SMALL_PX) + 12


def room_themes(themes: list[ThemeChange], ranks: dict[str, int],
                success: frozenset[str] = frozenset()) -> list[ThemeChange]:
    """The themes the room reads about, in the board's order: last time's priorities first, by
    their rank then (the review asks what changed because of the work, and the work was on
    them), then the others grouped by their change. A theme about the same is left out (and
    counted under the last) unless it is a priority now (``ranks``: this time's priority
    themes' ranks by id) or was one: each of those says so ("Priority 1 ·", "Was priority 2 ·");
    or last time said what success would look like for it (``success``: last time's ids)."""
    return [t for t in themes if t.current_id in ranks or t.was_priority
            or t.change is not Change.SAME or t.previous_id in success]


@dataclass
class ReviewLayout:
    """The comparison laid out in pages: each page's themes and last time's actions."""

    themes: list[ThemeChange] = field(default_factory=list)
    ranks: dict[str, int] = field(default_factory=dict)
    same: int = 0  # themes about the same, not priorities now or then: counted after the last
    theme_pages: list[range] = field(default_factory=list)
    action_pages: list[range] = field(default_factory=list)
    action_columns: list[range] = field(default_factory=list)  # each page's, down its columns
    columns: Columns = field(default_factory=columns)
    most: list[int | None] = field(default_factory=list)  # each action's note's lines (whole)
    success: dict[str, str] = field(default_factory=dict)  # last time's theme id → its words
    # each theme's success statements in the pieces its card and its continued cards show
    # (``review_room_pieces``): [] none, one whole; and the rows, (theme, piece), in order
    pieces: list[list[str]] = field(default_factory=list)
    rows: list[tuple[int, int]] = field(default_factory=list)
    differently: int | None = None  # the first page's "do differently" lines (whole)
    # the first page's heading, subtitle and facts take too much of it for the first theme:
    # they have that page to themselves, the themes (and actions) start on the next
    facts_alone: bool = False
    key: float = 0.0  # under "Themes" on each page: what the kinds' symbols mean
    key_up: bool = False  # the first page's at the end of its subtitle instead
    key_foot: bool = False  # every page's in the foot row instead (``place_key``)

    def key_under(self, page: int) -> float:
        """The key's height under "Themes" on page ``page``: none where it is up."""
        return 0.0 if page == 0 and self.key_up else self.key

    @property
    def first_action_page(self) -> int:
        """The page the actions start on: the first, or after the themes' when stacked."""
        return len(self.theme_pages) if self.columns.stacked else 0
