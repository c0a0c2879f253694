"""The room wall in pages of one screen, for a wall too big for one screen at readable type.

The largest type at which every theme fits a column of a page, in columns about 28 characters
wide (``PAGE_COLUMN_EMS``), themes in wall order filling a page's columns (shortest column
first) before the next page; each kind starts a page of its own, as the method reads the walls
one colour at a time. Theme names are whole. A theme with no room left on a page is carried on
into the page's other columns when it can end on that page; a theme taller than a column at the
smallest type (a 60-card theme) does not make the whole wall small: it is carried on, column
after column and page after page, its name over each part with "(continued)".
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from wtfc.ui.wall.layout import Rect
from wtfc.ui.wall.room_measure import (
    ROW_GAP,
    RoomMetrics,
    ThemeSize,
    _metrics,
    card_sizes,
    count_lines_for,
    header_height,
    measure,
)
from wtfc.ui.wall.room_places import Piece, RoomLayout, build

PAGE_COLUMN_EMS = 14  # a paged wall's columns: about 28 characters a line, so a card reads as
# a sentence; narrower columns gave more themes a page but cut cards to "My …"
PAGE_LABEL_PX = 28  # "Page 1 of 3": large enough for the back of the room
PAGE_LABEL_PAD = (14.0, 6.0)  # inside the label, across and down
PAGE_LABEL_INSET = 8.0  # from the screen's corner
CHOSEN_TITLE_LINES = 2  # the names' lines when the type is chosen (they are drawn whole)
MAX_PARTS = 3  # a theme that would fit a column of the next page: in three parts at most
PART_CARDS = 2  # the fewest cards in a part of a theme carried on: no card alone under a name


def page_label_text(page: int, pages: int) -> str:
    return f"Page {page + 1} of {pages}"


def page_label_rect(viewport: tuple[float, float]) -> Rect:
    """The bottom-right corner the page label takes (sized for two-digit page counts)."""
    fm = _metrics(PAGE_LABEL_PX, True)
    width = fm.horizontalAdvance(page_label_text(87, 88)) + 2 * PAGE_LABEL_PAD[0]
    height = fm.lineSpacing() + 2 * PAGE_LABEL_PAD[1]
    return (viewport[0] - PAGE_LABEL_INSET - width, viewport[1] - PAGE_LABEL_INSET - height,
            width, height)


def paged(themes: list[tuple], viewport: tuple[float, float],
          candidates: Sequence[tuple[int, int]]) -> tuple[RoomLayout, RoomMetrics]:
    """The wall in pages at the first of ``candidates`` (text px, card lines) at which every
    theme fits a column with its name on two lines, leaving out those taller than a page even
    at the last candidate with every card on one line: they are carried on whatever the type.
    The columns under the page label stop above it."""
    label = page_label_rect(viewport)
    kinds = [theme.kind for theme, _ in themes]
    breaks = {i for i in range(1, len(kinds)) if kinds[i] != kinds[i - 1]}
    floor = RoomMetrics(*candidates[-1])
    too_tall = {i for i, (_, shown) in enumerate(themes)
                if _least_height(len(shown), floor) > viewport[1] - 2 * floor.margin}
    whole = [t for i, t in enumerate(themes) if i not in too_tall]  # must fit a column
    for n, (font_px, max_lines) in enumerate(candidates):
        last = n == len(candidates) - 1  # no smaller type to try: carry on what does not fit
        m = RoomMetrics(font_px, max_lines)
        cap = viewport[1] - 2 * m.margin
        if not last and whole and _least_height(max(len(s) for _, s in whole), m) > cap:
            continue  # a lower bound: this type cannot hold the biggest theme in a column
        usable = viewport[0] - 2 * m.margin
        columns = max(1, min(len(themes),
                             int((usable + m.gap) // (m.font_px * PAGE_COLUMN_EMS + m.gap))))
        width = (usable - (columns - 1) * m.gap) / columns
        count_lines = count_lines_for(themes, m, width)
        m = RoomMetrics(font_px, max_lines, count_lines=count_lines)
        # the type is chosen as if names took two lines at most, and they are then drawn whole:
        # a theme a long name makes too tall for its column is carried on into the next
        chooser = RoomMetrics(font_px, max_lines, CHOSEN_TITLE_LINES, count_lines)
        caps = [cap if m.margin + c * (width + m.gap) + width <= label[0]
                else label[1] - m.gap - m.margin for c in range(columns)]
        if not last and _some_theme_taller(whole, chooser, width, max(caps)):
            continue  # found without measuring every card of a 10,000-card wall at this size
        heights = card_sizes(themes, m, width)
        if not last and any(size.height(pad=m.pad) > max(caps) for i, size in
                            enumerate(measure(themes, chooser, width, heights))
                            if i not in too_tall):
            continue
        sizes = measure(themes, m, width, heights)
        pieces = fill_pages(sizes, caps, m.gap, m.pad, breaks)
        stride = viewport[0] * 1.5  # half a screen of empty wall between pages
        blocks, cards = build(themes, m, width, pieces, sizes, stride)
        count = pieces[-1].page + 1
        pages = [(page * stride, 0.0, viewport[0], viewport[1]) for page in range(count)]
        return RoomLayout(blocks, cards, [], pages[-1][0] + viewport[0], viewport[1], pages,
                          label), m
    raise AssertionError("the last candidate always lays the wall out")


def _least_height(cards: int, m: RoomMetrics) -> float:
    """A theme of ``cards`` cards with every card and its name on one line."""
    return (m.title_line + m.count_line + 2 * m.pad + cards * (m.line + 2 * m.row_pad)
            + ROW_GAP * max(0, cards - 1) + (m.pad if cards else 0))


def _some_theme_taller(themes: list[tuple], m: RoomMetrics, width: float, cap: float) -> bool:
    """True when some theme is taller than ``cap`` at this type and column ``width``. A theme's
    cards are measured only when its greatest possible height (its name as it wraps, every
    card at its most lines) passes the cap, biggest first, and only until one is too tall."""
    bounds = sorted(((header_height(theme.name, m, width) + len(shown) * m.card_most
                      + ROW_GAP * max(0, len(shown) - 1) + (m.pad if shown else 0), i)
                     for i, (theme, shown) in enumerate(themes)), reverse=True)
    for most, i in bounds:
        if most + 1.0 <= cap:  # a pixel to spare against rounding: nearer than that, measure
            return False  # the rest are no bigger
        one = [themes[i]]
        if measure(one, m, width, card_sizes(one, m, width))[0].height(pad=m.pad) > cap:
            return True
    return False


def fill_pages(sizes: list[ThemeSize], caps: list[float], gap: float, pad: float,
               breaks: Collection[int] = ()) -> list[Piece]:
    """Where each theme goes: into the shortest column it fits above that column's ``caps``;
    when none has room, carried on into the page's columns (left to right) if it can end on
    this page, else onto the next page. A theme taller than a page is carried on from the
    page's free columns, column after column, page after page. A theme whose index is in
    ``breaks`` starts a new page."""
    pieces: list[Piece] = []
    page, tops = 0, [0.0] * len(caps)
    for index, size in enumerate(sizes):
        if index in breaks and any(tops):
            page, tops = page + 1, [0.0] * len(caps)
        parts = _on_page(size, tops, caps, pad)
        if parts is None and any(tops) and _on_page(size, [0.0] * len(caps), caps, pad):
            page, tops = page + 1, [0.0] * len(caps)  # it ends on the next page: from its top
            parts = _on_page(size, tops, caps, pad)
        if parts is None and not size.cards:  # a name taller than a column: it overflows
            parts = [(0, 0, min(range(len(tops)), key=tops.__getitem__), min(tops))]
        first = 0
        while parts is None or parts[-1][1] < len(size.cards):  # taller than a page
            parts = _parts(size, first, tops, caps, pad, force=not any(tops))
            pieces += [Piece(index, a, b, page, column, top, a > 0)
                       for a, b, column, top in parts]
            first = parts[-1][1] if parts else first
            if first < len(size.cards):
                page, tops = page + 1, [0.0] * len(caps)
                parts = None
        if first == 0:  # placed on this page in one go
            pieces += [Piece(index, a, b, page, column, top, a > 0)
                       for a, b, column, top in parts]
        for a, b, column, top in parts:
            tops[column] = top + size.height(a, b, continued=a > 0, pad=pad) + gap
    return pieces


def _on_page(size: ThemeSize, tops: list[float], caps: list[float], pad: float
             ) -> list[tuple[int, int, int, float]] | None:
    """The theme whole in the shortest column with room, or else its parts in this page's
    free columns if they hold all of it (when it would fit an empty column whole: in a few
    parts, each part's cards at least half as tall as its name); None when this page cannot
    hold it."""
    whole = size.height(pad=pad)
    free = [(top, c) for c, top in enumerate(tops) if top + whole <= caps[c]]
    if free:
        top, column = min(free)
        return [(0, len(size.cards), column, top)]
    parts = _parts(size, 0, tops, caps, pad)
    if not parts or parts[-1][1] < len(size.cards):
        return None
    if whole <= max(caps) and (len(parts) > MAX_PARTS or any(
            2 * sum(size.cards[a:b]) < (size.continued_head if a else size.head)
            for a, b, _, _ in parts)):
        return None  # it fits the next page whole: no part of it mostly name
    return parts


def _parts(size: ThemeSize, first: int, tops: list[float], caps: list[float], pad: float,
           force: bool = False) -> list[tuple[int, int, int, float]]:
    """(first card, last card, column, top) of each part, from card ``first``, in this page's
    columns left to right while they have room for a part; ``force``: the first column takes a
    card even without room for it (a card taller than a page: the wall still goes on)."""
    parts: list[tuple[int, int, int, float]] = []
    count = len(size.cards)
    for column, top in enumerate(tops):
        if first >= count:
            break
        head = size.continued_head if first > 0 else size.head
        room = caps[column] - top - head - pad + ROW_GAP
        last = first
        while last < count and room >= size.cards[last] + ROW_GAP:
            room -= size.cards[last] + ROW_GAP
            last += 1
        if last < count and last - first > PART_CARDS and count - last < PART_CARDS:
            last = count - PART_CARDS  # leave no card alone in the next part
        if last - first < min(PART_CARDS, count - first):
            if not (force and not parts):
                continue
            last = max(last, first + 1)
        parts.append((first, last, column, top))
        first = last
    return parts
