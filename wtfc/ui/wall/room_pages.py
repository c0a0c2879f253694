"""The room wall in pages of one screen, for a wall too big for one screen at readable type.

The largest type at which every theme fits a column of a page, in columns about 28 characters
wide (``PAGE_COLUMN_EMS``), themes in wall order filling a page's columns (shortest column
first) before the next page; each kind starts a page of its own, as the method reads the walls
one colour at a time. Theme names are whole. A theme with no room left on a page is carried on
into the page's other columns when it can end on that page, else starts the next page, or,
where that takes fewer pages, starts in the room left and goes on overleaf under "(continued)"
(``carried_over``: 30 pages of 1024×768 for 30 ten-card themes were 21); a theme taller
than a column at the smallest type (a 60-card theme) is carried on, column after column and
page after page, in columns of the same width however few themes there are, its name over
each part with "(continued)". Such a theme has its say in the type too: the largest at which
it takes no more than twice the pages it would take at the smallest with every card on one
line (``allowed_pages``), so it is neither cut to one line a card nor spread over a page for
every three cards. The last candidate is laid out whatever the pages: its cards keep three lines.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Collection, Sequence
from functools import lru_cache

from wtfc.ui.wall.layout import Rect
from wtfc.ui.wall.room_cut import cut_tall_cards
from wtfc.ui.wall.room_measure import (
    ROW_GAP,
    CardHeights,
    RoomMetrics,
    ThemeSize,
    _metrics,
    count_lines_of,
    count_shapes,
    header_for,
    measure,
)
from wtfc.ui.wall.room_places import PagePlan, Piece, RoomLayout, build_pages

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
    """The bottom-right corner the page label takes, sized for three-digit page counts in the
    widest digits: sized for two, "Page 101 of 101" (a wall of 200 small themes) grew leftwards
    under the room timer kept beside it ("age 101 of 101")."""
    width, height = _page_label_size()
    return (viewport[0] - PAGE_LABEL_INSET - width, viewport[1] - PAGE_LABEL_INSET - height,
            width, height)


@lru_cache(maxsize=1)
def _page_label_size() -> tuple[float, float]:
    fm = _metrics(PAGE_LABEL_PX, True)
    digit = max("0123456789", key=fm.horizontalAdvance)
    words = fm.horizontalAdvance(f"Page {digit * 3} of {digit * 3}")
    # whole pixels, as the label's own size is: a fraction short, it grew a pixel leftwards
    return math.ceil(words) + 2 * PAGE_LABEL_PAD[0], fm.lineSpacing() + 2 * PAGE_LABEL_PAD[1]


def paged(themes: list[tuple], viewport: tuple[float, float],
          candidates: Sequence[tuple[int, int]], *,
          corners: Sequence[tuple[Rect, Rect]] = (),
          one_theme: bool = False) -> tuple[RoomLayout, RoomMetrics]:
    """``themes`` in pages, as ``plan_pages`` lays them out."""
    plan = plan_pages(themes, viewport, candidates, corners=corners, one_theme=one_theme)
    layout = build_pages([plan], viewport, page_label_rect(viewport), plan.timer)
    return layout, plan.m


def plan_pages(themes: list[tuple], viewport: tuple[float, float],
               candidates: Sequence[tuple[int, int]], *,
               corners: Sequence[tuple[Rect, Rect]] = (),
               one_theme: bool = False) -> PagePlan:
    """The themes in pages at the first of ``candidates`` (text px, card lines) at which every
    theme fits a column with its name on two lines, and the themes taller than a page even at
    the last candidate with every card on one line (carried on whatever the type) take at most
    ``allowed_pages`` of what they take at the last. The columns under the page label stop
    above it. ``corners``: where the room timer may go, each as (what the columns then stop
    above, the timer's box), the first that leaves a column the page's height
    (``room_corner.py``); ``RoomLayout.timer`` is the one taken. ``one_theme``: the room's
    view of one theme, carried on over the page's columns as a theme taller than a page is
    (in one screen-wide column, ten cards took two pages of 800×600), in as many columns as
    take the fewest pages (``_theme_columns``), and in no more pages than at the last
    candidate: the room checks the theme's cards together."""
    label = page_label_rect(viewport)
    kinds = [theme.kind for theme, _ in themes]
    breaks = {i for i in range(1, len(kinds)) if kinds[i] != kinds[i - 1]}
    floor = RoomMetrics(*candidates[-1])
    # taller than a page even at the last candidate with every card on one line, or not
    # (worked out once for each number of cards: a 10,000-card wall has a few dozen)
    fits = {n: _least_height(n, floor) <= viewport[1] - 2 * floor.margin
            for n in {len(shown) for _, shown in themes}}
    tall = [i for i, (_, shown) in enumerate(themes) if one_theme or not fits[len(shown)]]
    whole = sorted((i for i, (_, shown) in enumerate(themes) if i not in tall),
                   key=lambda i: len(themes[i][1]), reverse=True)  # biggest first
    frame = _Frame(viewport, corners or [(label, label)], themes, carried=bool(tall))
    known = CardHeights(themes)
    # the budget of a wall's big themes is counted with every card on one line (as the floor
    # was), so the last candidate's lines are not spent again on larger type
    least = floor if one_theme else RoomMetrics(floor.font_px, 1)
    if one_theme:
        fewest = _theme_columns(themes, tall, floor, frame, known)[1]
    else:
        fewest = _pages_of(themes, tall, *frame.at(least), known) if tall else 0
    most_pages = fewest if one_theme else allowed_pages(fewest)
    for n, (font_px, max_lines) in enumerate(candidates):
        last = n == len(candidates) - 1  # no smaller type to try: carry on what does not fit
        m = RoomMetrics(font_px, max_lines)
        if not last and whole and \
                _least_height(len(themes[whole[0]][1]), m) > viewport[1] - 2 * m.margin:
            continue  # a lower bound: this type cannot hold the biggest theme in a column
        columns = 0  # as many as are about PAGE_COLUMN_EMS wide
        if one_theme:
            columns, pages = _theme_columns(themes, tall, m, frame, known, most_pages)
            if not last and pages > most_pages:
                continue
        m, width, caps = frame.at(m, columns)
        # the type is chosen as if names took two lines at most, and they are then drawn whole:
        # a theme a long name makes too tall for its column is carried on into the next
        chooser = RoomMetrics(font_px, max_lines, CHOSEN_TITLE_LINES, m.count_lines)
        if not last and _some_theme_taller(themes, whole, chooser, width, max(caps), known):
            continue  # found without measuring every card of a 10,000-card wall at this size
        if not last and tall and not one_theme and \
                _pages_of(themes, tall, m, width, caps, known, most_pages) > most_pages:
            continue  # the big themes would take too many pages at this type
        sizes = measure(themes, m, width, known.of(range(len(themes)), m, width))
        if not last and any(_chosen_height(sizes[i], chooser) > max(caps) for i in whole):
            continue
        pieces = fill_pages(sizes, caps, m.gap, m.pad, breaks)
        return PagePlan(themes, m, width, sizes, pieces, frame.timer if corners else None,
                        tuple(caps))
    raise AssertionError("the last candidate always lays the wall out")


def carried_over(plan: PagePlan) -> PagePlan:
    """``plan`` with each theme that finds no room left on a page starting there all the same
    and going on overleaf under "(continued)" (``fill_pages`` with ``carry``), where that takes
    fewer pages; else ``plan``. Starting each such theme on a page where it ends, a 30-theme
    workshop of 10 cards a theme took 30 pages of 1024×768, each 40% empty; carried, 21."""
    caps = list(plan.caps)
    # the themes' heights must leave a page to save (a part's name makes it no shorter)
    if plan.pages < 2 or sum(size.total for size in plan.sizes) > (plan.pages - 1) * sum(caps):
        return plan
    kinds = [theme.kind for theme, _ in plan.themes]
    breaks = {i for i in range(1, len(kinds)) if kinds[i] != kinds[i - 1]}
    pieces = fill_pages(plan.sizes, caps, plan.m.gap, plan.m.pad, breaks, carry=True)
    return plan._replace(pieces=pieces) if pieces[-1].page + 1 < plan.pages else plan


def allowed_pages(fewest: int) -> int:
    """The most pages the themes taller than a page may take, when at the last candidate's
    type (24 px) with every card on one line they take ``fewest``: twice as many. That buys
    the cards their words (a second and third line) and, where pages allow, larger type;
    past it the room spends the meeting turning pages and loses sight of the theme as a whole
    (the last candidate, three lines a card, is laid out even past it: never one line).
    A 60-card theme of 4–30 words a card takes two pages at 24 px on one line at 1366×768
    and one at 1920×1080, so four and two at most: 24 px with three lines a card at 1366×768
    and 26 px with four at 1920×1080 (it took 19 and 8 pages at 40 px)."""
    return 2 * fewest


class _Frame:
    """A page's columns at a type size: how many, how wide, how tall (``caps``), for a wall
    of ``themes`` themes with these count lines (``shapes``). ``carried``: some theme is
    taller than a page, so the columns are not limited to one a theme (one 60-card theme in
    one screen-wide column took 19 pages)."""

    def __init__(self, viewport: tuple[float, float], corners: Sequence[tuple[Rect, Rect]],
                 themes: list[tuple], carried: bool) -> None:
        self.viewport, self.corners, self.carried = viewport, corners, carried
        self.themes, self.shapes = len(themes), count_shapes(themes)
        self.timer = corners[0][1]  # the timer's box at the last type size asked about

    def most(self, m: RoomMetrics) -> int:
        """The columns about ``PAGE_COLUMN_EMS`` wide a page holds at this type."""
        usable = self.viewport[0] - 2 * m.margin
        return max(1, int((usable + m.gap) // (m.font_px * PAGE_COLUMN_EMS + m.gap)))

    def at(self, m: RoomMetrics, columns: int = 0) -> tuple[RoomMetrics, float, list[float]]:
        """``m`` with its count lines for these columns, the column width and the caps: under
        the first of the corners that leaves some column the page's height (the timer beside
        the page label took the foot of both columns of a 1024×768 page, and the wall's type
        went down a size), or the last. ``columns``: this many, or (0) as many as are about
        ``PAGE_COLUMN_EMS`` wide."""
        viewport = self.viewport
        usable = viewport[0] - 2 * m.margin
        if not columns:
            columns = self.most(m)
            if not self.carried:
                columns = min(self.themes, columns)
        width = (usable - (columns - 1) * m.gap) / columns
        cap = viewport[1] - 2 * m.margin
        for label, timer in self.corners:
            caps = [cap if m.margin + c * (width + m.gap) + width <= label[0]
                    else label[1] - m.gap - m.margin for c in range(columns)]
            self.timer = timer
            if cap in caps:
                break
        lines = count_lines_of(self.shapes, m, width)
        return RoomMetrics(m.font_px, m.max_lines, count_lines=lines), width, caps


def _theme_columns(themes: list[tuple], tall: list[int], m: RoomMetrics, frame: _Frame,
                   known: CardHeights, most: int | None = None) -> tuple[int, int]:
    """(columns, pages) of the room's view of one theme at type ``m``: the column count, from
    as many as are about ``PAGE_COLUMN_EMS`` wide down to one, taking the fewest pages, the
    most columns on a tie. In the most columns a 280-character card took ten lines, and with
    its name over it (four lines and "(continued)") a third-width column held one such card:
    16 cards took 7 pages of 1366×768, one column each (no card alone under a name); in two
    they take three, at 26 px. A count in which some card is taller than a column under
    "(continued)" is passed over (its card would be cut), unless it is one column."""
    best = (1, math.inf)  # one column is never passed over
    for columns in range(frame.most(m), 0, -1):
        m_at, width, caps = frame.at(m, columns)
        if columns > 1 and any(
                max(size.cards, default=0.0) + size.continued_head + m_at.pad > min(caps)
                for size in measure([themes[i] for i in tall], m_at, width,
                                    known.of(tall, m_at, width))):
            continue
        # a count that cannot beat the best so far is ruled out by the bounds, not laid out
        bound = most if best[1] == math.inf else \
            min(most if most is not None else math.inf, best[1] - 1)
        pages = _pages_of(themes, tall, m_at, width, caps, known,
                          None if bound is None else int(bound))
        if pages < best[1]:
            best = (columns, pages)
    return best[0], int(best[1])


def _pages_of(themes: list[tuple], tall: list[int], m: RoomMetrics, width: float,
              caps: list[float], known: CardHeights, most: int | None = None) -> int:
    """The pages the themes ``tall`` (indexes) take, each from a page of its own; a lower
    bound when that is more than ``most``: a type much too large is ruled out before its cards
    are wrapped (every card on one line), or laid out (the cards' heights alone)."""
    least = sum(math.ceil(_least_height(len(themes[i][1]), m) / sum(caps)) for i in tall)
    if most is not None and least > most:
        return least
    heights = known.of(tall, m, width)
    # and again with the cards at their lines (still no names, no "(continued)" headers)
    least = sum(math.ceil((sum(cards) + ROW_GAP * (len(cards) - 1)) / sum(caps))
                for cards in heights)
    if most is not None and least > most:
        return least
    sizes = measure([themes[i] for i in tall], m, width, heights)
    return fill_pages(sizes, caps, m.gap, m.pad, range(1, len(tall)))[-1].page + 1


def _chosen_height(size: ThemeSize, chooser: RoomMetrics) -> float:
    """A theme's height with its name on ``chooser.title_lines`` lines at most."""
    return size.total - max(0, size.title_lines - chooser.title_lines) * chooser.title_line


def _least_height(cards: int, m: RoomMetrics) -> float:
    """A theme of ``cards`` cards with every card and its name on one line."""
    return (m.title_line + m.count_line + 2 * m.pad + cards * (m.line + 2 * m.row_pad)
            + ROW_GAP * max(0, cards - 1) + (m.pad if cards else 0))


def _some_theme_taller(themes: list[tuple], order: list[int], m: RoomMetrics, width: float,
                       cap: float, known: CardHeights | None = None) -> bool:
    """True when some theme of ``order`` (indexes, most cards first) is taller than ``cap``
    at this type and column ``width``. A theme's cards are measured only when its greatest
    possible height (its name on ``m.title_lines``, every card at its most lines) passes the
    cap, and only until one is too tall."""
    head = header_for(m.title_lines, m)
    for i in order:
        n = len(themes[i][1])
        most = head + n * m.card_most + ROW_GAP * max(0, n - 1) + (m.pad if n else 0)
        if most + 1.0 <= cap:  # a pixel to spare against rounding: nearer than that, measure
            return False  # the rest are no bigger
        cards = (known or CardHeights(themes)).of([i], m, width)
        if measure([themes[i]], m, width, cards)[0].total > cap:
            return True
    return False


def fill_pages(sizes: list[ThemeSize], caps: list[float], gap: float, pad: float,
               breaks: Collection[int] = (), *, carry: bool = False) -> list[Piece]:
    """Where each theme goes: into the shortest column it fits above that column's ``caps``;
    when none has room, carried on into the page's columns (left to right) if it can end on
    this page, else onto the next page (or, with ``carry``, from this page's free columns on
    into the next page's, each part worth its name: ``_carried_here``). A theme taller than a
    page is carried on from the page's free columns, column after column, page after page. A
    theme whose index is in ``breaks`` starts a new page. A card is cut only where no fresh
    column holds it under its header (``cut_tall_cards``), never to the room left here."""
    pieces: list[Piece] = []
    page, tops = 0, [0.0] * len(caps)
    for size in sizes:
        cut_tall_cards(size, max(caps), pad)
    for index, size in enumerate(sizes):
        if index in breaks and any(tops):
            page, tops = page + 1, [0.0] * len(caps)
        parts = _on_page(size, tops, caps, pad)
        if parts is None and any(tops):
            fresh = _on_page(size, [0.0] * len(caps), caps, pad)  # on a page of its own
            if fresh is not None and not (carry and _carried_here(size, tops, caps, pad)):
                page, tops = page + 1, [0.0] * len(caps)  # it ends on the next page
                parts = fresh
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
            tops[column] = top + gap + (size.total if a == 0 and b == len(size.cards)
                                        else size.height(a, b, continued=a > 0, pad=pad))
    return pieces


def _on_page(size: ThemeSize, tops: list[float], caps: list[float], pad: float
             ) -> list[tuple[int, int, int, float]] | None:
    """The theme whole in the shortest column with room, or else its parts in this page's
    free columns if they hold all of it (when it would fit an empty column whole: in a few
    parts, each part's cards at least half as tall as its name); None when this page cannot
    hold it."""
    whole = size.total
    free = None
    for c, top in enumerate(tops):  # the shortest column with room: the hottest loop here
        if top + whole <= caps[c] and (free is None or top < free[0]):
            free = (top, c)
    if free is not None:
        return [(0, len(size.cards), free[1], free[0])]
    # a bound, before its parts are tried: its cards alone need more than the page has left
    if size.reach[-1] > sum(max(0.0, cap - top - pad + ROW_GAP)
                            for top, cap in zip(tops, caps, strict=True)):
        return None
    parts = _parts(size, 0, tops, caps, pad)
    if not parts or parts[-1][1] < len(size.cards):
        return None
    if whole <= max(caps) and (len(parts) > MAX_PARTS or any(
            2 * sum(size.cards[a:b]) < (size.continued_head if a else size.head)
            for a, b, _, _ in parts)):
        return None  # it fits the next page whole: no part of it mostly name
    return parts


def _carried_here(size: ThemeSize, tops: list[float], caps: list[float], pad: float) -> bool:
    """Whether a theme that fits a page whole may start in this page's free columns and go on
    in the next page's: each part here has ``PART_CARDS`` cards at least, as tall together as
    half its name, and the rest, under "(continued)", is that worth its name too."""
    parts = _parts(size, 0, tops, caps, pad)
    if not parts:
        return False
    rest = size.cards[parts[-1][1]:]
    return all(2 * sum(size.cards[a:b]) >= (size.continued_head if a else size.head)
               for a, b, _, _ in parts) and 2 * sum(rest) >= size.continued_head


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
        # the most cards from ``first`` whose heights and gaps add up to ``room`` at most
        reach = size.reach
        last = max(first, bisect_right(reach, reach[first] + room, lo=first) - 1)
        if last < count and last - first > PART_CARDS and count - last < PART_CARDS:
            last = count - PART_CARDS  # leave no card alone in the next part
        if last - first < min(PART_CARDS, count - first):
            if not (force and not parts):
                continue
            last = max(last, first + 1)
        parts.append((first, last, column, top))
        first = last
    return parts
