"""The wall as the room sees it: laid out for the projector's own size, type as large as fits.

Scaling a laptop wall down to a projector makes card text tiny, so the room wall is designed
for the screen instead: it tries type sizes from large to small (and, for crowded walls, fewer
lines per card, down to two) until every theme fits the screen at 100 %, in columns as wide as
a paged wall's (``ONE_SCREEN_EMS``), each under its whole name: the name is what the room has
just agreed, so it is never cut to make the type larger.
When no size fits the wall on one screen, it is laid out in pages of one screen each rather
than shrunk below 24 px or cut to one line a card: the view shows one page at a time, each kind
from a new page at the largest type its own themes allow (``room_kinds.py``), each card with
three lines at least. The view of one theme
shows every card whole (``THEME_CANDIDATES``), in pages if need be. Held-back
cards and unsorted cards are left out (the room reads unsorted cards one at a time in read-out
mode). Cards are compact strips: a kind-coloured edge and symbol, then the words; each theme's
header carries the kind's word, so colour never stands alone.

A big wall still has thousands of cards, so a size is ruled out, where it can be, from bounds
(every card on one line, or at its most lines) before any card is wrapped at it
(``room_measure.py`` counts the lines).
"""

from __future__ import annotations

from collections.abc import Sequence

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind
from wtfc.ui.wall.layout import KIND_ORDER, Rect, masonry, wall_content
from wtfc.ui.wall.room_card_guard import room_shows
from wtfc.ui.wall.room_corner import corner_rect, timer_rect
from wtfc.ui.wall.room_kinds import WHOLE_CARD_LINES, paged_by_kind
from wtfc.ui.wall.room_measure import (
    FLOOR_PX,
    ROW_GAP,
    RoomMetrics,
    card_sizes,
    count_lines_for,
    measure,
    wrapped_lines,
)
from wtfc.ui.wall.room_pages import (
    PAGE_COLUMN_EMS,
    PAGE_LABEL_PAD,
    PAGE_LABEL_PX,
    page_label_rect,
    page_label_text,
    paged,
)
from wtfc.ui.wall.room_places import Piece, RoomBlock, RoomLayout, build

__all__ = ["CANDIDATES", "ONE_SCREEN_EMS", "PAGE_CANDIDATES", "PAGE_LABEL_PAD", "PAGE_LABEL_PX",
           "THEME_CANDIDATES", "RoomBlock", "RoomLayout", "RoomMetrics", "layout_room_wall",
           "page_label_rect", "page_label_text", "shown_on_room", "wrapped_lines"]

# (text size in px, most lines a card may take): largest first; legibility before completeness,
# but never below FLOOR_PX (24 px): "nothing on the room view falls below about 24 px" (shared
# research §A3), and never one line a card: the room is theming, so it reads the cards, and
# "My friendship with my …" is not a card (at 24 px with one line the demo's every card was cut
# so). A wall that does not fit one screen at two lines is shown in pages of three.
CANDIDATES = ((40, 5), (36, 5), (32, 5), (28, 5), (26, 4),
              (FLOOR_PX, 4), (FLOOR_PX, 3), (FLOOR_PX, 2))
PAGE_CANDIDATES = CANDIDATES[:-1]  # paging anyway: a page more buys each card its third line
# One theme on its own (the room reads its cards to check they belong): every card whole, in
# pages if need be, the type as large as that allows.
THEME_CANDIDATES = tuple((px, WHOLE_CARD_LINES) for px in (40, 36, 32, 28, 26, FLOOR_PX))
# The wall on one screen: columns no narrower than a paged wall's (about 28 characters a line).
# At 9 ems (about ten characters) the demo less one theme fitted one 1920×1080 screen at 24 px,
# two lines a card, every card cut to "My …" where its three pages at 32 px cut none.
ONE_SCREEN_EMS = PAGE_COLUMN_EMS


