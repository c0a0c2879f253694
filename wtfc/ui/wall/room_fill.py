"""A kind's room-wall pages with no column left empty where fewer, wider ones fill them.

``plan_pages`` lays a kind out in as many columns about ``PAGE_COLUMN_EMS`` wide as a page
holds, so a card reads as a sentence. Where a theme is a little too tall for such a column, it
is split over two under "(continued)", and the next theme, too tall for what is left, starts
the next page: a column of the page stays empty. In fewer, wider columns its cards take fewer
lines and it may be whole, with the page full and no page more.
"""

from __future__ import annotations

from collections.abc import Sequence

from wtfc.ui.wall.layout import Rect
from wtfc.ui.wall.room_measure import CardHeights, RoomMetrics, measure
from wtfc.ui.wall.room_pages import _Frame, fill_pages, page_label_rect
from wtfc.ui.wall.room_places import PagePlan


def fuller(plan: PagePlan, viewport: tuple[float, float],
           corners: Sequence[tuple[Rect, Rect]] = ()) -> PagePlan:
    """A kind's pages as laid out (``plan``), or, where a page before the last has a column
    with nothing in it, in fewer, wider columns (half as many at least) where that takes no
    more pages and leaves fewer such columns, or as few and fewer themes split under
    "(continued)". In the most columns the demo's three Working themes took two pages of
    1280×720, each a third empty, the first theme split over two columns (its seven cards were
    a name's height too tall for one); in two wider columns its cards take fewer lines, so it
    is whole and the first page full. The last step, with the type and lines chosen
    (``room_kinds``): tried while they were chosen, wider columns let a larger type take fewer
    pages, and it won with more pages than the smaller type had taken."""
    best, best_key = plan, _emptiness(plan)
    if best_key[1] == 0:  # no page but the last has a column to spare: nothing to fill
        return plan
    kinds = [theme.kind for theme, _ in plan.themes]
    breaks = {i for i in range(1, len(kinds)) if kinds[i] != kinds[i - 1]}
    label = page_label_rect(viewport)
    frame = _Frame(viewport, corners or [(label, label)], plan.themes, carried=True)
    known = CardHeights(plan.themes)
    at = RoomMetrics(plan.m.font_px, plan.m.max_lines)
    most = len(plan.caps)
    for columns in range(most - 1, max(2, (most + 1) // 2) - 1, -1):
        m, width, caps = frame.at(at, columns)
        sizes = measure(plan.themes, m, width, known.of(range(len(plan.themes)), m, width))
        pieces = fill_pages(sizes, caps, m.gap, m.pad, breaks)
        found = PagePlan(plan.themes, m, width, sizes, pieces,
                         frame.timer if plan.timer is not None else None, tuple(caps))
        if _emptiness(found) < best_key:
            best, best_key = found, _emptiness(found)
    return best


def _emptiness(plan: PagePlan) -> tuple[int, int, int]:
    """(pages, columns with nothing in them on a page before the last, parts "(continued)")."""
    used = {(piece.page, piece.column) for piece in plan.pieces}
    empty = sum(1 for page in range(plan.pages - 1) for column in range(len(plan.caps))
                if (page, column) not in used)
    return plan.pages, empty, sum(1 for piece in plan.pieces if piece.continued)
