"""A reportlab Paragraph that draws right-to-left writing in visual order, line by line.

reportlab breaks a paragraph into lines in logical (reading) order, which is right; it then
draws each line's characters left to right as stored, which reverses Urdu, Arabic and Hebrew.
Here each line is put in visual order just as it is drawn (``writing.runs``), keeping every
piece's font and colour, and then put back: reportlab splits a paragraph across pages from the
logical lines it keeps, so they must stay logical. Each line typed on its own (ended by
``<br/>``) reads the way most of its words do (``direction.py``): an Urdu "What we will do"
with an English line under it draws that line left to right, flush left, its Urdu lines flush
right, and an Urdu line that starts with "GP", alone or not, right to left. A bullet stands
before the first word: at the right of a first line read right to left, in an indent as wide as
the gap between bullet and words on the left (the feedback sheet's Urdu action had its "•" at
the far left, apart from the words it marks). A paragraph without right-to-left letters is
drawn by reportlab untouched.
A paragraph with Bengali, Hindi, Punjabi, Gujarati or Tamil gets a style with reportlab's
``shaping`` on, so their words are shaped by HarfBuzz as lines are broken (``indic.py``), and
are drawn marked with the text as typed, which screen readers and search read (``actual_text``).
A person's words marked apart from the export's own (``isolates``) are laid out on their own in
each line. A font switch of ``fonts.markup`` keeps the weight around it (``_WeightKeeping``).

A report of 10,000 cards is mostly plain runs of one font. For those two of reportlab's steps
are done here, with the same result: the text becomes its one fragment without the markup parser
(``_plain_frag``), and lines are broken with each word's width measured once per font and size
(``plain_lines``, which ``quote.PlainQuote`` uses too); anything else goes to reportlab. Every
paragraph keeps the lines it was broken into for a width, for when it is wrapped again.
"""

from __future__ import annotations

import functools

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import (
    _FK_BREAK,
    ParaLines,
    split,
    strip,
    textTransformFrags,
)
from reportlab.platypus.paraparser import ParaFrag, ParaParser, _spanAttrMap
from reportlab.rl_config import paraFontSizeHeightOffset

from wtfc.export import direction, indic, isolates, writing
from wtfc.export.actual_text import MarkedText


