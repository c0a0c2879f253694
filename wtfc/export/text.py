"""Fast wrapped text for the posters: words measured once, lines broken for any size.

reportlab's Paragraph parses markup and measures every word again on every wrap; a poster
tries several sizes per column to find the largest that fits, so that cost was most of the
export time (47 ms a poster). Here each word's width is measured once at 1 pt (widths scale
with size) and cached, line breaking is arithmetic, and lines are drawn with ``drawString``.
A word with characters Atkinson Hyperlegible lacks is drawn in the Arabic or the fallback font,
or in the font of its script (Bengali, Hindi…), measured and drawn shaped (``indic.py``).
Text is made drawable first (``writing.drawable``: Arabic joined, unknown writing marked), lines
are broken in logical order, and a line with right-to-left writing is put in visual order as it
is drawn. Each line typed on its own reads the way most of its words do (``direction.py``),
and is set on that side: an English line under an Urdu one reads left to right, flush left; an
Urdu line that starts with "GP", alone or not, right to left, flush right.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from wtfc.export import direction, indic, isolates, writing
from wtfc.export import fonts as f
from wtfc.export.look import INK

Word = tuple[str, str, float]  # text, font name (MIXED: several), width at 1 pt
NEWLINE: Word = ("\n", "", 0.0)
MIXED = "mixed"  # a word no one font draws whole: drawn in pieces (``_pieces``)


@functools.lru_cache(maxsize=50_000)
def _width(word: str, font: str) -> float:
    word = isolates.without_marks(word)  # never drawn: no width
    if font in indic.FONTS:
        return indic.width(word, font)
    return stringWidth(word, font, 1.0)


_CONTROL = dict.fromkeys([*range(32), *range(0x7F, 0xA0)])  # no glyph anywhere: dropped
_BREAKS = re.compile(r"[^\S\xa0]+")  # where a line may break: a no-break space joins a date


@functools.cache
def _main_chars() -> frozenset[str]:
    return frozenset(map(chr, f.fonts().main_chars))


@functools.cache
def _fallback_chars() -> frozenset[str]:
    return frozenset(map(chr, f.fonts().fallback_chars))


@functools.cache
def _arabic_chars() -> frozenset[str]:
    return frozenset(map(chr, f.arabic_chars()))


@functools.lru_cache(maxsize=50_000)
def _word(text: str, bold: bool) -> Word:
    """A word measured in the first font that draws all of it (Arabic script in the Arabic
    font), or in pieces when none does."""
    if _main_chars().issuperset(text):
        font = f.BOLD if bold else f.REGULAR
    elif any(map(f.is_arabic, text)) and _arabic_chars().issuperset(text):
        font = f.ARABIC
    elif indic.has_indic(text) and (one := _one_face(text)):
        font = indic.bold_of(one) if bold else one
    elif _fallback_chars().issuperset(text):
        font = f.FALLBACK_BOLD if bold else f.FALLBACK
    elif _arabic_chars().issuperset(text):
        font = f.ARABIC
    else:
        return text, MIXED, sum(_width(piece, font) for piece, font in _pieces(text, bold))
    return text, font, _width(text, font)


def _one_face(text: str) -> str:
    """The one face (``fonts.face_of``) that draws all of ``text``, or ""."""
    first = f.face_of(text[0])
    face = first
    for ch in text[1:]:
        face = f.face_of(ch, after=face)
        if face != first:
            return ""
    return first if first in indic.FONTS else ""


def _pieces(text: str, bold: bool) -> list[tuple[str, str]]:
    """A mixed word as runs of one font each, character by character."""
    names = {"": f.BOLD if bold else f.REGULAR, f.ARABIC: f.ARABIC,
             f.FALLBACK: f.FALLBACK_BOLD if bold else f.FALLBACK}
    out: list[tuple[str, str]] = []
    face = ""
    for ch in text:
        face = f.face_of(ch, after=face)
        font = names.get(face) or (indic.bold_of(face) if bold else face)
        if out and out[-1][1] == font:
            out[-1] = (out[-1][0] + ch, font)
        else:
            out.append((ch, font))
    return out


def words_of(text: str, *, bold: bool = False) -> tuple[Word, ...]:
    return _words_of(text, bold)


@functools.lru_cache(maxsize=20_000)  # a poster measures the same text at several sizes
def _words_of(text: str, bold: bool) -> tuple[Word, ...]:
    text = isolates.each_piece(f.spaced(text), writing.drawable)
    main = f.BOLD if bold else f.REGULAR
    all_main = _main_chars().issuperset(text.replace("\n", " ").translate(_CONTROL))
    out: list[Word] = []
    for n, line in enumerate(text.splitlines() or [""]):
        if n:
            out.append(NEWLINE)
        for word in _BREAKS.split(line.translate(_CONTROL)):
            if not word:
                continue
            out.append((word, main, _width(word, main)) if all_main else _word(word, bold))
    return tuple(out)


def break_lines(words: tuple[Word, ...], size: float, width: float,
                first_width: float | None = None, *, bold: bool = False) -> list[list[Word]]:
    """Greedy line breaking; a word wider than a line is cut into pieces that fit (``bold``:
    the words are in the bold weight, which a word of several fonts does not say itself)."""
    lines: list[list[Word]] = [[]]
    room = first_width if first_width is not None else width
    used = 0.0
    spaces: dict[str, float] = {}  # a space's width in each font met (asked once per font)
    for word in words:
        if word is NEWLINE:
            lines.append([])
            used, room = 0.0, width
            continue
        w = word[2] * size
        space = spaces.get(word[1])
        if space is None:
            space = spaces[word[1]] = _width(" ", f.REGULAR if word[1] == MIXED
                                             else word[1]) * size
        if lines[-1] and used + space + w > room:
            lines.append([])
            used, room = 0.0, width
        if not lines[-1] and w > room:
            for piece in _cut(word, size, room, bold):
                if lines[-1]:
                    lines.append([])
                lines[-1].append(piece)
                used = piece[2] * size
            continue
        used += (space if lines[-1] else 0.0) + w
        lines[-1].append(word)
    return lines


@functools.lru_cache(maxsize=20_000)  # the same text is measured for several column widths
def _lines(text: str, bold: bool, size: float, width: float) -> list[list[Word]]:
    return break_lines(words_of(text, bold=bold), size, width, bold=bold)


def forget_measurements() -> None:
    """Drop the cached words and lines (each export starts afresh; font widths are kept)."""
    _words_of.cache_clear()
    _word.cache_clear()
    _lines.cache_clear()


def _cut(word: Word, size: float, room: float, bold: bool) -> list[Word]:
    """A word wider than its line in pieces, each cut at the last place ``_cuttable`` allows
    that still fits in ``room`` (a piece with no such place is as short as it may be).
    ``bold``: a word of several fonts is measured in the weight it is drawn in."""
    text, font, _ = word
    pieces: list[Word] = []
    start = 0
    while start < len(text):
        places = [i for i in range(start + 1, len(text)) if _cuttable(text[i - 1], text[i])]
        end = None
        for place in [*places, len(text)]:
            if end is not None and _measure(text[start:place], font, bold) * size > room:
                break
            end = place
        assert end is not None
        pieces.append((text[start:end], font, _measure(text[start:end], font, bold)))
        start = end
    return pieces


def _cuttable(before: str, ch: str) -> bool:
    """Whether a word may be cut between two characters: not before a vowel sign or other
    mark, nor inside a conjunct (after a virama or a joiner), which would part a syllable."""
    return (not unicodedata.category(ch).startswith("M") and unicodedata.combining(before) != 9
            and before not in indic.JOINERS and ch not in indic.JOINERS)


def _measure(text: str, font: str, bold: bool) -> float:
    if font == MIXED:
        return sum(_width(piece, name) for piece, name in _pieces(text, bold))
    return _width(text, font)


def _last_break(text: str) -> int:
    """The last place before ``text``'s end where ``_cuttable`` allows a cut (0: none)."""
    return next((i for i in range(len(text) - 1, 0, -1) if _cuttable(text[i - 1], text[i])), 0)


