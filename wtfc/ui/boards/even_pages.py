"""Rows shared out over pages evenly, so no page of a room view is left near-empty.

Filling each page before starting the next left the Review room view at 1024×768 with a page
of one theme (four, five, then one), and at 1366×768 a page of one action beside no themes.
The rows are kept in order and no page gets more than fits; of the ways to do that in the
fewest pages (or the pages asked for, where another column sets how many there are), the one
whose pages' heights are most alike is taken; or, for a list the room counts down (the
Prioritise view's themes), the one whose pages' rows are most alike in number (no page more
than a row past another where that fits), then in height. A column beside another (the Review
room's actions beside its themes) counts each page as full as the taller column on it: evened
on their own, the actions left the first page a fifth empty at 1920x1080 beside its themes
while the next had room to spare beside a full column.
"""

from __future__ import annotations

from collections.abc import Sequence

from wtfc.ui.boards.room_paint import pack_pages


def even_pages(heights: Sequence[float], room: float, count: int = 0, *,
               by_rows: bool = False, beside: Sequence[float] = ()) -> list[range]:
    """Consecutive rows of ``heights`` in ``count`` pages (at least as many as filling each
    page needs; at most one a row), none over ``room`` (a row taller than that has a page of
    its own), their heights as even as can be: the least sum of squared page heights; with
    ``by_rows``, first the least sum of squared rows a page (so 8 and 7, not 10 and 5). With
    ``beside`` (the height of the column beside them on each page), the least sum of each
    page's squared room left under the taller of the two (for a lone column the same choice)."""
    filled = pack_pages(heights, room)
    pages = min(max(count, len(filled)), len(heights))
    if pages <= 1:
        return filled
    total = [0.0]
    for height in heights:
        total.append(total[-1] + height)
    rows = len(heights)

    def fits(start: int, end: int) -> bool:
        return end - start <= 1 or total[end] - total[start] <= room

    # The k-th page can only end between the fewest rows k pages may leave for the other
    # pages to hold (packed full from the bottom) and the most k pages can hold (packed full
    # from the top): outside that band no way of paging finishes, so only the band is costed,
    # which keeps a Review room view of hundreds of themes from costing rows² on every edit.
    # Both are worked out with ``fits`` itself, so a sum rounded at the page's edge agrees.
    most, least = [0] * (pages + 1), [rows] * (pages + 1)
    for k in range(1, pages + 1):
        end = most[k - 1]
        while end < rows and fits(most[k - 1], end + 1):
            end += 1
        most[k] = end
        start = least[k - 1]
        while start > 0 and fits(start - 1, least[k - 1]):
            start -= 1
        least[k] = start

    inf = (float("inf"), float("inf"))
    # best[k][end]: the least cost of rows[:end] on k pages; came[k][end]: where page k starts
    best: list[dict[int, tuple[float, float]]] = [{0: (0.0, 0.0)}]
    came: list[dict[int, int]] = [{}]
    for k in range(1, pages + 1):
        best.append({})
        came.append({})
        for end in range(max(k, least[pages - k]), min(most[k], rows - (pages - k)) + 1):
            here, start_at = inf, 0
            for start in range(end - 1, k - 2, -1):  # the page growing upwards, till full
                if not fits(start, end):
                    break
                before = best[k - 1].get(start)
                if before is None:
                    continue
                used = total[end] - total[start]
                if beside:  # what the page leaves empty under its taller column
                    used = room - min(room, max(used, beside[k - 1] if k <= len(beside)
                                                else 0.0))
                tried = (before[0] + ((end - start) ** 2 if by_rows else 0.0),
                         before[1] + used * used)
                if tried < here:
                    here, start_at = tried, start
            if here != inf:
                best[k][end], came[k][end] = here, start_at
    if rows not in best[pages]:
        return filled
    out: list[range] = []
    end = rows
    for k in range(pages, 0, -1):
        out.append(range(came[k][end], end))
        end = came[k][end]
    return out[::-1]