class BidiParagraph(Paragraph):
    """A Paragraph of ``fonts.markup`` text; its right-to-left lines are drawn in visual order."""

    # reportlab's own attributes, declared for mypy (reportlab has no type hints)
    style: ParagraphStyle
    blPara: ParaLines  # the lines ``wrap`` broke the text into, in logical order
    frags: list  # reportlab's fragments of the text, or its words once broken into lines
    bulletText: str | list | None  # a string, or reportlab's fragments of one
    # A part of a paragraph split over pages: the direction of the typed line it starts or
    # ends inside, judged on the whole typed line (``split``), else None.
    head_rtl: bool | None = None
    tail_rtl: bool | None = None
    bullet_right = False  # its bullet is drawn at the right of its first line

    def __init__(self, text: str | None, style: ParagraphStyle, *args, **kwargs) -> None:
        super().__init__(text, style, *args, **kwargs)
        if isinstance(text, str) and isolates.has_marks(text):
            self.frags = isolates.take_out(self.frags)
        plain = "\n".join(_typed_lines(self.frags))
        self.bidi = writing.has_rtl(plain)
        self.rtl = self.bidi and direction.reads_rtl(plain)
        # Set flush right, each line then set on its own side (``_sided``): a left-to-right
        # line is moved back to the left edge as it is drawn.
        self.sided = self.bidi and self.style.alignment == TA_LEFT and (
            self.rtl or any(direction.line_rtl(line, False) for line in plain.split("\n")))
        if self.sided:
            self.style = ParagraphStyle(f"{self.style.name}-rtl", parent=self.style,
                                        alignment=TA_RIGHT)
            self.bullet_right = bool(self.bulletText) and direction.line_rtl(
                plain.split("\n")[0], self.rtl)
        if self.bullet_right:  # the words end short of the bullet, as they start past it
            gap = self.style.leftIndent - self.style.bulletIndent
            self.style = ParagraphStyle(f"{self.style.name}-bullet", parent=self.style,
                                        rightIndent=self.style.rightIndent + gap)
        if indic.has_indic(plain):
            if not self.style.shaping:
                self.style = ParagraphStyle(f"{self.style.name}-shaped", parent=self.style,
                                            shaping=1)
            if ps2tt(self.style.fontName)[1]:  # a heading: reportlab's <font> takes the
                for frag in self.frags:  # weight of the face it names, which is regular
                    if getattr(frag, "fontName", "") in indic.FONTS:
                        frag.fontName = indic.bold_of(frag.fontName)

    def _setup(self, text, style, bulletText, frags, cleaner) -> None:
        if (frags is None and not bulletText and isinstance(text, str) and "<" not in text
                and "&" not in text and not style.textTransform):
            # One line: what ``cleaner`` (reportlab's cleanBlockQuotedText) makes of it.
            text = " ".join(split(strip(text))) if "\n" not in text else cleaner(text)
            if text:
                frags = [_plain_frag(text, style)]
        elif frags is None and isinstance(text, str) and "<font" in text:
            # reportlab's own parse (``Paragraph._setup``), with fonts.markup's font switches
            # keeping the weight around them (``_WeightKeeping``)
            text = cleaner(text)
            parser = _WeightKeeping()
            parser.caseSensitive = self.caseSensitive
            style, frags, bullet_frags = parser.parse(text, style)
            if frags is None:
                raise ValueError(f"xml parser error ({parser.errors[0]}) in paragraph "
                                 f"beginning\n'{text[:30]}'")
            textTransformFrags(frags, style)
            bulletText = bullet_frags or bulletText
        super()._setup(text, style, bulletText, frags, cleaner)

    def breakLines(self, width):
        # A table wraps its cells again whenever it is measured or split, and the action
        # poster's size search then its layout wrap the same paragraph to the same width: the
        # lines made the first time are kept, with what reportlab notes beside them.
        key = (tuple(width) if isinstance(width, (tuple, list)) else (width,), self.style)
        memo = self.__dict__.get("_lines_memo")
        if memo is not None and memo[0] == key and memo[1] is self.frags:
            self.height = 0
            self._width_max, self._splitLongWordCount, self._hyphenations = memo[3]
            return memo[2]
        lines = self._plain_lines(width)
        if lines is None:
            lines = super().breakLines(width)  # may replace self.frags by its words
        if self.style.wordWrap != "RTL":  # reportlab reverses the lines of those as it draws
            self._lines_memo = (key, self.frags, lines,
                                (self._width_max, self._splitLongWordCount, self._hyphenations))
        return lines

    def _plain_lines(self, width):
        """reportlab's lines for a one-font paragraph without hyphenation, bullet or no-break
        space (the first case of ``Paragraph.breakLines``), else None."""
        style, frags = self.style, self.frags
        if (len(frags) != 1 or not hasattr(frags[0], "text") or hasattr(frags[0], "cbDefn")
                or hasattr(frags[0], "backColor") or self.bulletText or not plain_style(style)):
            return None
        f = frags[0]
        found = plain_lines(f.text, f.fontName, f.fontSize, width, style, self.encoding)
        if found is None:
            return None
        lines, self._width_max = found
        self.height = self._splitLongWordCount = self._hyphenations = 0
        widths = _widths(f.fontName, f.fontSize, self.encoding)
        return f.clone(kind=0, lines=lines, ascent=widths.ascent, descent=widths.descent,
                       fontSize=f.fontSize)

    def split(self, availWidth, availHeight):
        """The parts reportlab makes keep this paragraph's direction: they are built from
        pieces with no text of their own, which read as left to right (a card broken across
        two pages came out backwards on both). The typed line cut between them keeps the
        direction of the whole line on both pages, not the one its half alone would have."""
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self.bidi:
            cut = len(parts[0].blPara.lines)
            directions = self._directions(self.blPara.lines)
            parts[0].head_rtl, parts[0].tail_rtl = self.head_rtl, directions[cut - 1]
            parts[1].head_rtl, parts[1].tail_rtl = directions[cut], self.tail_rtl
        if (len(parts) == 2 and _ends_at_break(parts[0]) and len(parts[1].frags) > 1
                and _is_break(parts[1].frags[0])):
            # reportlab starts the rest with the <br/> that ended the last line here, which
            # it draws as an empty line: an action's cell carried on under a blank line
            parts[1].frags = parts[1].frags[1:]
        for part in parts:
            if isinstance(part, BidiParagraph):
                part.bidi, part.rtl, part.sided = self.bidi, self.rtl, self.sided
                part.bullet_right = self.bullet_right and bool(part.bulletText)
                part.style = self.style
        return parts

    def beginText(self, x, y):
        """reportlab's text object for a line; a shaped paragraph's runs are marked with their
        text as typed, for readers of the PDF (``actual_text``)."""
        if self.style.shaping:
            return MarkedText(self.canv, x, y)
        return super().beginText(x, y)

    def drawPara(self, debug: int = 0) -> None:
        if not self.bidi:
            return super().drawPara(debug)
        logical, bullet = self.blPara, self.bulletText
        self.blPara = logical.clone(lines=[
            self._sided(self._visual(line, rtl), rtl)
            for line, rtl in zip(logical.lines, self._directions(logical.lines), strict=True)])
        if self.bullet_right:
            self.bulletText = None  # drawn here, at the right
        try:
            super().drawPara(debug)
        finally:
            self.blPara, self.bulletText = logical, bullet
        if self.bullet_right and bullet:
            self._bullet_at_right(bullet)

    def _bullet_at_right(self, bullet) -> None:
        """The bullet on the first line's baseline (as reportlab finds it), its right edge
        where the words would start from, mirrored: the paragraph's own right edge."""
        s, lines = self.style, self.blPara
        first = lines if lines.kind == 0 else lines.lines[0]
        drop = first.fontSize if paraFontSizeHeightOffset else getattr(first, "ascent",
                                                                        first.fontSize)
        y = self.height - drop + getattr(s, "bulletOffsetY", 0)
        text = bullet if isinstance(bullet, str) else "".join(x.text for x in bullet)
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(s.bulletFontName, s.bulletFontSize)
        canvas.setFillColor(getattr(s, "bulletColor", None) or s.textColor)
        right = self.width - s.rightIndent + (s.leftIndent - s.bulletIndent)
        canvas.drawRightString(right, y, text)
        canvas.restoreState()

    def _directions(self, lines) -> list[bool]:
        """Whether each line reads right to left: as the typed line it is part of (the lines
        up to one ended by ``<br/>``) reads in this paragraph (``direction.line_rtl``)."""
        out: list[bool] = []
        start = 0
        for n, line in enumerate(lines):
            if n == len(lines) - 1 or getattr(line, "lineBreak", False):
                text = " ".join(_line_text(one) for one in lines[start:n + 1])
                rtl = direction.line_rtl(text, self.rtl)
                if start == 0 and self.head_rtl is not None:
                    rtl = self.head_rtl
                elif n == len(lines) - 1 and self.tail_rtl is not None:
                    rtl = self.tail_rtl
                out += [rtl] * (n + 1 - start)
                start = n + 1
        return out

    def _sided(self, line, rtl: bool):
        """A left-to-right line of a paragraph set flush right, moved to the left edge: its
        room left over is put after it, not before."""
        if not self.sided or rtl:
            return line
        if isinstance(line, tuple):
            return 0, line[1]
        return line.clone(extraSpace=0)

    def _visual(self, line, rtl: bool):
        if isinstance(line, tuple):  # one font for the whole paragraph: (extra space, words)
            extra, words = line
            return extra, writing.visual(" ".join(words), rtl).split(" ")
        frags = line.words
        if any(not hasattr(frag, "text") or hasattr(frag, "cbDefn") for frag in frags):
            return line  # an image or anchor in the line: not in wtfc's text, left as it is
        pieces = [frag.text for frag in frags]
        apart = [getattr(frag, "isolate", None) for frag in frags]
        # A piece drawn whole, as stored, is kept: its text may be shaped (a ``ShapedStr``).
        # A piece with no text (the <br/> that ends a typed line) has no place in the visual
        # order but stays at the end: reportlab draws no line with no words at all, and a
        # blank typed line closed up, leaving its height empty under the paragraph.
        return line.clone(words=[
            *(frags[i] if text == pieces[i] else frags[i].clone(text=text)
              for i, text in writing.runs(pieces, rtl, apart)),
            *(frag for frag in frags if not frag.text)])


