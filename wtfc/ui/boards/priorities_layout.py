"""How the Prioritise room view lays its rows out: each row's measures on a canvas of a given
width (``Metrics``: roomy, or ``COMPACT`` one line a theme), the counts' columns, the names'
and reasons' lines, and which rows a page holds (``_rows_that_fit``, ``row_need``). The view
(``priorities_room.py``) paints what this plans."""

from __future__ import annotations

import math
from collections.abc import Collection
from typing import NamedTuple

from PySide6.QtGui import QFontMetricsF

from wtfc.model.document import Document
from wtfc.model.workshop import Kind, Theme
from wtfc.ui.boards.room_paint import BODY_PX, LEAST_PX, SMALL_PX, text_height
from wtfc.ui.style import kind_text, pixel_font

_KIND_ORDER = {Kind.NOT_WORKING: 0, Kind.WORKING: 1, Kind.FUTURE: 2}
GAP = 8  # between rows
ROW = 66  # a one-line row: a 58 px card and the gap
PAD = 9  # from the card's top to its words
LINE = 36  # a theme name too long for one line gets a second: the "I" statement is the point
SUB_PX = LEAST_PX  # the small line under a name: why it was chosen, how many cards are not shown
SUB = 25  # what that line adds to the row
SUB_LINE = 31  # a reason's next line, when there is room for it
REASON_LINES = 4  # a reason's lines every page plans for: a short one whole at 800x600
LEFT = 60
BAR_X = 1340  # the bar of cards, just left of the counts
COUNTS = (("Cards", 1390), ("People", 1540), ("Votes", 1690))  # right-aligned, 130 px past x
WIDE = 1920.0  # the canvas the positions above are for
SHORT_BADGE = 64  # the kind's symbol alone, on a narrower canvas
NARROW = 1300.0  # a canvas narrower than this (a 1024-wide screen) has no bar, closer counts
STACKED = 1000.0  # a canvas narrower than this has each row's figures under its name
NARROW_STEP = 130  # between the counts' right edges there
FIGURE = 110  # the room a count's figure takes left of its right edge
# A priority's rank is its number under this heading, as Cards, People and Votes are: "#1" left
# the room to guess what it was, and "Priority 1" takes the room of a name's words at 1024x768
RANK_HEADING = "Priority"
RANK_INSET = 26  # the rank, and its heading, from the row's left edge


class Metrics(NamedTuple):
    """A row's measures, in canvas units."""

    row: float  # a one-line row: its card and the gap
    pad: float  # from the card's top to its words
    line: float  # a name's next line
    sub: float  # what the small line under a name adds to the row
    sub_line: float  # a reason's next line
    gap: float  # between rows
    name_px: int
    figure_px: int  # the counts, and the rank
    badge_h: float
    rank_w: float  # the rank's column
    figure: float  # the room a count's figure takes left of its right edge (narrow canvas)
    foot: float  # the least margin under the rows


ROOMY = Metrics(ROW, PAD, LINE, SUB, SUB_LINE, GAP, BODY_PX, BODY_PX + 4, 40, 120, FIGURE, 50)
# one line a theme, 24 px or more on a 1024x768 screen: names at the small size, tighter rows,
# the symbols' key beside the counts' headings (``key_beside``)
COMPACT = Metrics(42, 3, 33, 31, 31, 3, SMALL_PX, BODY_PX, 34, 84, 70, 30)


def narrow(wide: float) -> bool:
    return wide < NARROW


def counts(wide: float = WIDE) -> tuple[tuple[str, float], ...]:
    """The counts' columns on a canvas ``wide`` units wide: as far from its right edge."""
    if narrow(wide):
        return tuple((label, wide - 230 - NARROW_STEP * (len(COUNTS) - 1 - i))
                     for i, (label, _) in enumerate(COUNTS))
    return tuple((label, x + wide - WIDE) for label, x in COUNTS)


def short_badges(wide: float = WIDE) -> bool:
    """Whether the kinds are shown by their symbols alone: the names need the room."""
    return wide < WIDE


def symbols_key(wide: float = WIDE) -> str:
    """Where the kinds are symbols alone, what each means: "✗ Not working · ✓ Working · ★
    Future", in the room's order; "" where each badge carries its word."""
    if not short_badges(wide):
        return ""
    return " · ".join(kind_text(kind) for kind in sorted(Kind, key=_KIND_ORDER.__getitem__))


