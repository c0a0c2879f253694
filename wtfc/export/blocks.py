"""Blocks the posters are built from, and the column that places them until it is full.

The posters draw straight onto the canvas (no page flow): a poster is one page whatever the
workshop holds, so each column takes what fits and says plainly what it left for the report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from wtfc.export.look import KIND_COLOURS, KIND_TINTS
from wtfc.export.text import Text, TextStyle
from wtfc.model.workshop import Kind


class Quote(Flowable):
    """A card in the person's own words: light tint, a kind-coloured band, near-black text."""

    def __init__(self, text: str, kind: Kind, style: TextStyle, *, pad: float = 8) -> None:
        super().__init__()
        self.kind, self.pad = kind, pad
        self.band = max(5.0, style.size * 0.4)
        self.text = Text(f"“{text}”", style)
        self.space_after = style.size * 0.55

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        inner = available_width - self.band - 2 * self.pad
        _, h = self.text.wrap(inner, available_height)
        self.width, self.height = available_width, h + 2 * self.pad + self.space_after
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        box_h = self.height - self.space_after
        c.saveState()
        c.setFillColor(KIND_TINTS[self.kind])
        c.rect(0, self.space_after, self.width, box_h, stroke=0, fill=1)
        c.setFillColor(KIND_COLOURS[self.kind])
        c.rect(0, self.space_after, self.band, box_h, stroke=0, fill=1)
        c.restoreState()
        self.text.drawOn(c, self.band + self.pad, self.space_after + self.pad)


class Gap(Flowable):
    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.height

    def draw(self) -> None:
        """Space only: nothing to draw."""


def largest_size(sizes: tuple[float, ...], fits: Callable[[float], bool]) -> float:
    """The largest size (sizes largest first) for which ``fits``, else the smallest. A binary
    search: what fits at one size fits at any smaller one."""
    low, high = 0, len(sizes) - 1  # the answer lies in sizes[low..high]
    while low < high:
        middle = (low + high) // 2
        if fits(sizes[middle]):
            high = middle
        else:
            low = middle + 1
    return sizes[low]


def height_of(blocks: list[Flowable], width: float) -> float:
    return sum(b.wrap(width, 10**6)[1] for b in blocks)


@dataclass
class Column:
    """A rectangle on the canvas, filled from the top by ``place``.

    A ``deferred`` column draws what it placed only when ``draw_placed`` is called: its room
    left is known first (another column's cards may use it), and the PDF still reads the
    poster's columns in order.
    """

    canvas: Canvas
    x: float
    top: float
    width: float
    bottom: float
    deferred: bool = False
    y: float = field(init=False)
    _placed: list[tuple[Flowable, float]] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self.y = self.top

    @property
    def room(self) -> float:
        return self.y - self.bottom

    def fits(self, block: Flowable, reserve: float = 0) -> bool:
        _, h = block.wrap(self.width, 10**6)
        return h <= self.room - reserve

    def place(self, block: Flowable) -> None:
        """Draw a block (already checked with ``fits``) below the last one."""
        _, h = block.wrap(self.width, 10**6)
        self.y -= h
        if self.deferred:
            self._placed.append((block, self.y))
        else:
            block.drawOn(self.canvas, self.x, self.y)

    def draw_placed(self) -> None:
        """Draw what a ``deferred`` column has placed."""
        for block, y in self._placed:
            block.wrap(self.width, 10**6)
            block.drawOn(self.canvas, self.x, y)
        self._placed.clear()

    def below(self, gap: float) -> Column:
        """The room left under what this column holds, ``gap`` below it, as a column."""
        return Column(self.canvas, self.x, self.y - gap, self.width, self.bottom)

    def place_all(self, blocks: list[Flowable],
                  overflow: Callable[[int], Flowable] | None = None) -> int:
        """Place blocks in order until one does not fit; return how many were placed.

        When some are left and ``overflow`` is given (it makes an "…and N more" line for N left
        out), room is kept for that line and it is placed after the last block that fits.
        When the first blocks (kept together) do not fit, and one of them may be cut short
        (``Text.may_cut``: an action's words), it is cut to the room there is, rather than
        leave the column with nothing but the "more" line.
        """
        blocks = list(blocks)
        reserve = 0.0
        if overflow is not None and height_of(blocks, self.width) > self.room:
            reserve = overflow(len(blocks)).wrap(self.width, 10**6)[1]
        for i, block in enumerate(blocks):
            last = i == len(blocks) - 1
            # A heading (or an action's words) never ends a column without what follows it.
            group = [block]
            while getattr(group[-1], "keep_with_next", False) and i + len(group) < len(blocks):
                group.append(blocks[i + len(group)])
            needed = sum(b.wrap(self.width, 10**6)[1] for b in group)
            room = self.room - (0 if last else reserve)
            if needed > room:
                cut = self._cut(group, room) if i == 0 else None
                if cut is None:
                    if overflow is not None:
                        self.place(overflow(len(blocks) - i))
                    return i
                blocks[i:i + len(group)] = cut
                block = cut[0]
            self.place(block)
        return len(blocks)

    def _cut(self, group: list[Flowable], room: float) -> list[Flowable] | None:
        """``group`` with its block that may be cut short cut to fit ``room``, or None."""
        k = next((k for k, b in enumerate(group) if getattr(b, "may_cut", False)), None)
        if k is None:
            return None
        others = sum(b.wrap(self.width, 10**6)[1] for n, b in enumerate(group) if n != k)
        cut = group[k].cut_to(room - others)
        return None if cut is None else [*group[:k], cut, *group[k + 1:]]