class _WeightKeeping(ParaParser):
    """reportlab's parser, but a ``<font face>`` keeps the bold and italic it stands in: the
    faces ``fonts.markup`` names for ŵ, ŷ, Urdu or Bengali are families with a bold, which
    reportlab left for the regular (a bold title's "Tŷ" had a thin ŷ in another design)."""

    def start_font(self, attr) -> None:
        found = self.getAttributes(attr, _spanAttrMap)
        if "fontName" in found:
            outer = self._stack[-1]
            found["fontName"], bold, italic = ps2tt(found["fontName"])
            found["bold"], found["italic"] = bold or outer.bold, italic or outer.italic
        self._push("font", **found)


def _typed_lines(frags) -> list[str]:
    """A paragraph's text as typed lines: the pieces between its ``<br/>`` tags."""
    lines = [""]
    for frag in frags:
        if getattr(frag, "lineBreak", False):
            lines.append("")
        else:
            lines[-1] += isolates.marked(frag)
    return lines


def _line_text(line) -> str:
    if isinstance(line, tuple):
        return " ".join(line[1])
    return "".join(isolates.marked(frag) for frag in line.words)


def _ends_at_break(part: Paragraph) -> bool:
    """Whether a split paragraph's first part ends with a line ended by ``<br/>``."""
    lines = getattr(getattr(part, "blPara", None), "lines", None) or [None]
    words = getattr(lines[-1], "words", None) or [None]  # one font: no <br/> in it
    return getattr(words[-1], "_fkind", None) == _FK_BREAK