def rank_heading_end(ranked: bool) -> float:
    """Where the rank column's heading ("Priority", over the ranks' "1", "2"…) ends on the
    counts' headings' line; LEFT while no theme is chosen (no heading)."""
    if not ranked:
        return LEFT
    bold = QFontMetricsF(pixel_font(SMALL_PX, bold=True))
    return LEFT + RANK_INSET + bold.horizontalAdvance(RANK_HEADING) + 30


def key_beside(wide: float, m: Metrics, ranked: bool = False) -> bool:
    """Whether the symbols' key goes on the counts' headings' line, left of them (compact rows,
    where it fits after the rank's heading, when ``ranked``) rather than a line of its own."""
    key = symbols_key(wide)
    end = counts(wide)[0][1] + 130 - QFontMetricsF(pixel_font(SMALL_PX, bold=True)) \
        .horizontalAdvance(COUNTS[0][0]) - 30
    return bool(key) and m is COMPACT and \
        rank_heading_end(ranked) + QFontMetricsF(pixel_font(SMALL_PX)).horizontalAdvance(key) \
        <= end


def key_after_subtitle(subtitle: str, wide: float, lines: int) -> bool:
    """Whether the symbols' key fits at the end of the subtitle's last line (of ``lines`` at
    most), a clear gap after its words: at 1024x768 the workshop's title leaves most of that
    line empty, and the key's own line cost the demo a third page."""
    key = symbols_key(wide)
    if not key or not subtitle:
        return False
    width = wide - 2 * LEFT  # the heading's
    own = text_height(subtitle, width, SMALL_PX)
    # the key kept whole, after a gap, on the last line: no taller than the subtitle alone
    after = text_height(subtitle + "\u00a0" * 8 + key.replace(" ", "\u00a0"), width, SMALL_PX)
    return after <= own + 1 and own <= lines * text_height("Ag", width, SMALL_PX) + 1


def symbols_key_height(wide: float, m: Metrics | None = None, ranked: bool = False,
                       subtitle: str = "", lines: int = 0) -> float:
    """What the symbols' key adds under the heading (0 where there is none, or it is at the
    end of the ``subtitle``'s last line or beside the counts' headings)."""
    key = symbols_key(wide)
    if not key or (m is not None and key_beside(wide, m, ranked)) or \
            key_after_subtitle(subtitle, wide, lines):
        return 0.0
    return text_height(key, wide - 2 * LEFT, SMALL_PX) + 4


def bar_x(wide: float = WIDE) -> float:
    return BAR_X + wide - WIDE


def stacked(wide: float) -> bool:
    """Whether a row's figures go on the line under its name, the name taking the row's width
    (an 800x600 projector: beside the figures a name had two or three words a line, and six
    lines, so a page held one row)."""
    return wide < STACKED


def figures_line(wide: float, m: Metrics) -> float:
    """What the figures' own line adds to a row where they go under the name."""
    return m.figure_px + 14 if stacked(wide) else 0.0


def name_right(wide: float = WIDE, m: Metrics | None = None) -> float:
    """Where the names end: before the bar, or on a narrow canvas (no bar) the Cards, or
    where the figures go under the name, the row's right edge."""
    if stacked(wide):
        return wide - LEFT - 20
    return counts(wide)[0][1] + 130 - (m or ROOMY).figure if narrow(wide) else bar_x(wide) - 20


def most_lines(wide: float = WIDE) -> int:
    """A name's most lines: more on a narrower canvas than 1920, so it stays whole."""
    return 2 if wide >= WIDE else 3 if not narrow(wide) else 4


def name_left(any_chosen: bool, wide: float = WIDE, m: Metrics | None = None) -> float:
    """Where the names start: after the rank and the kind, or, while no theme is chosen (the
    rank column would stand empty), straight after the kind; where the figures go under the
    name, the rank and kind go on their line too and the name starts at the row's edge."""
    if stacked(wide):
        return LEFT + 30
    return lead_right(any_chosen, wide, m)


def lead_right(any_chosen: bool, wide: float = WIDE, m: Metrics | None = None) -> float:
    """Where the rank and the kind's badge end (20 units after the badge)."""
    badge = SHORT_BADGE if short_badges(wide) else 230
    return LEFT + ((m or ROOMY).rank_w if any_chosen else 26) + badge + 20


def name_width(any_chosen: bool, wide: float = WIDE, m: Metrics | None = None) -> float:
    return name_right(wide, m) - name_left(any_chosen, wide, m)


