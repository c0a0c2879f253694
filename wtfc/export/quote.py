"""A card quoted in the report: the person's words, with a thin kind-coloured bar to their left.

A report of 10,000 cards quotes 10,000 of them, nearly all plain text in one font. Those are set
by ``PlainQuote`` directly: broken into lines as reportlab's Paragraph breaks them
(``paragraph.plain_lines``), split across pages as it splits them, and drawn with the very canvas
calls its ``drawPara`` makes, so the PDF is the same byte for byte
(``tests/export/test_export_quote.py``) without a Paragraph's parsing and bookkeeping for each.
Any other card (another font, right-to-left writing, a line break, a word wider than the column)
is a ``BidiParagraph`` in a ``Barred``.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus.paragraph import split, strip
from reportlab.rl_config import _FUZZ, paraFontSizeHeightOffset

from wtfc.export import writing
from wtfc.export.look import KIND_COLOURS
from wtfc.export.paragraph import BidiParagraph, plain_lines, plain_style
from wtfc.model.workshop import Kind


def quote(markup: str, style: ParagraphStyle, kind: Kind) -> Flowable:
    """A card's words (``fonts.markup``, with its quotation marks) as the report shows them."""
    if _plain(markup, style):
        return PlainQuote(markup, style, kind)
    return Barred(BidiParagraph(markup, style), kind)


def _plain(markup: str, style: ParagraphStyle) -> bool:
    """Text a Paragraph would hold as one fragment and draw as plain lines, in a style whose
    paragraphs ``PlainQuote`` lays out and splits as reportlab does."""
    return ("<" not in markup and "&" not in markup and "\n" not in markup
            and markup.strip() != "" and not writing.has_rtl(markup) and plain_style(style)
            and not style.textTransform and style.alignment == TA_LEFT
            and not style.firstLineIndent and not style.backColor
            and not (style.borderColor and style.borderWidth)
            and not getattr(style, "autoLeading", "") and not style.allowOrphans
            and style.allowWidows and paraFontSizeHeightOffset)


class Barred(Flowable):
    """A paragraph with a thin kind-coloured bar down its left edge."""

    def __init__(self, paragraph: BidiParagraph, kind: Kind) -> None:
        super().__init__()
        self.paragraph, self.kind = paragraph, kind

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, h = self.paragraph.wrap(available_width, available_height)
        self.height = h + self.paragraph.style.spaceAfter
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        # Each part is drawn with the space below it too (``wrap``), so it must fit above that.
        space = self.paragraph.style.spaceAfter
        parts = self.paragraph.split(available_width, available_height - space)
        return [Barred(part, self.kind) for part in parts]

    def draw(self) -> None:
        c = self.canv
        after = self.paragraph.style.spaceAfter
        c.saveState()
        c.setFillColor(KIND_COLOURS[self.kind])
        c.rect(0, after, 4, self.height - after, stroke=0, fill=1)
        c.restoreState()
        self.paragraph.drawOn(c, 0, after)


class PlainQuote(Flowable):
    """``Barred(BidiParagraph(text, style), kind)`` for one-font text (see ``quote``), made
    without the paragraph; a word wider than the column hands it over to one after all."""

    def __init__(self, text: str, style: ParagraphStyle, kind: Kind) -> None:
        super().__init__()
        # Not ``style``: reportlab would take a flowable's style's space before and after as
        # its own, where a Barred has none (its space after is inside its height).
        self.text, self.paragraph_style, self.kind = text, style, kind
        self.words = " ".join(split(strip(text)))  # as a Paragraph keeps it
        self.lines: list[tuple[float, list[str]]] | None = None
        self._barred: Barred | None = None  # for text reportlab must lay out itself

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        s = self.paragraph_style
        found = None
        if available_width >= _FUZZ and self._barred is None:
            found = plain_lines(self.words, s.fontName, s.fontSize,
                                [available_width - s.leftIndent - s.rightIndent], s)
        if found is None:
            self._barred = self._barred or Barred(BidiParagraph(self.text, s), self.kind)
            self.width, self.height = self._barred.wrap(available_width, available_height)
            return self.width, self.height
        self.lines = found[0]
        self.width = available_width
        self.height = len(self.lines) * s.leading + s.spaceAfter
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """As ``Paragraph.split`` splits a paragraph of this style: no part of one line."""
        if self._barred is not None:
            return self._barred.split(available_width, available_height)
        s = self.paragraph_style
        height = available_height - s.spaceAfter
        if available_width < _FUZZ or height < _FUZZ:
            return []
        if self.lines is None:
            self.wrap(available_width, available_height)
            if self._barred is not None:
                return self._barred.split(available_width, available_height)
        lines = self.lines
        assert lines is not None  # ``wrap`` broke the words into lines, or barred them
        fits = int(height / float(s.leading))
        if fits <= 1:  # a lone first line at the foot of a page: the card starts the next
            return []
        if len(lines) <= fits:
            return [self]
        words = [[word for _, line in part for word in line]
                 for part in (lines[:fits], lines[fits:])]
        return [PlainQuote(" ".join(w), s, self.kind) for w in words]

    def draw(self) -> None:
        if self._barred is not None:  # drawn where it stands, as if it stood there itself
            self._barred.canv = self.canv
            try:
                self._barred.draw()
            finally:
                del self._barred.canv
            return
        c, s = self.canv, self.paragraph_style
        after = s.spaceAfter
        c.saveState()  # the bar, as ``Barred.draw``
        c.setFillColor(KIND_COLOURS[self.kind])
        c.rect(0, after, 4, self.height - after, stroke=0, fill=1)
        c.restoreState()
        c.saveState()  # the paragraph: ``Flowable.drawOn`` then ``Paragraph.drawPara``
        c.translate(0, after)
        if self.lines:
            c.saveState()
            c.setFillColor(s.textColor)
            text = c.beginText(s.leftIndent, len(self.lines) * s.leading - s.fontSize)
            text.preformatted = False
            text.direction = None
            text.setFont(s.fontName, s.fontSize, s.leading)
            for unused, words in self.lines:
                line = " ".join(words)
                if unused > -1e-8 or len(words) <= 1:  # ``paragraph._leftDrawParaLine``
                    text.textLine(line)
                else:  # a line a little too full has its spaces narrowed
                    text.setWordSpace(unused / float(len(words) - 1))
                    text.textLine(line)
                    text.setWordSpace(0)
            c.drawText(text)
            c.restoreState()
        c.restoreState()
