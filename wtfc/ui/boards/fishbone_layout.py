"""Where the facilitator's fishbone puts its bones and boxes, from their sizes (no Qt here).

On a 1366×768 laptop the fish has about 1000×690 scene px at the smallest readable size, and
the demo's four bones drawn with both marks on one line (boxes 330 wide) took some 1300×650:
the view opened on the head and the bones were a scroll away. So the bones lean back less and
stand closer, each column puts its longer bone on the side of the spine with room to spare
(the fish is as tall as its longest bone above plus its longest below), and the scene tries
narrower boxes (more lines each, the marks one above the other) until the fish fits its room.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product

Size = tuple[float, float]

SLANT = 0.2  # how far a bone leans back (scene px across per px away from the spine)
# GAP and CLEAR 8 and 18, not 10 and 22: the demo's fish fits beside the open Teams panel at
# 1366×768 with the window's status bar (22 px) under the board
GAP = 8  # between boxes along a bone
TICK = 12  # from a bone to its boxes
CLEAR = 18  # between the spine and the nearest box
COLUMN_GAP = 18  # between a column's boxes and the next column's bone
HEAD_GAP = 16  # between the last column's boxes and the head
TAIL = 12  # the spine runs on this far left of the bones


@dataclass(frozen=True)
class BoneSizes:
    """A bone's label and its boxes (in reading order), as drawn."""

    label: Size
    boxes: tuple[Size, ...]

    @property
    def length(self) -> float:
        """From the spine to the bone's outer end: its boxes, then its label."""
        return CLEAR + sum(h + GAP for _, h in self.boxes) + self.label[1]

    @property
    def tallest(self) -> float:
        return max((h for _, h in (self.label, *self.boxes)), default=0.0)


@dataclass
class FishLayout:
    """Top-left corners: ``places[n]`` is bone n's label then its boxes (in reading order);
    ``joints[n]`` where bone n meets the spine, ``up[n]`` whether it is above it."""

    spine_y: float
    joints: list[float]
    up: list[bool]
    lengths: list[float]
    places: list[list[tuple[float, float]]]
    head: tuple[float, float]
    size: Size  # from (0, 0) to the far corner of everything drawn

    def columns(self) -> list[list[int]]:
        """Bone numbers by column, left to right: the one above the spine, then below."""
        pairs = [list(range(n, min(n + 2, len(self.up)))) for n in range(0, len(self.up), 2)]
        return [sorted(pair, key=lambda n: not self.up[n]) for pair in pairs]


def sides(bones: Sequence[BoneSizes]) -> list[bool]:
    """Which bones go above the spine: one of each column's pair above and one below, turned
    so the longest above plus the longest below is least (first above where it is all one)."""
    pairs = [bones[n : n + 2] for n in range(0, len(bones), 2)]
    best: tuple[float, list[bool]] | None = None
    for turns in product((False, True), repeat=len(pairs)):
        up: list[bool] = []
        for pair, turned in zip(pairs, turns, strict=True):
            up += [not turned, turned][: len(pair)]
        above = max((b.length for b, u in zip(bones, up, strict=True) if u), default=0.0)
        below = max((b.length for b, u in zip(bones, up, strict=True) if not u), default=0.0)
        if best is None or above + below < best[0] - 0.5:
            best = (above + below, up)
    return best[1] if best else []


def lay_out(bones: Sequence[BoneSizes], head: Size, width: float) -> FishLayout:
    """The fish: bones in columns of two from the left, the head at the right on the spine."""
    up = sides(bones)
    lengths = [b.length for b in bones]
    above = max((n for n, u in zip(lengths, up, strict=True) if u), default=0.0)
    below = max((n for n, u in zip(lengths, up, strict=True) if not u), default=0.0)
    spine = max(above, head[1] / 2)
    step = TICK + width + COLUMN_GAP
    # the longest bone's far end at the left edge; each column then stands clear of the one
    # before: a box sits by its edge nearest the spine and the next bone leans back under its
    # far edge, so that bone stands its tallest box (times SLANT) further right
    joint = TAIL + SLANT * max(lengths, default=0.0)
    joints: list[float] = []
    for n in range(len(bones)):
        if n and n % 2 == 0:
            joint += step + SLANT * max(b.tallest for b in bones[n - 2 : n])
        joints.append(joint)
    places = [
        _bone(bone, joint, spine, up=u) for bone, joint, u in zip(bones, joints, up, strict=True)
    ]
    end = joints[-1] + TICK + width + HEAD_GAP if bones else TAIL + 200
    head_at = (end, spine - head[1] / 2)
    bottom = max(spine + below, head_at[1] + head[1])
    return FishLayout(spine, joints, up, lengths, places, head_at, (end + head[0], bottom))


def _bone(bone: BoneSizes, joint: float, spine: float, *, up: bool) -> list[tuple[float, float]]:
    """A bone's label at its far end and its boxes beside it, top to bottom in reading order
    on either side of the spine: each box by the bone where it is nearest the spine."""
    sizes = [bone.label, *bone.boxes]
    order = list(range(len(sizes))) if up else [*range(1, len(sizes)), 0]
    y = spine - bone.length if up else spine + CLEAR
    places: list[tuple[float, float]] = [(0.0, 0.0)] * len(sizes)
    for n in order:
        height = sizes[n][1]
        near = min(abs(y - spine), abs(y + height - spine))
        places[n] = (joint - SLANT * near + TICK, y)
        y += height + GAP
    return places