def _needs_two_lines(theme: Theme, width: float, px: int = BODY_PX) -> bool:
    """Whether the name takes more than a line's height: wider than ``width``, or drawn in a
    taller font (Urdu's line is about twice a Latin one: measured as one, it showed "…")."""
    bold = theme.priority.chosen
    if QFontMetricsF(pixel_font(px, bold=bold)).horizontalAdvance(theme.name) > width:
        return True
    return not theme.name.isascii() and \
        text_height(theme.name, width, px, bold=bold) > text_height("Ag", width, px, bold=bold) + 1


def name_lines(theme: Theme, width: float, most: int = 2, px: int = BODY_PX) -> int:
    """The lines the theme's name takes at ``px`` (at most ``most``), in Latin lines: a name
    in a taller font counts its lines as tall as they are, and may have as many of them."""
    if not _needs_two_lines(theme, width, px):
        return 1
    bold = theme.priority.chosen
    line = text_height("Ag", width, px, bold=bold)
    whole = text_height(theme.name, width, px, bold=bold)
    tallest = text_height(theme.name, 100_000, px, bold=bold) / line  # one line of it
    return max(2, min(math.ceil(most * tallest - 0.05), math.ceil(whole / line - 0.05)))


def name_px(theme: Theme, width: float, lines: int, m: Metrics = ROOMY) -> int:
    """The name's size: the body's, or on a one-line row the smaller readable size when that
    keeps the whole name where the body's would end it in "…" (a compact row's is that)."""
    if m.name_px == SMALL_PX:
        return SMALL_PX
    if lines == 1 and _needs_two_lines(theme, width) \
            and not _needs_two_lines(theme, width, SMALL_PX):
        return SMALL_PX
    return BODY_PX


class Row(NamedTuple):
    theme: Theme
    height: float
    lines: int  # the name's
    reason_lines: int  # 0 without a reason; more for a long one where there is room


def reason_width(any_chosen: bool, held: bool, wide: float = WIDE,
                 m: Metrics | None = None) -> float:
    """A reason runs under the figures too, to the Votes' right edge, unless that row says
    under its Cards figure how many cards are not shown."""
    end = min(name_right(wide, m), _not_shown_left(wide)) if held else counts(wide)[-1][1] + 130
    return end - name_left(any_chosen, wide, m)


def _not_shown_left(wide: float) -> float:
    """Left of the words "12 not shown" under the Cards figure, a gap before them: a reason
    beside them ran under them on a narrow canvas ("Why: Mwyaf o bobl — سب سے زیادہ")."""
    cards_right = dict(counts(wide))["Cards"] + 130
    return cards_right - QFontMetricsF(pixel_font(SUB_PX)).horizontalAdvance("12 not shown") - 20


def lines_of_reason(text: str, width: float, m: Metrics = ROOMY,
                    most: int | None = REASON_LINES) -> int:
    """The lines a reason takes at ``width`` (``most`` at most; None: all it needs)."""
    lines = max(1, math.ceil((text_height(text, width, SUB_PX) - 1) / m.sub_line))
    return lines if most is None else min(most, lines)


def reason_place(text: str, any_chosen: bool, held: bool, wide: float = WIDE,
                 m: Metrics | None = None) -> tuple[int, float]:
    """Where a reason goes: the lines it starts under the small line's top (0, or 1 under its
    row's "N not shown"), and its width. Beside the note the reason is narrowed; it goes under
    the note, as wide as a row without one, where that takes fewer lines (at 800x600 beside
    "2 not shown" it had three words a line and was cut at four, half the page empty)."""
    full = reason_width(any_chosen, False, wide, m)
    if not (text and held):
        return 0, full
    beside = reason_width(any_chosen, True, wide, m)
    metrics = m or ROOMY
    under = 1 + lines_of_reason(text, full, metrics, None)
    if under < lines_of_reason(text, beside, metrics, None):
        return 1, full
    return 0, beside


def reason_text(theme: Theme) -> str:
    """The small line under a priority's name: why the room chose it ("" if not chosen or no
    reason was typed)."""
    reason = " ".join(theme.priority.reason.split())
    return f"Why: {reason}" if theme.priority.chosen and reason else ""


