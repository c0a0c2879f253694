"""The words as typed, for whoever reads a PDF's text rather than looks at it: a screen reader,
the viewer's search, copy and paste.

A shaped run of Bengali, Hindi, Punjabi, Gujarati or Tamil (``indic.py``) is drawn as
HarfBuzz's glyphs in drawing order: a vowel sign written before its consonant comes first, and
a conjunct is one glyph with no character of its own. Read back glyph by glyph, "আমি জানি না
কে আসবে" came out "আিম জািন না ক আসেব" and "তথ্যপত্র" as "তথপ". So a shaped run keeps the
text it was shaped from (``Shaped``), and is drawn inside marked content giving that text as
its replacement (``/Span <</ActualText (…)>> BDC … EMC``, ISO 32000-1 14.9.4), which readers
take in place of the glyphs. What is drawn is unchanged.

Urdu needs no marking: its joined forms are drawn one glyph per letter in visual order, which
readers put back in reading order themselves; the fonts map the forms back to the letters
(``fonts.py``).
"""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.textobject import PDFTextObject


class Shaped(ShapedStr):
    """A run's glyphs as reportlab draws them shaped, and ``typed``: the text they were shaped
    from. A paragraph's line is made by adding its words and spaces together: the sum keeps
    the typed text of both, so each word of the line is marked with its own."""

    typed: str

    def __new__(cls, drawn: str, typed: str = "") -> Shaped:
        # ``typed`` may be left out by a copy, which sets its attributes after making it.
        self = super().__new__(cls, drawn, getattr(drawn, "__shapeData__", None))
        self.typed = typed
        return self

    def __add__(self, other):
        return _joined(ShapedStr.__add__(self, other), self, other)

    def __radd__(self, other):
        return _joined(ShapedStr.__radd__(self, other), other, self)


def _joined(drawn: ShapedStr, left, right) -> ShapedStr:
    """``left`` + ``right`` drawn, with their typed text; glyphs whose text is not known (a
    piece cut out of a shaped word) leave the whole unmarked, read glyph by glyph as before."""
    typed_left, typed_right = _typed(left), _typed(right)
    if typed_left is None or typed_right is None:
        return drawn
    return Shaped(drawn, typed_left + typed_right)


def _typed(text) -> str | None:
    if isinstance(text, Shaped):
        return text.typed
    return None if isinstance(text, ShapedStr) else str(text)  # unshaped: drawn as typed


def replacement(typed: str) -> str:
    """The operator that opens a run read as ``typed`` (a PDF text string: UTF-16BE with its
    byte-order mark, in hex); ``EMC`` closes it."""
    return f"/Span <</ActualText <FEFF{typed.encode('utf-16-be').hex().upper()}>>> BDC"


class MarkedText(PDFTextObject):
    """A text object that draws each word of a ``Shaped`` run inside marked content carrying
    its typed text; anything else exactly as reportlab draws it."""

    def _formatText(self, text):
        if not (isinstance(text, Shaped) and text.typed):
            return super()._formatText(text)
        words = text.typed.split(" ")
        if text.count(" ") != len(words) - 1:  # a space not drawn as one: mark the whole run
            return f"{replacement(text.typed)} {super()._formatText(text)} EMC"
        # Word by word, with the spaces between unmarked: a reader's words are the typed ones
        # (poppler takes a marked run with spaces in it as a single word).
        code: list[str] = []
        start = 0
        for word in words:
            end = text.find(" ", start)
            end = len(text) if end < 0 else end
            if end > start:
                code.append(f"{replacement(word)} {super()._formatText(text[start:end])} EMC")
            if end < len(text):
                code.append(super()._formatText(text[end : end + 1]))
            start = end + 1
        return " ".join(code)


def draw_string(canvas, x: float, y: float, text: str) -> None:
    """``canvas.drawString(x, y, text)`` in the current font (the same operators), with a
    ``Shaped`` run marked with its typed text."""
    line = MarkedText(canvas, x, y)
    line.textLine(text)
    canvas.drawText(line)
