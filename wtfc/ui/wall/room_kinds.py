"""The room wall in pages, kind by kind, each kind at the type its own themes allow.

A wall that does not fit one screen is read a kind at a time, each kind from a page of its own.
Sized as one wall, every page had the type and narrow columns the biggest kind needed: the
demo's three Working themes took three of five columns of a 1920×1080 page at 24 px, with ~40 %
of the page empty and 33 of 61 cards cut at three lines. Now a kind that fits one screen alone
is laid out at the largest type at which it does (three lines a card at least, as on any wall
in pages: ``PAGE_CANDIDATES``; at two the demo's Future cards were cut on a 1366×768 page, to
save one) in the widest columns that hold it, a theme carried on into the next column where
that fills the page; a kind that does not is in pages at its own best size
(``room_pages.plan_pages``), its pages bounded as a big theme's are (``allowed_pages``): no more
than twice those it takes at the last size, or the largest smaller type that keeps to that, so
small themes share a page in columns rather than taking a one-column page each. The pages
follow kind by kind as before, each in its kind's type.
A kind on one page whose card would be cut at its ``max_lines`` has every card whole where the
page holds them so, at that type or the next smaller one; a kind in pages has every card whole
at the largest type, its own or smaller, at which that keeps within its bound (or takes no more
pages, where a theme is taller than a page): a card is cut only where no such type holds it
whole. Only then, a theme that finds no room left on a page starts there and goes on overleaf
where that saves a page (``room_pages.carried_over``), so no card is cut to save that page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from wtfc.ui.wall.layout import Rect
from wtfc.ui.wall.room_fill import fuller
from wtfc.ui.wall.room_measure import ROW_GAP, CardHeights, RoomMetrics, measure
from wtfc.ui.wall.room_pages import (
    PAGE_COLUMN_EMS,
    _Frame,
    _least_height,
    allowed_pages,
    carried_over,
    fill_pages,
    page_label_rect,
    plan_pages,
)
from wtfc.ui.wall.room_places import PagePlan, RoomLayout, build_pages

# A kind on one screen: columns no narrower than a paged wall's (about 28 characters a line):
# narrower ones let a larger type fit but cut its cards to their first words.
KIND_COLUMN_EMS = PAGE_COLUMN_EMS
WHOLE_CARD_LINES = 30  # more than a page holds at 24 px: a card is never cut


def paged_by_kind(themes: list[tuple], viewport: tuple[float, float],
                  candidates: Sequence[tuple[int, int]],
                  corners: Sequence[tuple[Rect, Rect]] = ()) -> tuple[RoomLayout, RoomMetrics]:
    """The wall in pages, each kind (``themes`` are in wall order, a kind's together) from a
    page of its own: on one page at the first of ``candidates`` (text px, card lines) at which
    it fits one, else in pages at the first that does (``room_pages.plan_pages``). ``corners``:
    where the room timer may go (``plan_pages``); one place is kept on every page, so where
    kinds chose differently (a kind in one column takes the timer over the page label, one in
    five beside it), the corner whose layout takes the fewest pages is kept for all: two cards
    in one column cost five columns' feet on every page of the next kind. The metrics returned
    are the first page's; ``RoomLayout.page_metrics`` has each page's."""
    groups: list[list[tuple]] = []
    for theme in themes:
        if groups and groups[-1][0][0].kind == theme[0].kind:
            groups[-1].append(theme)
        else:
            groups.append([theme])

    def plan(group: list[tuple], at: Sequence[tuple[Rect, Rect]]) -> PagePlan:
        # the type and the cards' lines chosen with each theme starting on a page where it
        # ends; only then a theme carried on overleaf to save a page (never a card cut for it),
        # and fewer, wider columns where a page would leave one empty (``room_fill``)
        return _one_page(group, viewport, candidates, at) or fuller(
            carried_over(_whole_in_pages(group, viewport, candidates, at)), viewport, at)

    plans = [plan(group, corners) for group in groups]
    if corners and len({p.timer for p in plans}) > 1:
        choices = [[p if p.timer == corner[1] else plan(p.themes, [corner]) for p in plans]
                   for corner in corners]
        plans = min(choices, key=lambda c: sum(p.pages for p in c))  # the first on a tie
    layout = build_pages(plans, viewport, page_label_rect(viewport), plans[0].timer)
    return layout, plans[0].m


def _one_page(themes: list[tuple], viewport: tuple[float, float],
              candidates: Sequence[tuple[int, int]], corners: Sequence[tuple[Rect, Rect]]
              ) -> PagePlan | None:
    """``themes`` on one page at the first of ``candidates`` at which they fit one, in the
    fewest columns (the widest) that hold them, none narrower than ``KIND_COLUMN_EMS``; None
    when no size fits. Themes go into the shortest column with room, or are carried on into
    the next (``fill_pages``), so a kind of one 20-card theme fills a screen's columns.

    A column count is measured only when the heights at the last one measured leave it a
    chance: columns narrow as they are added, so no card, name or count takes fewer lines and
    the themes' heights and gaps add up to at least as much, which must fit under the caps."""
    label = page_label_rect(viewport)
    frame = _Frame(viewport, corners or [(label, label)], themes, carried=True)
    known = CardHeights(themes)
    for n, (font_px, max_lines) in enumerate(candidates):
        found = _at(themes, viewport, RoomMetrics(font_px, max_lines), frame, known)
        if found is None:
            continue
        # a card cut to ``max_lines`` is given its whole at this type or the next smaller one
        # where the page holds it so: the demo less one theme cut a card at 32 px, five lines
        # ("Nobody checked how I was …") where 28 px held it whole on the same one page
        m, width, sizes = found.m, found.width, found.sizes
        whole = RoomMetrics(font_px, WHOLE_CARD_LINES, m.title_lines, m.count_lines)
        wholes = measure(themes, whole, width, known.of(range(len(themes)), whole, width))
        if sum(s.total for s in wholes) > sum(s.total for s in sizes) + 0.01:
            smaller = [px for px, _ in candidates[n + 1:] if px < font_px][:1]
            for px in [font_px, *smaller]:
                found = _at(themes, viewport, RoomMetrics(px, WHOLE_CARD_LINES), frame,
                            known) or found
                if found.m.max_lines == WHOLE_CARD_LINES:
                    break
        return found if corners else found._replace(timer=None)
    return None


def _whole_in_pages(themes: list[tuple], viewport: tuple[float, float],
                    candidates: Sequence[tuple[int, int]], corners: Sequence[tuple[Rect, Rect]]
                    ) -> PagePlan:
    """``themes`` in pages (``_bounded_pages``), every card whole at the largest type, that
    type or smaller, at which the kind keeps within its bound (``allowed_pages``), a theme
    going on overleaf if need be; a card is cut only where no type within it holds it whole.
    Where a theme is taller than a page, no more pages than cut: its own bound (``plan_pages``,
    its cards counted on one line) chose the type and pages. Tried only at the type or the next
    smaller one, and in no more pages, 36 small themes with a long card in three took 18 pages
    of 1280×720 at 32 px with 36 cards cut ("…") where 26 px held every card whole in 12."""
    found, most = _bounded_pages(themes, viewport, candidates, corners)
    m = found.m
    uncut = RoomMetrics(m.font_px, WHOLE_CARD_LINES, m.title_lines, m.count_lines)
    known = CardHeights(themes)
    wholes = measure(themes, uncut, found.width, known.of(range(len(themes)), uncut, found.width))
    if sum(s.total for s in wholes) <= sum(s.total for s in found.sizes) + 0.01:
        return found  # no card is cut: nothing to lay out again
    floor = RoomMetrics(*candidates[-1])
    tall = _least_height(max(len(shown) for _, shown in themes), floor) > \
        viewport[1] - 2 * floor.margin
    if tall:
        most = found.pages

    def within(pages: int) -> bool:
        # no more pages than the cut plan is within the bound (which the floor, laid out
        # whatever it takes, may pass); the bound is worked out only when a plan needs it
        nonlocal most
        if pages <= found.pages:
            return True
        if most is None:
            most = allowed_pages(
                plan_pages(themes, viewport, candidates[-1:], corners=corners).pages)
        return pages <= most

    for px in dict.fromkeys(px for px, _ in candidates if px <= m.font_px):
        # a smaller type whose heights alone take more pages than that is not laid out (the
        # chosen type is, as it always was)
        if px < m.font_px and \
                not within(_least_pages(themes, viewport, (px, WHOLE_CARD_LINES), corners)):
            continue
        whole = plan_pages(themes, viewport, [(px, WHOLE_CARD_LINES)], corners=corners)
        if within(whole.pages):
            return whole
        whole = carried_over(whole)  # rather a theme going on overleaf than a card cut
        if within(whole.pages):
            return whole
    return found


def _bounded_pages(themes: list[tuple], viewport: tuple[float, float],
                   candidates: Sequence[tuple[int, int]],
                   corners: Sequence[tuple[Rect, Rect]]) -> tuple[PagePlan, int | None]:
    """``plan_pages``' choice, or, where it takes more than ``allowed_pages`` of the pages the
    last candidate (24 px, three lines a card) takes, the largest smaller type that takes no
    more; and that bound, where it was worked out (None: the choice is within it anyway). The
    largest type at which every theme fits a column can be one column a page: 12 three-card
    themes of a kind took 12 pages of 1024×768 at 40 px, each ~40 % empty, where at 32 px two
    columns take 6 (and the 24 px floor 5)."""
    found = plan_pages(themes, viewport, candidates, corners=corners)
    if found.pages <= allowed_pages(1):
        return found, None  # within the bound however few pages the floor takes
    last = len(candidates) - 1
    at = candidates.index((found.m.font_px, found.m.max_lines))
    if at == last:
        return found, allowed_pages(found.pages)  # no smaller type to take
    if found.pages <= allowed_pages(_least_pages(themes, viewport, candidates[last], corners)):
        return found, None  # the floor's pages cannot be fewer than that: within the bound
    most = allowed_pages(plan_pages(themes, viewport, candidates[last:], corners=corners).pages)
    while found.pages > most and at < last:
        # the next candidate at which every theme fits a column, as ``plan_pages`` chooses
        found = plan_pages(themes, viewport, candidates[at + 1:], corners=corners)
        at = candidates.index((found.m.font_px, found.m.max_lines))
    return found, most


def _least_pages(themes: list[tuple], viewport: tuple[float, float],
                 candidate: tuple[int, int], corners: Sequence[tuple[Rect, Rect]]) -> int:
    """At least the pages ``plan_pages`` takes for ``themes`` at ``candidate`` alone: their
    heights in its columns over the columns' height, no theme placed (placing them was most
    of the cost: a 2,000-card wall asks after every edit, and mostly needs no more)."""
    m = RoomMetrics(*candidate)
    label = page_label_rect(viewport)
    tall = any(_least_height(len(shown), m) > viewport[1] - 2 * m.margin for _, shown in themes)
    m, width, caps = _Frame(viewport, corners or [(label, label)], themes, tall).at(m)
    sizes = measure(themes, m, width, CardHeights(themes).of(range(len(themes)), m, width))
    return max(1, math.ceil(sum(size.total for size in sizes) / sum(caps) - 0.01))


def _at(themes: list[tuple], viewport: tuple[float, float], m: RoomMetrics, frame: _Frame,
        known: CardHeights) -> PagePlan | None:
    """``themes`` on one page at ``m``, in the fewest columns that hold them, with the timer's
    box ``frame`` kept clear at them (taken here: ``frame`` moves on with the next size
    asked about); None when no column count does."""
    cards = sum(len(shown) for _, shown in themes)
    with_cards = sum(1 for _, shown in themes if shown)
    usable, cap = viewport[0] - 2 * m.margin, viewport[1] - 2 * m.margin
    most = max(1, int((usable + m.gap) // (m.font_px * KIND_COLUMN_EMS + m.gap)))
    # every card and name on one line (``_least_height`` summed, without going through
    # a 10,000-card wall's themes at every size)
    total = (len(themes) * (m.title_line + m.count_line + 2 * m.pad)
             + cards * (m.line + 2 * m.row_pad) + ROW_GAP * (cards - with_cards)
             + m.pad * with_cards)
    for columns in range(1, most + 1):
        gaps = max(0, len(themes) - columns) * m.gap
        if total + gaps > columns * cap:
            continue  # the caps are at most the page's height: no room for these heights
        m_at, width, caps = frame.at(m, columns)
        sizes = measure(themes, m_at, width, known.of(range(len(themes)), m_at, width))
        total = sum(size.total for size in sizes)
        if total + gaps > sum(caps):
            continue
        pieces = fill_pages(sizes, caps, m_at.gap, m_at.pad)
        if pieces[-1].page == 0:
            return PagePlan(themes, m_at, width, sizes, pieces, frame.timer)
    return None
