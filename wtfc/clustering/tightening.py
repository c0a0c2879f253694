"""Make a suggested group one the room can trust: split a group too big or too loose to be one
theme, and leave out the cards that fit their group poorly.

Louvain on the neighbour graph finds communities, not themes: on messy cards it gathered 158
of 300 cards, six topics, into one group, and offered 5 unrelated cards (bingo, sleepless
nights, paperwork, falling, hearing aids) as one theme. A group here is split in two (seeded
spherical k-means) while its cards are, on average, not close to one another or while it is
larger than a theme can sensibly be; then a card whose mean closeness to the others is well
below the group's is left out (it stays unsorted, for the room to place by hand). A group that
cannot be made close enough is not suggested at all.
"""

from __future__ import annotations

import numpy as np

from wtfc.clustering.grouping import kmeans_groups

# Mean cosine between a group's cards (each with each) at least this: below it, the group is
# split. Cards on one topic average 0.3-0.5 with the shipped table; a mixed bag 0.1-0.25.
MIN_COHESION = 0.3
# A card whose mean cosine to the rest of its group is this far below the group's own mean
# is left out of it.
MAX_SHORTFALL = 0.15
# A card below this mean cosine to the rest of its group is always left out.
MIN_MEMBER_FIT = 0.15
_SMALLEST_SPLIT = 4  # below this many cards, a loose group is dropped rather than split


def largest_theme(total: int) -> int:
    """How many cards one suggested theme may hold: a third of the cards, at least 12."""
    return max(12, total // 3)


def cohesion(vectors: np.ndarray) -> float:
    """Mean cosine over the distinct pairs of (unit) rows; 1.0 for a single row."""
    n = len(vectors)
    if n < 2:
        return 1.0
    total = vectors.sum(axis=0)
    return float((total @ total - float(np.sum(vectors * vectors))) / (n * (n - 1)))


def member_fit(vectors: np.ndarray) -> np.ndarray:
    """Each row's mean cosine to the other rows."""
    n = len(vectors)
    if n < 2:
        return np.ones(n)
    total = vectors.sum(axis=0)
    return (vectors @ total - np.sum(vectors * vectors, axis=1)) / (n - 1)


def tighten(vectors: np.ndarray, members: list[int], *, largest: int) -> list[list[int]]:
    """``members`` (rows of ``vectors``) as zero or more close groups of 2 or more, in the
    order of ``members``; cards that fit no group are left out."""
    done: list[list[int]] = []
    pending = [list(members)]
    while pending:
        group = pending.pop(0)
        if len(group) < 2:
            continue
        rows = vectors[group]
        if cohesion(rows) < MIN_COHESION or len(group) > largest:
            if len(group) >= _SMALLEST_SPLIT:
                halves = kmeans_groups(rows, k=2)
                parts = [
                    [m for m, h in zip(group, halves, strict=True) if h == side] for side in (0, 1)
                ]
                if all(parts):
                    pending[:0] = parts
                    continue
            if len(group) > largest or cohesion(rows) < MIN_COHESION:
                kept = _without_loose(vectors, group)
                if len(kept) >= 2 and cohesion(vectors[kept]) >= MIN_COHESION:
                    done.append(kept)
                continue
        kept = _without_loose(vectors, group)
        if len(kept) >= 2:
            done.append(kept)
    order = {m: i for i, m in enumerate(members)}
    return sorted((sorted(g, key=order.__getitem__) for g in done), key=lambda g: order[g[0]])


def _without_loose(vectors: np.ndarray, group: list[int]) -> list[int]:
    """The group without the cards that fit it much less well than the rest do."""
    fit = member_fit(vectors[group])
    floor = max(MIN_MEMBER_FIT, float(np.mean(fit)) - MAX_SHORTFALL)
    return [m for m, f in zip(group, fit, strict=True) if f >= floor]
