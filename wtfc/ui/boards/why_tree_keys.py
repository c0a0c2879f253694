"""Where an arrow key goes on the why-tree, from the boxes as laid out (no Qt here).

Left and Right step through a box's fellow causes (the same parent's) in reading order first:
on a wrapped tree a cause that did not fit the first row stands under the shallowest column, so
the box beside at the same height is often a cousin, and going there first left such a cause
reachable only by mouse. Only past the first or last of them does an arrow go to the nearest box
beside at the same height. Up is the parent; Down the first of a box's causes, or, from a box
with none, the box seen below it (a wrapped cause stacked under its column), or failing that the
next wrapped row of its own. So every box is reached from the theme's box: Down to a first
cause, Left and Right along all of its fellows.
"""

from __future__ import annotations

from collections.abc import Mapping

Box = tuple[float, float, float, float]  # left, top, width, height


def neighbour(
    boxes: Mapping[str, Box], parents: Mapping[str, str | None], node: str, step: str
) -> str:
    """The box ``step`` ("up", "down", "left", "right") of ``node``; ``node`` itself where there
    is none. ``boxes`` in reading order; ``parents`` gives each box's parent (None: the theme)."""
    parent = parents[node]
    if step == "up":
        return parent or node
    x, y, width, height = boxes[node]

    def under(above: str | None) -> list[str]:  # in reading order
        return [n for n in boxes if parents[n] == above]

    siblings = under(parent) if parent else [node]
    if step == "down":
        children = under(node)
        if children:
            return min(children, key=lambda n: (boxes[n][1], boxes[n][0]))
        seen_below = [
            n
            for n in boxes
            if boxes[n][1] >= y + height
            and boxes[n][0] < x + width
            and x < boxes[n][0] + boxes[n][2]
        ]
        if seen_below:
            return min(seen_below, key=lambda n: (boxes[n][1], abs(boxes[n][0] - x)))
        lower = [n for n in siblings if boxes[n][1] > y + 1]
        next_top = min((boxes[n][1] for n in lower), default=None)
        return min(
            (n for n in lower if boxes[n][1] == next_top),
            key=lambda n: abs(boxes[n][0] - x),
            default=node,
        )
    ahead = step == "right"
    at = siblings.index(node) + (1 if ahead else -1)
    if 0 <= at < len(siblings):
        return siblings[at]
    level = [
        n
        for n, (left, top, _, tall) in boxes.items()
        if n != node and top < y + height and y < top + tall and (left > x) == ahead
    ]
    return min(level, key=lambda n: abs(boxes[n][0] - x), default=node)
