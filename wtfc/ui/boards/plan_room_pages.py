"""How the Plan room view shares its lanes out over rows and pages: each busy lane's rows,
then pages of whole lanes (a lane longer than a page goes on over the next), as evenly as the
fewest pages allow."""

from __future__ import annotations

LANE_GAP = 12
ROW_PAD = 10  # above and below the cards of a row
# Two lines of the action's words and its status line (see ``PlanRoomView._card``): a row any
# lower would cut every action to one line, which reads worse than a second page.
MIN_ROW = 2 * ROW_PAD + 16 + 2 * 36 + 34


def lane_rows(counts: list[int], per_row: int, room: float,
              row: float = MIN_ROW) -> list[int]:
    """Rows for each busy lane (``counts`` of actions): one each, then one more at a time for
    the lane with most actions still hidden, while every row stays ``row`` or taller."""
    rows = [1] * len(counts)
    while True:
        hidden = [count - r * per_row for count, r in zip(counts, rows, strict=True)]
        most = max(hidden, default=0)
        lane = hidden.index(most) if hidden else -1  # on a tie, the upper lane
        if most <= 0 or room / (sum(rows) + 1) < row:
            return rows
        rows[lane] += 1


def pack_lanes(needs: list[int], room: float, gap: float = LANE_GAP,
               row: float = MIN_ROW) -> list[list[tuple[int, int, int]]]:
    """Pages of (lane, first row, rows) for lanes needing ``needs`` rows of at least ``row``.

    A lane that fits on the next page is not split; a lane longer than a page fills the room
    left and goes on over the next pages.
    """
    pages: list[list[tuple[int, int, int]]] = [[]]
    used = 0.0
    for lane, need in enumerate(needs):
        first = 0
        while need > 0:
            fit = int((room - used - gap + 0.5) // row)
            if fit < need and pages[-1] and (fit < 1 or need * row + gap <= room):
                pages.append([])
                used = 0.0
                continue
            rows = max(1, min(fit, need))
            pages[-1].append((lane, first, rows))
            used += gap + rows * row
            first += rows
            need -= rows
    return [page for page in pages if page]


def balanced_lanes(needs: list[int], room: float,
                   row: float = MIN_ROW) -> list[list[tuple[int, int, int]]]:
    """``pack_lanes`` in as few pages, shared out as evenly as that allows: the first
    page is not crammed to two lines of words while the last stands half empty."""
    pages = pack_lanes(needs, room, row=row)
    budget = room
    while budget > 2 * row:
        tighter = pack_lanes(needs, budget - 20, row=row)
        if len(tighter) > len(pages):
            break
        pages, budget = tighter, budget - 20
    return pages