def layout_room_wall(doc: Document, kinds: Sequence[Kind] = KIND_ORDER, *,
                     viewport: tuple[float, float] = (1920.0, 1080.0),
                     theme_ids: frozenset[str] | None = None,
                     timer: bool = False) -> tuple[RoomLayout, RoomMetrics]:
    """The largest type at which the shown themes, under their whole names, fit ``viewport``
    at 100 %. When no type fits, pages of one screen each (``RoomLayout.pages``), each kind at
    its own type (``RoomLayout.page_metrics``; the metrics returned are the first page's).
    ``timer``: the room timer is shown, and a place at the foot is kept clear for it: beside
    or over the page label, or on one page wherever the columns end above it
    (``room_corner.py``)."""
    # a card naming someone pasted since it was checked is left out too (``room_card_guard``)
    content = wall_content(doc, kinds, include_unsorted=False,
                           show_card=room_shows(doc.names_to_watch), theme_ids=theme_ids)
    themes = [(theme, shown) for _, _, ts in content for theme, shown in ts]
    if not themes:  # nothing to show: an empty wall of the right size
        empty = (0.0, 0.0, viewport[0], viewport[1])
        return RoomLayout([], {}, [], viewport[0], viewport[1], [empty]), \
            RoomMetrics(*CANDIDATES[0])
    counts = [len(shown) for _, shown in themes]
    totals = (len(counts), sum(counts), sum(1 for n in counts if n), max(counts))
    one_theme = theme_ids is not None  # the room's view of a theme, not its wall
    for font_px, max_lines in THEME_CANDIDATES if one_theme else CANDIDATES:
        m = RoomMetrics(font_px, max_lines)
        if _cannot_fit(totals, m, viewport):
            continue  # a big wall: no column count can fit this size, so lay none out
        found = _first_fit(themes, m, viewport, timer_rect(viewport, False) if timer else None)
        if found is not None:
            return found
    corners = [(corner_rect(viewport, True, True, above), timer_rect(viewport, True, above))
               for above in (False, True)] if timer else []
    if one_theme:
        return paged(themes, viewport, THEME_CANDIDATES, corners=corners, one_theme=True)
    return paged_by_kind(themes, viewport, PAGE_CANDIDATES, corners)


