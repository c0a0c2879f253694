"""The fishbone room view's head kept on the page with a long theme name.

The head is 240-380 canvas units wide (``fishbone_room_layout.head_width``), and a theme's name
may have 300 characters: at 800x600 one of 130 took 13 lines in its large bold type, and the
head's top, its kind "✗ Not working" and the name's first words, was above the screen on every
page. Such a head is made wider (from the bones' room), then its name smaller, down to the floor.
"""

from __future__ import annotations

from collections.abc import Callable


def head_on_page(name_px: int, floor: int, width: float, most: float, high: float,
                 height_at: Callable[[int, float], float]) -> tuple[int, float, float]:
    """(the name's px, the head's width, its height) for a head no higher than ``high``: at
    ``name_px`` and ``width``, else wider (to ``most``), else with its name smaller too (to
    ``floor``), the narrowest that fits at each size (the bones keep the rest); else the
    widest at the floor, ``high`` high (``fishbone_room`` then ends its name in "…" where the
    facts still fit under it).
    ``height_at(px, width)``: the head's height with its name in that type at that width."""
    height = height_at(name_px, width)
    if height <= high:
        return name_px, width, height
    widths = [width + step * (most - width) / 4 for step in range(5)] if most > width \
        else [width]
    for px in range(name_px, floor - 1, -2):
        for tried in widths:
            if (height := height_at(px, tried)) <= high:
                return px, tried, height
    return floor, widths[-1], high
