"""Fast wrapped text for the posters: words measured once, lines broken for any size.

reportlab's Paragraph parses markup and measures every word again on every wrap; a poster
tries several sizes per column to find the largest that fits, so that cost was most of the
export time (47 ms a poster). Here each word's width is measured once at 1 pt (widths scale
with size) and cached, line breaking is arithmetic, and lines are drawn with ``drawString``.
A word with characters Atkinson Hyperlegible lacks is drawn in the fallback font.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from wtfc.export import fonts as f
from wtfc.export.look import INK

Word = tuple[str, str, float]  # text, font name, width at 1 pt
NEWLINE: Word = ("\n", "", 0.0)


@functools.lru_cache(maxsize=50_000)
def _width(word: str, font: str) -> float:
    return stringWidth(word, font, 1.0)


_CONTROL = dict.fromkeys([*range(32), *range(0x7F, 0xA0)])  # no glyph anywhere: dropped


@functools.cache
def _main_chars() -> frozenset[str]:
    return frozenset(map(chr, f.fonts().main_chars))


def words_of(text: str, *, bold: bool = False) -> tuple[Word, ...]:
    return _words_of(text, bold)


@functools.lru_cache(maxsize=20_000)  # a poster measures the same text at several sizes
def _words_of(text: str, bold: bool) -> tuple[Word, ...]:
    have = _main_chars()
    main = f.BOLD if bold else f.REGULAR
    fallback = f.FALLBACK_BOLD if bold else f.FALLBACK
    all_main = have.issuperset(text.replace("\n", " ").translate(_CONTROL))
    out: list[Word] = []
    for n, line in enumerate(text.splitlines() or [""]):
        if n:
            out.append(NEWLINE)
        for word in line.translate(_CONTROL).split():
            font = main if all_main or have.issuperset(word) else fallback
            out.append((word, font, _width(word, font)))
    return tuple(out)


def break_lines(words: tuple[Word, ...], size: float, width: float,
                first_width: float | None = None) -> list[list[Word]]:
    """Greedy line breaking; a word wider than a line is cut into pieces that fit."""
    lines: list[list[Word]] = [[]]
    room = first_width if first_width is not None else width
    used = 0.0
    for word in words:
        if word is NEWLINE:
            lines.append([])
            used, room = 0.0, width
            continue
        w = word[2] * size
        space = _width(" ", word[1]) * size
        if lines[-1] and used + space + w > room:
            lines.append([])
            used, room = 0.0, width
        if not lines[-1] and w > room:
            for piece in _cut(word, size, room):
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
    return break_lines(words_of(text, bold=bold), size, width)


def forget_measurements() -> None:
    """Drop the cached words and lines (each export starts afresh; font widths are kept)."""
    _words_of.cache_clear()
    _lines.cache_clear()


def _cut(word: Word, size: float, room: float) -> list[Word]:
    text, font, _ = word
    pieces, current = [], ""
    for ch in text:
        if current and _width(current + ch, font) * size > room:
            pieces.append((current, font, _width(current, font)))
            current = ""
        current += ch
    pieces.append((current, font, _width(current, font)))
    return pieces


def shortened(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line of ``width``: whole if it fits, else cut after a word with "…".

    For running heads and footers, which repeat a title the first page shows in full.
    """
    if stringWidth(text, font, size) <= width:
        return text
    words = text.split()
    while len(words) > 1 and stringWidth(" ".join(words) + "…", font, size) > width:
        words.pop()
    cut = " ".join(words).rstrip(" ,;:·-–—")
    while cut and stringWidth(cut + "…", font, size) > width:  # one word longer than the line
        cut = cut[:-1]
    return cut + "…"


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
    """Wrapped plain text in one style (optionally with a hanging bullet)."""

    def __init__(self, text: str, style: TextStyle, *, keep_with_next: bool = False) -> None:
        super().__init__()
        self.style = style
        self.keep_with_next = keep_with_next
        self.text = text

    def lines(self, width: float) -> list[list[Word]]:
        return _lines(self.text, self.style.bold, self.style.size, width - self.style.indent)

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
        for line in self.lines(self.width):
            x = s.indent
            run, run_font, run_x = [], "", x
            for text, font, w in line:
                if font != run_font and run:
                    c.setFont(run_font, s.size)
                    c.drawString(run_x, y, " ".join(run))
                    run, run_x = [], x
                run_font = font
                run.append(text)
                x += (w + _width(" ", font)) * s.size
            if run:
                c.setFont(run_font, s.size)
                c.drawString(run_x, y, " ".join(run))
            y -= s.leading