def _cannot_fit(totals: tuple[int, int, int, int], m: RoomMetrics,
                viewport: tuple[float, float]) -> bool:
    """True when even the most columns this type allows, with every card and name on one
    line, would be taller than the screen, or the biggest theme alone taller than a column:
    lower bounds, so they never rule out a fit. ``totals``: the themes, their cards, the
    themes with cards and the most cards in one (all the bounds need, so a 10,000-card wall
    is not gone through again at every type size)."""
    themes, cards, with_cards, biggest = totals
    usable = viewport[0] - 2 * m.margin
    most_columns = max(1, int((usable + m.gap) // (m.font_px * ONE_SCREEN_EMS + m.gap)))
    card = m.line + 2 * m.row_pad
    head = m.title_line + m.count_line + 2 * m.pad
    # per theme: head + n cards + ROW_GAP between them + pad under them (when it has any)
    total = (themes * head + cards * card + ROW_GAP * (cards - with_cards)
             + m.pad * with_cards)
    tallest = head + biggest * card + ROW_GAP * max(0, biggest - 1) + (m.pad if biggest else 0)
    return max(total / most_columns, tallest) > viewport[1] - 2 * m.margin


def _first_fit(themes: list[tuple], m: RoomMetrics, viewport: tuple[float, float],
               corner: Rect | None = None) -> tuple[RoomLayout, RoomMetrics] | None:
    """The layout with the fewest columns (1… while a column is ``ONE_SCREEN_EMS`` wide) that
    fits ``viewport`` at this type, themes whole, each into the shortest column;
    None when none does.

    Each column count tried is measured, but a count is passed over unmeasured when the last
    one measured shows it cannot fit: columns narrow as they are added, so no name, count line
    or card takes fewer lines (greedy wrapping never does at a narrower width) and each theme
    is at least as tall as it was there. The shortest masonry of those heights is then at
    least their sum over the columns, and at least the tallest theme: a lower bound, so the
    answer is the one trying every count gives (the 96-card demo measured 73 layouts an edit,
    ~90 ms, before it fitted at 20 px, the floor then, in 9 columns).

    ``corner`` (the room timer's box in the screen's bottom-right corner): a layout fits only
    where it, or a place along the foot of the screen, is under columns that end above it
    (``RoomLayout.timer``). A masonry has short columns, so the timer costs the cards
    nothing on most walls."""
    usable = viewport[0] - 2 * m.margin
    limit = viewport[1] - 2 * m.margin + 0.01  # the bound's sums are added in another order
    known: tuple[float, float, int] | None = None  # the last heights: sum, tallest, themes
    for columns in range(1, len(themes) + 1):
        width = (usable - (columns - 1) * m.gap) / columns
        if width < m.font_px * ONE_SCREEN_EMS and columns > 1:
            return None
        used_width = columns * (width + m.gap) - m.gap + 2 * m.margin
        if used_width > viewport[0]:
            continue
        if known is not None:
            total, tallest, count = known
            if tallest > limit:
                return None  # a theme alone is taller than any narrower column can hold
            if (total + max(0, count - columns) * m.gap) / columns > limit:
                continue
        metrics = RoomMetrics(m.font_px, m.max_lines,
                              count_lines=count_lines_for(themes, m, width))
        sizes = measure(themes, metrics, width, card_sizes(themes, metrics, width))
        heights = [size.total for size in sizes]
        known = (sum(heights), max(heights), len(heights))
        places, bottom = masonry(heights, columns, metrics.gap)
        height = bottom + 2 * metrics.margin
        if height > viewport[1]:
            continue
        spot = None if corner is None else _timer_spot(corner, places, heights, width, m,
                                                         (used_width, height), viewport)
        if corner is not None and spot is None:
            continue
        pieces = [Piece(i, 0, len(size.cards), 0, column, top)
                  for i, (size, (column, top)) in enumerate(zip(sizes, places, strict=True))]
        blocks, cards = build(themes, metrics, width, pieces, sizes)
        return RoomLayout(blocks, cards, [], used_width, height,
                          [(0.0, 0.0, used_width, height)], timer=spot), metrics
    return None


def _timer_spot(corner: Rect, places: list[tuple[int, float]], heights: list[float],
                width: float, m: RoomMetrics, size: tuple[float, float],
                viewport: tuple[float, float]) -> Rect | None:
    """Where along the foot of the screen the room timer (``corner``: its box in the bottom-
    right corner) fits under a one-page layout ``size`` big, shown centred as the room view
    shows it: the corner itself, or the rightmost place under columns that end above it, a
    gap clear (the masonry's short columns are anywhere along the wall); None if none has."""
    left = (viewport[0] - size[0]) / 2 + m.margin
    top = (viewport[1] - size[1]) / 2 + m.margin
    x, y, w, h = corner
    columns = max((column for column, _ in places), default=0) + 1
    bottoms = [0.0] * columns
    for (column, above), height in zip(places, heights, strict=True):
        bottoms[column] = max(bottoms[column], top + above + height)
    spans = [(left + c * (width + m.gap), left + c * (width + m.gap) + width)
             for c in range(columns)]
    # the corner, then the timer's right edge at each column's right edge, right to left
    rights = [x + w] + [right for _, right in reversed(spans) if right - w >= m.margin / 2]
    for right in rights:
        if all(bottoms[c] <= y - m.gap for c, (a, b) in enumerate(spans)
               if b > right - w - m.gap and a < right + m.gap):
            return (right - w, y, w, h)
    return None


def shown_on_room(card: Card, names: tuple[str, ...] = ()) -> bool:
    """The one rule for the projector: a held-back card is never shown to the room, nor one
    naming someone of ``names`` (pasted to watch for) since it was checked."""
    return room_shows(names)(card)