@dataclass
class TextStyle:
    size: float
    bold: bool = False
    leading: float = 0.0
    colour: Color = INK
    space_before: float = 0.0
    space_after: float = 0.0
    indent: float = 0.0  # left indent of every line
    bullet: str = ""  # drawn in the indent of the first line ("•")

    def __post_init__(self) -> None:
        self.leading = self.leading or self.size * 1.28


class Text(Flowable):
    """Wrapped plain text in one style (optionally with a hanging bullet), in at most
    ``max_lines`` lines: the last one shown ends with "…" when there are more. ``may_cut``:
    a column may cut it short (``cut_to``) rather than leave it out."""

    def __init__(self, text: str, style: TextStyle, *, keep_with_next: bool = False,
                 max_lines: int | None = None, may_cut: bool = False) -> None:
        super().__init__()
        self.style = style
        self.keep_with_next = keep_with_next
        self.text = text
        self.max_lines, self.may_cut = max_lines, may_cut

    def cut_to(self, height: float) -> Text | None:
        """This text in as many lines as ``height`` holds, or None when not even one does."""
        s = self.style
        lines = int((height - s.space_before - s.space_after) // s.leading)
        if lines < 1:
            return None
        return Text(self.text, s, keep_with_next=self.keep_with_next, max_lines=lines,
                    may_cut=self.may_cut)

    def cut_short(self, width: float) -> bool:
        """Whether lines of its words are left out at this width."""
        return (self.max_lines is not None
                and len(_lines(self.text, self.style.bold, self.style.size,
                               width - self.style.indent)) > self.max_lines)

    @functools.cached_property
    def bidi(self) -> bool:
        """Whether lines must be put in visual order as they are drawn (asked only then: a
        poster makes many more Text blocks, to measure, than it draws)."""
        return writing.has_rtl(writing.drawable(self.text))

    @functools.cached_property
    def reads_rtl(self) -> bool:
        """Whether the text reads right to left (``direction.reads_rtl``)."""
        return self.bidi and direction.reads_rtl(isolates.each_piece(self.text,
                                                                     writing.drawable))

    @functools.cached_property
    def rtl(self) -> bool:
        """Whether any of its lines is set flush right (so a mark after its last line goes
        under it: ``theme_poster_causes.MarkedText``)."""
        return self.bidi and (self.reads_rtl or any(
            direction.line_rtl(line, False)
            for line in isolates.each_piece(self.text, writing.drawable).splitlines()))

    def directions(self, width: float) -> list[bool]:
        """Whether each line drawn at ``width`` reads right to left, and is set flush right:
        as the line typed that it is part of reads in this text (``direction.line_rtl``)."""
        s = self.style
        out: list[bool] = []
        typed: list[Word] = []
        for word in (*words_of(self.text, bold=s.bold), NEWLINE):
            if word is not NEWLINE:
                typed.append(word)
                continue
            text = " ".join(one[0] for one in typed)
            rtl = direction.line_rtl(text, self.reads_rtl)
            lines = break_lines(tuple(typed), s.size, width - s.indent, bold=s.bold)
            out += [rtl] * len(lines)
            typed = []
        return out

    def lines(self, width: float) -> list[list[Word]]:
        s = self.style
        lines = _lines(self.text, s.bold, s.size, width - s.indent)
        if self.max_lines is None or len(lines) <= self.max_lines:
            return lines
        return [*lines[:self.max_lines - 1],
                _ended(lines[self.max_lines - 1], s.bold, s.size, width - s.indent)]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        s = self.style
        self.width = available_width
        self.height = (s.space_before + len(self.lines(available_width)) * s.leading
                       + s.space_after)
        return self.width, self.height

    def draw(self) -> None:
        s = self.style
        c = self.canv
        c.setFillColor(s.colour)
        y = self.height - s.space_before - s.size * 0.96  # first baseline below the top
        if s.bullet:
            c.setFont(f.BOLD if s.bold else f.REGULAR, s.size)
            c.drawString(s.indent - s.size * 0.85, y, s.bullet)
        lines = self.lines(self.width)
        directions = self.directions(self.width) if self.bidi else [False] * len(lines)
        inside = 0  # isolates (``isolates``) a line starts in, opened on a line above it
        for line, rtl in zip(lines, directions, strict=False):  # fewer lines: cut short
            if self.bidi:
                line, inside = self._visual(line, rtl, inside), isolates.open_at_end(
                    " ".join(word[0] for word in line), inside)
            self._draw_line(line, self._line_x(line, rtl), y)
            y -= s.leading

    def _line_x(self, line: list[Word], rtl: bool) -> float:
        """Where a line drawn starts: at the indent, or flush right when it reads right to left."""
        x = self.style.indent
        return max(x, self.width - _line_width(line) * self.style.size) if rtl else x

    def _visual(self, line: list[Word], rtl: bool | None = None, inside: int = 0) -> list[Word]:
        """The line's words in the order they are drawn: a right-to-left word spelt backwards,
        so that its first letter is drawn rightmost. ``rtl``: the line's direction (else the
        text's: a title on one line); ``inside``: how many isolates it starts in."""
        rtl = self.reads_rtl if rtl is None else rtl
        shown = writing.visual(isolates.FSI * inside + " ".join(word[0] for word in line), rtl)
        return [_word(token, self.style.bold) for token in shown.split(" ")]

    def _draw_line(self, line: list[Word], x: float, y: float) -> None:
        c, size = self.canv, self.style.size
        run: list[str] = []
        run_font, run_x = "", x

        def flush() -> None:
            if run:
                _draw(c, run_x, y, " ".join(run), run_font, size)
                run.clear()

        for text, font, w in line:
            if font == MIXED:
                flush()
                px = x
                for piece, name in _pieces(text, self.style.bold):
                    _draw(c, px, y, piece, name, size)
                    px += _width(piece, name) * size
                x += (w + _width(" ", f.REGULAR)) * size
                run_font, run_x = "", x
                continue
            if font != run_font:
                flush()
                run_x = x
            run_font = font
            run.append(text)
            x += (w + _width(" ", font)) * size
        flush()


def _ended(line: list[Word], bold: bool, size: float, width: float) -> list[Word]:
    """The last line shown of a text cut short: "…" after its last word, words (or the end of
    a cut word, where a syllable ends) taken off until that fits. A blank line (pasted
    minutes keep theirs) is just "…"."""
    line = list(line)
    if not line:
        return [_word("…", bold)]
    while True:
        ended = [*line[:-1], _word(line[-1][0] + "…", bold)]
        if len(line) == 1 or _line_width(ended) * size <= width:
            break
        line.pop()
    piece = line[0][0]
    while len(ended) == 1 and piece and ended[0][2] * size > width:
        piece = piece[:_last_break(piece)]
        ended = [_word(piece + "…", bold)]
    return ended


def _draw(canvas, x: float, y: float, text: str, font: str, size: float) -> None:
    if font in indic.FONTS:
        indic.draw(canvas, x, y, text, font, size)
        return
    canvas.setFont(font, size)
    canvas.drawString(x, y, text)


def _line_width(line: list[Word]) -> float:
    """A line's width at 1 pt, spaces between its words included."""
    spaces = sum(_width(" ", f.REGULAR if font == MIXED else font) for _, font, _ in line[:-1])
    return sum(w for _, _, w in line) + spaces
