"""A big theme's cards in several card columns, so no theme is a column too tall to see whole.

A theme's cards stood one under the other, so on a county wall a 270-card theme was a column
40,000 px tall: Fit all showed hair-thin lines at 2 % and no names. Past a height cap (a number
of rows, ``caps``) a theme's block wraps its cards into as few card columns as keep it under the
cap, row by row as the unsorted grid has them; the lane's masonry then takes blocks 1…k columns
wide (``skyline``). A theme of up to ``MIN_ROWS`` cards never wraps, so an everyday wall (the
demo's themes have up to 10 cards) looks as it always did.

Pure arithmetic, as ``layout.py``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

MIN_ROWS = 30  # a theme of up to this many cards stays one column, whatever the wall
CAP_STEP = 2  # the caps tried grow by this much: 30, 60, 120, 240, … rows


def caps(counts: Sequence[int]) -> list[int]:
    """The rows caps worth trying for a lane whose themes have ``counts`` cards: each one
    wraps at least its biggest theme, from ``MIN_ROWS`` up. None for an everyday lane."""
    biggest = max(counts, default=0)
    found: list[int] = []
    cap = float(MIN_ROWS)
    while int(cap) < biggest:
        found.append(int(cap))
        cap *= CAP_STEP
    return found


def card_columns(count: int, cap: int) -> int:
    """How many card columns a theme of ``count`` cards takes under ``cap`` rows (0: no cap)."""
    return 1 if cap <= 0 or count <= cap else math.ceil(count / cap)


def skyline(blocks: Sequence[tuple[int, float]], columns: int, gap: float
            ) -> tuple[list[tuple[int, float]], float] | None:
    """Put blocks (card columns wide, height) one by one where they sit highest: the start
    column whose columns under the block are lowest, ties going left; (column, top) each and
    the bottom, or None when a block is wider than the lane. A block one column wide goes into
    the shortest column, as ``layout.masonry`` puts it."""
    if any(width > columns for width, _ in blocks):
        return None
    tops = [0.0] * columns
    places = []
    bottom = 0.0
    for width, height in blocks:
        lowest = min(tops)
        if width == 1:
            top, start = lowest, tops.index(lowest)
        else:
            start, top = 0, math.inf
            for at in range(columns - width + 1):
                under = max(tops[at:at + width])
                if under < top:
                    start, top = at, under
                    if under == lowest:  # none lower further on
                        break
        places.append((start, top))
        bottom = max(bottom, top + height)
        tops[start:start + width] = [top + height + gap] * width
    return places, bottom
