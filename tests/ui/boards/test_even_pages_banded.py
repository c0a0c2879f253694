"""even_pages looks only at the page ends a paging can finish from, so a Review room view of
hundreds of themes is laid out again in milliseconds, not the rows² it cost (423 ms of an
826 ms relayout at 374 theme rows): the pages it gives are the very pages it gave before, which
the projector's tests (themes on each page, page counts) were written against."""

from __future__ import annotations

import random
from collections.abc import Sequence

from tests.python_steps import steps
from wtfc.ui.boards.even_pages import even_pages
from wtfc.ui.boards.room_paint import pack_pages


def _every_end(heights: Sequence[float], room: float, count: int = 0, *,
               by_rows: bool = False) -> list[range]:
    """even_pages as it was before the band (74310a8): every end of every page costed."""
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
    best = [[inf] * (rows + 1) for _ in range(pages + 1)]
    came = [[0] * (rows + 1) for _ in range(pages + 1)]
    best[0][0] = (0.0, 0.0)
    for k in range(1, pages + 1):
        for end in range(k, rows - (pages - k) + 1):
            for start in range(end - 1, k - 2, -1):
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


def _case(rng: random.Random) -> tuple[list[float], float, int, bool]:
    rows = rng.randint(0, 70)
    style = rng.randrange(4)
    if style == 0:  # room rows of a few set heights, some taller than a page
        heights = [rng.choice([40.0, 60.0, 90.0, 130.0, 300.0, 700.0]) for _ in range(rows)]
    elif style == 1:  # measured text: any height
        heights = [rng.uniform(5, 400) for _ in range(rows)]
    elif style == 2:  # tenths, whose sums round at a page's very edge
        heights = [rng.randint(1, 9) / 10 for _ in range(rows)]
    else:  # all alike, where many pagings tie
        heights = [rng.choice([1.0, 25.0, 0.3])] * rows
    if style == 2:
        room = rng.choice([0.3, 0.6, 0.7, 1.0, 1.5])
    elif style == 3:
        room = heights[0] * rng.randint(1, 9) if heights else 10.0
    else:
        room = rng.choice([120.0, 500.0, 700.0, 900.0])
    count = rng.choice([0, 0, rng.randint(1, 40)])
    return heights, room, count, rng.random() < 0.4


def test_the_band_gives_the_very_pages_every_end_gave():
    rng = random.Random(21)
    for _ in range(1500):
        heights, room, count, by_rows = _case(rng)
        assert even_pages(heights, room, count, by_rows=by_rows) == _every_end(
            heights, room, count, by_rows=by_rows), (heights, room, count, by_rows)


def test_a_big_boroughs_themes_page_in_a_blink():
    """374 theme rows, the comparison of two 10,000-card cycles of 300 themes each, paged as
    the room view does at 1920x1080: the same pages, for a fifth of the work every end cost
    or less (counted in Python steps, as a loaded machine's seconds are not: 5,900 to
    139,000)."""
    rng = random.Random(374)
    heights = [rng.choice([60.0, 90.0, 120.0, 150.0]) for _ in range(374)]
    before, every_end = steps(lambda: _every_end(heights, 900.0), most=10**7)
    pages, _ = steps(lambda: even_pages(heights, 900.0), most=every_end // 5)
    assert pages == before
