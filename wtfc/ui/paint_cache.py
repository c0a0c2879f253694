"""Fonts, metrics and one-line labels shared by every ``paint()`` on the wall.

Painting runs for every card in view on every frame, so anything Qt has to build or lay out
(a ``QFont``, ``QFontMetricsF``, the glyph run of a ``drawText``) is made once here and reused.
The returned objects are shared: never modify them.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QStaticText

from wtfc.ui.style import pixel_font


@lru_cache(maxsize=64)
def shared_font(pixel_size: int, bold: bool = False) -> QFont:
    """One font object per size, shared by every item (building 10,000 QFonts is slow)."""
    return pixel_font(pixel_size, bold=bold)


@lru_cache(maxsize=64)
def metrics(pixel_size: int, bold: bool = False) -> QFontMetricsF:
    return QFontMetricsF(shared_font(pixel_size, bold))


@lru_cache(maxsize=1024)
def label(text: str, pixel_size: int, bold: bool = False) -> QStaticText:
    """A one-line label laid out once: drawing a prepared ``QStaticText`` costs a fraction of
    ``drawText``, which lays the words out again on every call. Placed by its top left."""
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(font=shared_font(pixel_size, bold))
    return static


@lru_cache(maxsize=32)
def darker(colour: str, factor: int) -> QColor:
    return QColor(colour).darker(factor)
