"""A box drawn round paragraphs: what a reader must not miss (the feedback sheet's "what happens
next" and "whom to ask")."""

from __future__ import annotations

from reportlab.platypus import Flowable

from wtfc.export.look import INK


class Boxed(Flowable):
    """Paragraphs inside a thin rule, so what happens next and whom to ask stand out."""

    PAD = 10.0

    def __init__(self, paragraphs: list[Flowable]) -> None:
        super().__init__()
        self.paragraphs = paragraphs
        self.spaceAfter = 4.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        inner = available_width - 2 * self.PAD
        heights = [x.wrap(inner, available_height)[1] for x in self.paragraphs]
        self.width, self.height = available_width, sum(heights) + 2 * self.PAD
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(1.5)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        self.canv.restoreState()
        y = self.height - self.PAD
        for paragraph in self.paragraphs:
            y -= paragraph.height
            paragraph.drawOn(self.canv, self.PAD, y)