def _is_break(word) -> bool:
    """Whether one of a broken paragraph's words (``[width, (frag, text), …]``) is a <br/>."""
    return (isinstance(word, list) and len(word) == 2
            and getattr(word[1][0], "_fkind", None) == _FK_BREAK)


def plain_style(style: ParagraphStyle) -> bool:
    """Whether reportlab breaks one-font text of this style into lines as ``plain_lines``
    does: no hyphenation, no right-to-left or CJK wrapping, no dots to the line's end."""
    return not (style.wordWrap or style.endDots or style.shaping or style.hyphenationLang
                or style.uriWasteReduce or style.embeddedHyphenation)


def plain_lines(text: str, font: str, size: float, width, style: ParagraphStyle,
                encoding: str = "utf8") -> tuple[list[tuple[float, list[str]]], float] | None:
    """One-font text broken into lines as reportlab breaks it (``Paragraph.breakLines``):
    each line's unused width and words, and the widest line's width. ``width`` is a line's
    width, or a list of the first lines' widths (the last one goes on). None when reportlab
    would do more: cut a word wider than its line, or mind a no-break or soft hyphen."""
    if "\xa0" in text or "\xad" in text:
        return None
    max_widths = list(width) if isinstance(width, (tuple, list)) else [width]
    widths = _widths(font, size, encoding)
    text = strip(text)
    if not text:
        return [], 0
    space = widths[" "]
    shrink = style.spaceShrinkage * space
    split_long = style.splitLongWords
    last = len(max_widths) - 1
    widest = 0
    lines: list[tuple[float, list[str]]] = []
    line: list[str] = []
    lineno = 0
    max_width = max_widths[0]
    current = -space  # so the first word adds no space before it
    for word in text.split():  # reportlab's ``split`` without a no-break space in the text
        word_width = widths[word]
        new = current + space + word_width
        room = max_width + shrink * len(line)
        if new > room and split_long and word_width > max_widths[min(lineno, last)]:
            return None  # a word wider than a line: reportlab cuts it
        if new <= room or not line:
            line.append(word)
            current = new
        else:
            widest = max(widest, current)
            lines.append((max_width - current, line))
            line = [word]
            current = word_width
            lineno += 1
            max_width = max_widths[min(last, lineno)]
    lines.append((max_width - current, line))
    return lines, max(widest, current)


def _plain_frag(text: str, style: ParagraphStyle) -> ParaFrag:
    """The one fragment reportlab's parser makes of text without tags or entities
    (``ParaParser._initial_frag``, ``start_para`` and ``handle_data``)."""
    frag = ParaFrag()
    frag.rise = 0
    frag.greek = 0
    frag.link = []
    frag.fontName, frag.bold, frag.italic = ps2tt(style.fontName)
    frag.fontSize = style.fontSize
    frag.textColor = style.textColor
    frag.us_lines = []
    frag.__tag__ = "para"
    frag.fontName = tt2ps(frag.fontName, frag.bold, frag.italic)
    frag.text = text
    return frag


class _Widths(dict):
    """Words' widths in one font and size, each measured on first use, and the font's ascent
    and descent at that size (reportlab finds them by way of an exception for every line)."""

    def __init__(self, font: str, size: float, encoding: str) -> None:
        super().__init__()
        self.font, self.size, self.encoding = font, size, encoding
        self.ascent, self.descent = getAscentDescent(font, size)

    def __missing__(self, word: str) -> float:
        if len(self) > 100_000:  # kept for the next export, but not without limit
            self.clear()
        width = self[word] = stringWidth(word, self.font, self.size, self.encoding)
        return width


@functools.lru_cache(maxsize=64)  # a report uses a dozen styles; the words recur in every card
def _widths(font: str, size: float, encoding: str) -> _Widths:
    return _Widths(font, size, encoding)
