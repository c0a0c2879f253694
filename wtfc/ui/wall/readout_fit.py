"""Words laid out in a box of the read-out card, never cut off without a sign.

The card's words, and the grey line at its foot, were drawn with ``QPainter.drawText`` centred
in their boxes: what did not fit was sliced off at the top and the bottom, so the room read a
long card from mid-sentence and a card in two themes lost half of its "in …" line, with no
"…" anywhere. A pasted link never broke, so it ran off the card's right edge. Here the words
wrap between words, or inside one too long for a line (``WRAP``), and when they do not all fit
the lines that do are drawn from the top, the last ending in "…".
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

from wtfc.ui.style import pixel_font
from wtfc.ui.wall.card_item import WRAP, elided, shown_lines

_WORDS_ONLY = QTextOption()
_WORDS_ONLY.setWrapMode(QTextOption.WrapMode.WordWrap)


def _layout(text: str, font: QFont, width: float,
            option: QTextOption) -> tuple[QTextLayout, float, float]:
    """``text`` laid out ``width`` wide: the layout, its height and its widest line."""
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    bottom = widest = 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, bottom))
        bottom += line.height()
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return layout, bottom, widest


def fits_whole(text: str, px: int, width: float, height: float) -> bool:
    """Whether ``text`` at ``px`` wraps inside width × height with no word broken: a size at
    which a long word would have to break is too big while a smaller one keeps it whole."""
    _, high, wide = _layout(shown_lines(text), pixel_font(px), width, _WORDS_ONLY)
    return high <= height and wide <= width


def fits_broken(text: str, px: int, width: float, height: float) -> bool:
    """Whether ``text`` at ``px`` fits inside width × height, a word broken where it must be."""
    return text_height(text, pixel_font(px), width) <= height


def text_height(text: str, font: QFont, width: float) -> float:
    """The height ``text`` takes wrapped at ``width`` as ``draw_in`` lays it out."""
    return _layout(shown_lines(text), font, width, WRAP)[1]


def draw_in(painter: QPainter, box: QRectF, text: str, font: QFont, *,
            centred: bool = True) -> str:
    """Draws ``text`` inside ``box`` in the painter's pen: centred top to bottom when it all
    fits (and ``centred``), else from the top with its last whole line ending in "…".
    Returns the words as drawn (line breaks as Qt's line separator)."""
    words = shown_lines(text)
    layout, high, _ = _layout(words, font, box.width(), WRAP)
    cut = high > box.height() + 0.5  # half a pixel: rounding, not a line
    if cut:
        # ``elided`` lets the last line run half a line past the box; here a line fits or not
        spare = QFontMetricsF(font).lineSpacing() * 0.5
        words = elided(words, font, box.width(), box.height() - spare)
        layout, high, _ = _layout(words, font, box.width(), WRAP)
    top = box.top() + (box.height() - high) / 2 if centred and not cut else box.top()
    painter.save()
    painter.setClipRect(box)  # a single line taller than the box (Urdu's tall font): clipped
    painter.setFont(font)
    layout.draw(painter, QPointF(box.left(), top))
    painter.restore()
    return words
