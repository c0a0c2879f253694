"""Rows shared out over pages evenly, so no page of a room view is left near-empty.

Filling each page before starting the next left the Review room view at 1024×768 with a page
of one theme (four, five, then one), and at 1366×768 a page of one action beside no themes.
The rows are kept in order and no page gets more than fits; of the ways to do that in the
fewest pages (or the pages asked for, where another column sets how many there are), the one
whose pages' heights are most alike is taken; or, for a list the room counts down (the
Prioritise view's themes), the one whose pages' rows are most alike in number (no page more
than a row past another where that fits), then in height.
"""

from __future__ import annotations

from collections.abc import Sequence

from wtfc.ui.boards.room_paint import pack_pages


def even_pages(heights: Sequence[float], room: float, count: int = 0, *,
               by_rows: bool = False) -> list[range]:
    """Consecutive rows of ``heights`` in ``count`` pages (at least as many as filling each
    page needs; at most one a row), none over ``room`` (a row taller than that has a page of
    its own), their heights as even as can be: the least sum of squared page heights; with
    ``by_rows``, first the least sum of squared rows a page (so 8 and 7, not 10 and 5)."""
    filled = pack_pages(heights, room)
    pages = min(max(count, len(filled)), len(heights))
    if pages <= 1:
        return filled
    total = [0.0]
    for height in heights:
        total.append(total[-1] + height)

    inf = (float("inf"), float("inf"))

    def cost(start: int, end: int) -> tuple[float, float]:
        used, rows = total[end] - total[start], end - start
        if used > room and rows > 1:
            return inf
        return (rows * rows if by_rows else 0.0, used * used)

    rows = len(heights)
    # best[k][j]: the least cost of rows[:j] on k pages; came[k][j]: where the k-th page starts
    best = [[inf] * (rows + 1) for _ in range(pages + 1)]
    came = [[0] * (rows + 1) for _ in range(pages + 1)]
    best[0][0] = (0.0, 0.0)
    for k in range(1, pages + 1):
        for end in range(k, rows - (pages - k) + 1):
            for start in range(end - 1, k - 2, -1):  # the page growing upwards, till full
                page = cost(start, end)
                if page == inf:
                    break
                before = best[k - 1][start]
                tried = (before[0] + page[0], before[1] + page[1])
                if tried < best[k][end]:
                    best[k][end], came[k][end] = tried, start
    if best[pages][rows] == inf:
        return filled
    out: list[range] = []
    end = rows
    for k in range(pages, 0, -1):
        out.append(range(came[k][end], end))
        end = came[k][end]
    return out[::-1]
