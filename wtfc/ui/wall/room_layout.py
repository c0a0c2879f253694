"""The wall as the room sees it: laid out for the projector's own size, type as large as fits.

Scaling a laptop wall down to a projector makes card text tiny, so the room wall is designed
for the screen instead: it tries type sizes from large to small (and, for crowded walls, fewer
lines per card) until every theme fits the screen at 100 %. When no size fits the wall on one
screen, it is laid out in pages of one screen each (``_paged``) rather than shrunk below 20 px:
the view shows one page at a time, each kind from a new page. Held-back cards and unsorted
cards are left out (the room reads unsorted cards one at a time in read-out mode). Cards are
compact strips: a kind-coloured edge and symbol, then the words; each theme's header carries
the kind's word, so colour never stands alone.

Line counts come from a greedy word wrap with cached word widths: far quicker than asking Qt to
lay out every card at every candidate size, and the card item elides if Qt wraps differently.
A big wall still has thousands of cards, so a size is ruled out, where it can be, from bounds
(every card on one line, or at its most lines) before any card is wrapped at it, and the cards
are wrapped once per size and column width, not again to try whole theme names.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from PySide6.QtGui import QFontMetricsF

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind
from wtfc.ui.style import pixel_font
from wtfc.ui.wall.layout import (
    KIND_ORDER,
    Block,
    PlacementKey,
    Rect,
    WallLayout,
    masonry,
    wall_content,
)

# (text size in px, most lines a card may take): largest first; legibility before completeness,
# but never below 20 px, the least the back of a room can read (shared research §A3).
ROW_GAP = 2.0  # a hairline of the theme's tint between two cards of one theme
WHOLE_TITLE_LINES = 4
CANDIDATES = ((40, 5), (36, 5), (32, 5), (28, 5), (26, 4), (24, 4), (22, 4), (22, 3),
              (20, 4), (20, 3), (20, 2), (20, 1))
PAGE_COLUMN_EMS = 14  # a paged wall's columns: about 28 characters a line, so a card reads as
# a sentence; narrower columns gave more themes a page but cut cards to "My …"
PAGE_LABEL_PX = 28  # "Page 1 of 3": large enough for the back of the room
PAGE_LABEL_PAD = (14.0, 6.0)  # inside the label, across and down
PAGE_LABEL_INSET = 8.0  # from the screen's corner


@dataclass(frozen=True)
class RoomMetrics:
    """Sizes derived from the text size ``font_px``; every other size follows it."""

    font_px: int
    max_lines: int
    title_lines: int = 2  # a theme's name: two lines, or whole (up to four) when that fits

    # Each size is worked out once: a 10,000-card wall asks for them for every card.
    @cached_property
    def line(self) -> float:
        return _metrics(self.font_px, False).lineSpacing()

    @cached_property
    def pad(self) -> float:
        return round(self.font_px * 0.4)

    @cached_property
    def gap(self) -> float:
        return round(self.font_px * 0.5)

    @cached_property
    def row_pad(self) -> float:
        """Above and below a card's words: cards are rows of one list, not separate notes."""
        return round(self.font_px * 0.25)

    @cached_property
    def edge(self) -> float:
        """The coloured edge plus the kind symbol in front of the words."""
        return round(self.font_px * 1.6)

    @cached_property
    def title_px(self) -> int:
        return round(self.font_px * 1.15)

    @cached_property
    def count_px(self) -> int:
        return max(20, round(self.font_px * 0.8))

    @cached_property
    def margin(self) -> float:
        return round(self.font_px * 0.8)

    @cached_property
    def title_line(self) -> float:
        return _metrics(self.title_px, True).lineSpacing()

    @cached_property
    def count_line(self) -> float:
        return _metrics(self.count_px, False).lineSpacing()


@dataclass
class RoomLayout(WallLayout):
    """A ``WallLayout`` with its pages: one rectangle a screen in size per page, in scene
    coordinates, side by side with empty wall between them. One page when the wall fits (or,
    failing pages, is scaled to fit)."""

    pages: list[Rect] = field(default_factory=list)
    page_label: Rect | None = None  # where "Page 1 of 3" goes, from each page's top left


def page_label_text(page: int, pages: int) -> str:
    return f"Page {page + 1} of {pages}"


def page_label_rect(viewport: tuple[float, float]) -> Rect:
    """The bottom-right corner the page label takes (sized for two-digit page counts)."""
    fm = _metrics(PAGE_LABEL_PX, True)
    width = fm.horizontalAdvance(page_label_text(87, 88)) + 2 * PAGE_LABEL_PAD[0]
    height = fm.lineSpacing() + 2 * PAGE_LABEL_PAD[1]
    return (viewport[0] - PAGE_LABEL_INSET - width, viewport[1] - PAGE_LABEL_INSET - height,
            width, height)


