"""A reportlab Paragraph that draws right-to-left writing in visual order, line by line.

reportlab breaks a paragraph into lines in logical (reading) order, which is right; it then
draws each line's characters left to right as stored, which reverses Urdu, Arabic and Hebrew.
Here each line is put in visual order just as it is drawn (``writing.runs``), keeping every
piece's font and colour, and then put back: reportlab splits a paragraph across pages from the
logical lines it keeps, so they must stay logical. A paragraph that reads right to left is set
flush right. A paragraph without right-to-left letters is drawn by reportlab untouched.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from wtfc.export import writing


class BidiParagraph(Paragraph):
    """A Paragraph of ``fonts.markup`` text; its right-to-left lines are drawn in visual order."""

    def __init__(self, text: str | None, style: ParagraphStyle, *args, **kwargs) -> None:
        super().__init__(text, style, *args, **kwargs)
        plain = "".join(getattr(frag, "text", "") for frag in self.frags)
        self.bidi = writing.has_rtl(plain)
        self.rtl = self.bidi and writing.starts_rtl(plain)
        if self.rtl and self.style.alignment == TA_LEFT:
            self.style = ParagraphStyle(f"{self.style.name}-rtl", parent=self.style,
                                        alignment=TA_RIGHT)

    def split(self, availWidth, availHeight):
        """The parts reportlab makes keep this paragraph's direction: they are built from
        pieces with no text of their own, which read as left to right (a card broken across
        two pages came out backwards on both)."""
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, BidiParagraph):
                part.bidi, part.rtl = self.bidi, self.rtl
                part.style = self.style
        return parts

    def drawPara(self, debug: int = 0) -> None:
        if not self.bidi:
            return super().drawPara(debug)
        logical = self.blPara
        self.blPara = logical.clone(lines=[self._visual(line) for line in logical.lines])
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = logical

    def _visual(self, line):
        if isinstance(line, tuple):  # one font for the whole paragraph: (extra space, words)
            extra, words = line
            return extra, writing.visual(" ".join(words), self.rtl).split(" ")
        frags = line.words
        if any(not hasattr(frag, "text") or hasattr(frag, "cbDefn") for frag in frags):
            return line  # an image or anchor in the line: not in wtfc's text, left as it is
        pieces = [frag.text for frag in frags]
        return line.clone(words=[frags[i].clone(text=text)
                                 for i, text in writing.runs(pieces, self.rtl)])
