"""Blocks the posters are built from, and the column that places them until it is full.

The posters draw straight onto the canvas (no page flow): a poster is one page whatever the
workshop holds, so each column takes what fits and says plainly what it left for the report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from wtfc.export.fonts import markup
from wtfc.export.look import KIND_COLOURS, KIND_TINTS
from wtfc.model.workshop import Kind


class Quote(Flowable):
    """A card in the person's own words: light tint, a kind-coloured band, near-black text."""

    def __init__(self, text: str, kind: Kind, style: ParagraphStyle, *, pad: float = 8) -> None:
        super().__init__()
        self.kind, self.pad = kind, pad
        self.band = max(5.0, style.fontSize * 0.4)
        self.para = Paragraph(f"“{markup(text)}”", style)
        self.space_after = style.fontSize * 0.55

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        inner = available_width - self.band - 2 * self.pad
        _, h = self.para.wrap(inner, available_height)
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
        self.para.drawOn(c, self.band + self.pad, self.space_after + self.pad)


class Gap(Flowable):
    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, self.height

    def draw(self) -> None:
        pass


class Rule(Flowable):
    """A thin horizontal line with space around it."""

    def __init__(self, colour: Color, space: float, thickness: float = 1.2) -> None:
        super().__init__()
        self.colour, self.space, self.thickness = colour, space, thickness

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.space * 2

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)
        self.canv.restoreState()


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup(text), style)


def height_of(blocks: list[Flowable], width: float) -> float:
    return sum(b.wrap(width, 10**6)[1] for b in blocks)


@dataclass
class Column:
    """A rectangle on the canvas, filled from the top by ``place``."""

    canvas: Canvas
    x: float
    top: float
    width: float
    bottom: float
    y: float = field(init=False)

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
        block.drawOn(self.canvas, self.x, self.y)

    def place_all(self, blocks: list[Flowable],
                  overflow: Callable[[int], Flowable] | None = None) -> int:
        """Place blocks in order until one does not fit; return how many were placed.

        When some are left and ``overflow`` is given (it makes an "…and N more" line for N left
        out), room is kept for that line and it is placed after the last block that fits.
        """
        reserve = overflow(len(blocks)).wrap(self.width, 10**6)[1] if overflow else 0
        for i, block in enumerate(blocks):
            last = i == len(blocks) - 1
            if not self.fits(block, 0 if last else reserve):
                if overflow is not None:
                    self.place(overflow(len(blocks) - i))
                return i
            self.place(block)
        return len(blocks)
