"""One line of text: running heads and footers, shortened with "…" to their room.

A title repeated in a page's head or foot is shown whole on the first page, so here it is cut
after a word (or, in one long word, where a syllable ends) to fit one line, and drawn run by
run in fonts that draw it, shaped where its script needs it (``text.py`` measures the runs).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.pdfbase.pdfmetrics import stringWidth

from wtfc.export import fonts as f
from wtfc.export import indic, writing
from wtfc.export.text import Text, TextStyle, _last_break, _line_width, words_of


def shortened(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line of ``width``: whole if it fits, else cut after a word with "…".

    For running heads and footers, which repeat a title the first page shows in full.
    """
    return _shortened(text, width, lambda piece: stringWidth(piece, font, size))


def shortened_line(text: str, size: float, width: float) -> str:
    """As ``shortened``, for text drawn with ``draw_line``."""
    return _shortened(text, width, lambda piece: line_width(piece, size))


def _shortened(text: str, width: float, measure: Callable[[str], float]) -> str:
    if measure(text) <= width:
        return text
    words = text.split()
    while len(words) > 1 and measure(" ".join(words) + "…") > width:
        words.pop()
    cut = " ".join(words).rstrip(" ,;:·-–—")
    while cut and measure(cut + "…") > width:  # one word longer than the line: cut where a
        cut = cut[:_last_break(cut)]  # syllable ends, never after a bare virama
    return cut + "…"


def line_width(text: str, size: float) -> float:
    """The width of one line of drawable text (``writing.line_text``), each run in its font."""
    return _line_width(list(words_of(text))) * size


def draw_line(canvas, x: float, y: float, text: str, size: float) -> None:
    """One line of drawable text (``writing.line_text``), in logical order, at ``x``, ``y``:
    each run in a font that draws it, shaped where its script needs it (a footer's title in
    Bengali, which no one font draws with the English around it)."""
    block = Text(text, TextStyle(size))
    block.canv = canvas
    line = list(words_of(text))
    block._draw_line(block._visual(line) if block.bidi else line, x, y)


def draw_title_line(canvas, x: float, y: float, title: str, size: float, room: float, *,
                    tail: str = "") -> None:
    """A running head or footer at ``x``, ``y``: the workshop's ``title`` on one line of
    ``room``, shortened with "…" when it is longer, and ``tail`` (" · 12 November 2024") kept
    whole after it. Bengali, Hindi… in runs of several fonts, shaped; other writing in the one
    font that draws it all. The title is put in visual order on its own, the tail after it:
    as one line, an Urdu title pulled the date's day into it ("3 · بہار کا جائزہ March 2027")."""
    title = writing.line_text(title)
    tail = tail if title else tail.removeprefix(" · ")
    if indic.has_indic(title):
        room -= line_width(tail, size)
        title = shortened_line(title, size, room)
        draw_line(canvas, x, y, title, size)
        gap = stringWidth(" ", f.REGULAR, size) if tail.startswith(" ") else 0.0
        draw_line(canvas, x + line_width(title, size) + gap, y, tail, size)
        return
    font = f.plain_font(title + tail)
    room -= canvas.stringWidth(tail, font, size)
    title = writing.visual_line(shortened(title, font, size, room)) if title else ""
    canvas.setFont(font, size)
    canvas.drawString(x, y, title + writing.visual_line(tail))