def _rows_that_fit(themes: list[Theme], room: float, width: float | None = None,
                   held: Collection[str] = (), wide: float = WIDE,
                   any_chosen: bool | None = None, m: Metrics = ROOMY) -> list[Row]:
    """The rows shown. Every theme gets a row while they fit (the last line then says how many
    more there are), with a small line under its name for why it was chosen or, if its id is
    in ``held``, how many of its cards are not shown. The space left gives names wider than
    ``width`` (by default, as wide as they are drawn now) the lines they need to be whole, in
    the order shown, so the priorities' names are whole first; then long reasons their next
    lines (up to ``REASON_LINES``), then the rest of a longer one; then names whole at the
    smaller size their body-size lines. ``wide``: the canvas's width; ``any_chosen``:
    whether any theme (on any page) is a priority."""
    if any_chosen is None:
        any_chosen = any(t.priority.chosen for t in themes)
    if width is None:
        width = name_width(any_chosen, wide, m)
    reasons = {t.id: reason_text(t) for t in themes}
    places = {t.id: reason_place(reasons[t.id], any_chosen, t.id in held, wide, m)
              for t in themes}
    bases = [m.row + figures_line(wide, m) + (m.sub if reasons[t.id] or t.id in held else 0)
             + m.sub_line * places[t.id][0] for t in themes]
    count, used = len(themes), float(sum(bases))
    if used > room:
        count, used = 0, 44.0  # the "… and N more" line
        while count < len(themes) and used + bases[count] <= room:
            used, count = used + bases[count], count + 1
    spare = room - used
    rows = [Row(t, h, 1, 1 if reasons[t.id] else 0)
            for t, h in zip(themes[:count], bases, strict=False)]

    def name_room(small_whole: bool) -> None:  # more lines for the names whole at SMALL_PX, or not
        nonlocal spare
        for i, row in enumerate(rows):
            theme = row.theme
            if spare >= m.line and _needs_two_lines(theme, width, m.name_px) \
                    and small_whole != _needs_two_lines(theme, width, SMALL_PX):
                lines = min(name_lines(theme, width, most_lines(wide), m.name_px),
                            1 + int(spare // m.line))
                rows[i] = row._replace(height=row.height + m.line * (lines - 1), lines=lines)
                spare -= m.line * (lines - 1)

    def reason_room(most: int | None) -> None:  # each reason's further lines, up to ``most``
        nonlocal spare
        for i, row in enumerate(rows):
            text = reasons[row.theme.id]
            more = min(lines_of_reason(text, places[row.theme.id][1], m, most)
                       - row.reason_lines, int(spare // m.sub_line)) if text else 0
            if more > 0:
                rows[i] = row._replace(height=row.height + m.sub_line * more,
                                       reason_lines=row.reason_lines + more)
                spare -= m.sub_line * more

    # as row_need plans a page: the lines a name needs to be whole, then reasons' further
    # lines; only then the lines that spare a name the smaller size, so they cut no reason
    name_room(small_whole=False)
    reason_room(REASON_LINES)
    # then, where the page still has room, a longer reason whole: it is said nowhere else on
    # the room view (600 characters at 1920x1080 were cut after four lines above empty room)
    reason_room(None)
    name_room(small_whole=True)
    return rows


def row_need(theme: Theme, width: float, held: bool, wide: float, any_chosen: bool,
             m: Metrics = ROOMY) -> float:
    """The height of the theme's row with its whole name (on one line at the smaller size if
    that keeps it whole, as ``name_px``) and its reason's lines (``REASON_LINES`` at most, as
    ``_rows_that_fit`` gives them)."""
    reason = reason_text(theme)
    lines = 1 if not _needs_two_lines(theme, width, SMALL_PX) \
        else name_lines(theme, width, most_lines(wide), m.name_px)
    need = m.row + figures_line(wide, m) + (m.sub if reason or held else 0) \
        + m.line * (lines - 1)
    if reason:
        under, room_w = reason_place(reason, any_chosen, held, wide, m)
        need += m.sub_line * (under + lines_of_reason(reason, room_w, m) - 1)
    return need


def not_shown(doc: Document, theme: Theme) -> int:
    """How many of the theme's cards the room never sees: held back by the personal-detail
    guard (its theme view counts only the others)."""
    return sum(1 for card_id in theme.card_ids if doc.card(card_id).held_back)


def room_order(themes: list[Theme]) -> list[Theme]:
    """Priorities by rank, then the rest: not working, working, future, biggest first."""
    return sorted(themes, key=lambda t: (
        0 if t.priority.chosen else 1, t.priority.rank or 0, _KIND_ORDER[t.kind],
        -len(t.card_ids), -t.priority.votes))