@lru_cache(maxsize=64)
def _metrics(px: int, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(pixel_font(px, bold=bold))


class _WordWidths(dict):
    """Each word's advance at one font size, measured the first time it is asked for."""

    def __init__(self, px: int, bold: bool) -> None:
        super().__init__()
        self.metrics = _metrics(px, bold)

    def __missing__(self, word: str) -> float:
        width = self[word] = self.metrics.horizontalAdvance(word)
        return width


@lru_cache(maxsize=64)
def _word_widths(px: int, bold: bool) -> _WordWidths:
    return _WordWidths(px, bold)


def wrapped_lines(text: str, px: int, width: float, *, bold: bool = False,
                  most: int | None = None) -> int:
    """How many lines ``text`` takes when word-wrapped at ``width`` (or ``most``, if it takes
    more: the wrap stops counting there)."""
    return _wrapped_lines(text, px, width, bold, most)


# Kept across layouts: an edit lays the room wall out again with the same texts, sizes and
# column widths (a 10,000-card wall re-wrapped every card on every edit, ~0.5 s).
@lru_cache(maxsize=200_000)
def _wrapped_lines(text: str, px: int, width: float, bold: bool, most: int | None) -> int:
    widths = _word_widths(px, bold)  # one dictionary look-up a word: the wall's hottest loop
    space = widths[" "]
    lines, used = 1, 0.0
    for w in map(widths.__getitem__, text.split()):
        if used and used + space + w > width:
            if lines == most:
                return lines
            lines, used = lines + 1, w
        else:
            used = used + space + w if used else w
    return lines


def card_height(text: str, m: RoomMetrics, width: float) -> float:
    # at most one line: every card takes exactly one, so there is nothing to wrap
    lines = 1 if m.max_lines == 1 else \
        wrapped_lines(text, m.font_px, width - m.edge - m.pad, most=m.max_lines)
    return lines * m.line + 2 * m.row_pad


def header_height(name: str, m: RoomMetrics, width: float) -> float:
    title = wrapped_lines(name, m.title_px, width - 2 * m.pad, bold=True, most=m.title_lines)
    return title * m.title_line + m.count_line + 2 * m.pad


def layout_room_wall(doc: Document, kinds: Sequence[Kind] = KIND_ORDER, *,
                     viewport: tuple[float, float] = (1920.0, 1080.0),
                     theme_ids: frozenset[str] | None = None) -> tuple[RoomLayout, RoomMetrics]:
    """The largest type at which the shown themes fit ``viewport`` at 100 %; at that type
    and column count, whole theme names (up to four lines) when they fit too. When no type
    fits, pages of one screen each (``RoomLayout.pages``)."""
    content = wall_content(doc, kinds, include_unsorted=False, show_card=shown_on_room,
                           theme_ids=theme_ids)
    themes = [(theme, shown) for _, _, ts in content for theme, shown in ts]
    best: tuple[float, RoomLayout, RoomMetrics] | None = None
    for font_px, max_lines in CANDIDATES:
        m = RoomMetrics(font_px, max_lines)
        if _cannot_fit(themes, m, viewport):
            continue  # a big wall: no column count can fit this size, so lay none out
        for columns, width, sizes, layout in _column_layouts(themes, m, viewport):
            if _fits(layout, viewport):
                whole = RoomMetrics(font_px, max_lines, WHOLE_TITLE_LINES)
                named = _place(themes, whole, columns, width, sizes)
                return (named, whole) if _fits(named, viewport) else (layout, m)
            overflow = layout.height / viewport[1]
            if best is None or overflow < best[0]:
                best = (overflow, layout, m)
    if not themes:  # nothing to show: an empty wall of the right size
        empty = (0.0, 0.0, viewport[0], viewport[1])
        return RoomLayout([], {}, [], viewport[0], viewport[1], [empty]), \
            RoomMetrics(*CANDIDATES[0])
    paged = _paged(themes, viewport)
    if paged is not None:
        return paged
    # Even one theme is taller than the screen at 20 px: pages cannot help, so as before, the
    # layout that overflows least, which the view scales down to fit.
    m = RoomMetrics(*CANDIDATES[-1])
    if _cannot_fit(themes, m, viewport):  # skipped above: its overflow still counts
        for _, _, _, layout in _column_layouts(themes, m, viewport):
            overflow = layout.height / viewport[1]
            if best is None or overflow < best[0]:
                best = (overflow, layout, m)
    assert best is not None  # the last candidate laid out at least one column
    return best[1], best[2]


def _cannot_fit(themes: list[tuple], m: RoomMetrics, viewport: tuple[float, float]) -> bool:
    """True when even the most columns this type allows, with every card and name on one
    line, would be taller than the screen: a lower bound, so it never rules out a fit."""
    usable = viewport[0] - 2 * m.margin
    most_columns = max(1, int((usable + m.gap) // (m.font_px * 9 + m.gap)))
    card = m.line + 2 * m.row_pad
    head = m.title_line + m.count_line + 2 * m.pad
    total = sum(head + len(shown) * card + ROW_GAP * max(0, len(shown) - 1)
                + (m.pad if shown else 0) for _, shown in themes)
    return total / most_columns > viewport[1] - 2 * m.margin


def _fits(layout: WallLayout, viewport: tuple[float, float]) -> bool:
    return layout.height <= viewport[1] and layout.width <= viewport[0]


def _column_layouts(themes, m: RoomMetrics, viewport: tuple[float, float]):
    """(columns, column width, card heights, layout) with 1… columns while a column still
    holds about ten characters a line."""
    usable = viewport[0] - 2 * m.margin
    columns = 1
    while True:
        width = (usable - (columns - 1) * m.gap) / columns
        if width < m.font_px * 9 and columns > 1:
            return
        sizes = _card_sizes(themes, m, width)
        yield columns, width, sizes, _place(themes, m, columns, width, sizes)
        columns += 1
        if columns > max(1, len(themes)):
            return


def _place(themes: list[tuple], m: RoomMetrics, columns: int, width: float,
           sizes: list[list[float]]) -> RoomLayout:
    heights, inner = _measure(themes, m, width, sizes)
    places, tallest = masonry(heights, columns, m.gap)
    blocks, cards = _build(themes, m, width, [(0.0, c, t) for c, t in places], heights, inner)
    used_width = columns * (width + m.gap) - m.gap + 2 * m.margin
    height = tallest + 2 * m.margin
    return RoomLayout(blocks, cards, [], used_width, height, [(0.0, 0.0, used_width, height)])


def _card_sizes(themes: list[tuple], m: RoomMetrics, width: float) -> list[list[float]]:
    """Each theme's card heights at column ``width``: the costly part of measuring a wall, and
    the same whatever number of lines the theme names may take."""
    inside = width - 2 * m.pad
    return [[card_height(card.text, m, inside) for card in shown] for _, shown in themes]


def _measure(themes: list[tuple], m: RoomMetrics, width: float, card_sizes: list[list[float]]
             ) -> tuple[list[float], list[tuple[float, list[float]]]]:
    """Each theme's height at column ``width``, and its header height and card heights
    (``card_sizes``, from ``_card_sizes`` at this type and width)."""
    heights, inner = [], []
    for (theme, _), sizes in zip(themes, card_sizes, strict=True):
        head = header_height(theme.name, m, width)
        inner.append((head, sizes))
        body = sum(sizes) + ROW_GAP * max(0, len(sizes) - 1)
        heights.append(head + body + (m.pad if sizes else 0))
    return heights, inner


def _build(themes: list[tuple], m: RoomMetrics, width: float,
           places: list[tuple[float, int, float]], heights: list[float],
           inner: list[tuple[float, list[float]]]
           ) -> tuple[list[Block], dict[PlacementKey, Rect]]:
    """Blocks and card rectangles from each theme's (page left, column, top)."""
    blocks: list[Block] = []
    cards: dict[PlacementKey, Rect] = {}
    for (theme, shown), (left, column, top), height, (head, sizes) in zip(
            themes, places, heights, inner, strict=True):
        x = left + m.margin + column * (width + m.gap)
        y = m.margin + top
        blocks.append(Block(theme.id, theme.kind, theme.id, (x, y, width, height),
                            [c.id for c in shown]))
        card_y = y + head
        for card, size in zip(shown, sizes, strict=True):
            cards[(card.id, theme.id)] = (x + m.pad, card_y, width - 2 * m.pad, size)
            card_y += size + ROW_GAP
    return blocks, cards


def _paged(themes: list[tuple], viewport: tuple[float, float]
           ) -> tuple[RoomLayout, RoomMetrics] | None:
    """The wall in pages of one screen: the largest type at which every theme fits a page
    on its own, in columns about 28 characters wide (``PAGE_COLUMN_EMS``), themes in wall
    order filling a page's columns (shortest column first) before the next page. Each kind
    starts a page of its own, as the method reads the walls one colour at a time. The columns
    under the page label stop above it. None when some theme is taller than a page even at
    the last candidate."""
    label = page_label_rect(viewport)
    kinds = [theme.kind for theme, _ in themes]
    breaks = {i for i in range(1, len(kinds)) if kinds[i] != kinds[i - 1]}
    for font_px, max_lines in CANDIDATES:
        m = RoomMetrics(font_px, max_lines)
        if _tallest_at_least(themes, m) > viewport[1] - 2 * m.margin:
            continue  # a lower bound: this type cannot hold the biggest theme on a page
        usable = viewport[0] - 2 * m.margin
        columns = max(1, min(len(themes),
                             int((usable + m.gap) // (m.font_px * PAGE_COLUMN_EMS + m.gap))))
        width = (usable - (columns - 1) * m.gap) / columns
        caps = [viewport[1] - 2 * m.margin
                if m.margin + c * (width + m.gap) + width <= label[0]
                else label[1] - m.gap - m.margin for c in range(columns)]
        if _some_theme_taller(themes, m, width, max(caps)):
            continue  # found without measuring every card of a 10,000-card wall at this size
        sizes = _card_sizes(themes, m, width)
        heights, inner = _measure(themes, m, width, sizes)
        if max(heights) > max(caps):
            continue
        places = _fill_pages(heights, caps, m.gap, breaks)
        whole = RoomMetrics(font_px, max_lines, WHOLE_TITLE_LINES)
        named_heights, named_inner = _measure(themes, whole, width, sizes)
        if max(named_heights) <= max(caps):  # whole theme names, if they cost no extra page
            named_places = _fill_pages(named_heights, caps, m.gap, breaks)
            if named_places[-1][0] <= places[-1][0]:
                m, heights, inner, places = whole, named_heights, named_inner, named_places
        stride = viewport[0] * 1.5  # half a screen of empty wall between pages
        blocks, cards = _build(themes, m, width,
                               [(page * stride, column, top) for page, column, top in places],
                               heights, inner)
        count = places[-1][0] + 1
        pages = [(page * stride, 0.0, viewport[0], viewport[1]) for page in range(count)]
        return RoomLayout(blocks, cards, [], pages[-1][0] + viewport[0], viewport[1], pages,
                          label), m
    return None


def _some_theme_taller(themes: list[tuple], m: RoomMetrics, width: float, cap: float) -> bool:
    """True when some theme is taller than ``cap`` at this type and column ``width``. A theme
    is measured only when its greatest possible height (every card and its name at their most
    lines) passes the cap, biggest themes first, and only until one is too tall."""
    card_most = m.max_lines * m.line + 2 * m.row_pad
    head_most = m.title_lines * m.title_line + m.count_line + 2 * m.pad
    for theme, shown in sorted(themes, key=lambda t: len(t[1]), reverse=True):
        n = len(shown)
        most = head_most + n * card_most + ROW_GAP * max(0, n - 1) + (m.pad if n else 0)
        if most + 1.0 <= cap:  # a pixel to spare against rounding: nearer than that, measure
            return False  # the rest are no bigger
        one = [(theme, shown)]
        if _measure(one, m, width, _card_sizes(one, m, width))[0][0] > cap:
            return True
    return False


def _tallest_at_least(themes: list[tuple], m: RoomMetrics) -> float:
    """The biggest theme's height with every card and its name on one line."""
    card = m.line + 2 * m.row_pad
    head = m.title_line + m.count_line + 2 * m.pad
    most = max(len(shown) for _, shown in themes)
    return head + most * card + ROW_GAP * max(0, most - 1) + (m.pad if most else 0)


def _fill_pages(heights: list[float], caps: list[float], gap: float,
                breaks: Collection[int] = ()) -> list[tuple[int, int, float]]:
    """(page, column, top) for each block: each into the shortest column it fits above that
    column's ``caps``; when none has room, into the next page. A block whose index is in
    ``breaks`` starts a new page. Every height must fit some column of an empty page."""
    places: list[tuple[int, int, float]] = []
    page, tops = 0, [0.0] * len(caps)
    for index, height in enumerate(heights):
        if index in breaks:
            page, tops = page + 1, [0.0] * len(caps)
        while True:
            free = [(top, c) for c, top in enumerate(tops) if top + height <= caps[c]]
            if free:
                top, column = min(free)
                break
            page, tops = page + 1, [0.0] * len(caps)
        places.append((page, column, top))
        tops[column] = top + height + gap
    return places


def shown_on_room(card: Card) -> bool:
    """The one rule for the projector: a held-back card is never shown to the room."""
    return not card.held_back
