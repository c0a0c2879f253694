"""A one-line box as tall as the line it holds: a line in a font taller than the main one.

Qt draws Urdu with the lent Noto Sans Arabic, whose line is about twice the main font's. A
``QLineEdit`` keeps the main font's height and centres the taller line in it, so beside Urdu
the tops of the Latin letters were cut off by the box's border ("Mwyaf o bobl — سب سے زیادہ").
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetricsF, QTextLayout
from PySide6.QtWidgets import QLineEdit


def line_height(text: str, edit: QLineEdit) -> float:
    """How tall ``text``'s line is in the box's font (its tallest font's line)."""
    layout = QTextLayout(text, edit.font())
    layout.beginLayout()
    line = layout.createLine()
    if line.isValid():
        line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return line.height() if line.isValid() else 0.0


def fit_tall_line(edit: QLineEdit) -> None:
    """Grow ``edit`` by what its words' line is taller than the font's, as they change."""
    least = edit.minimumHeight()

    def follow(text: str) -> None:
        more = line_height(text, edit) - QFontMetricsF(edit.font()).height() if text else 0.0
        edit.setMinimumHeight(edit.sizeHint().height() + math.ceil(more) if more > 1 else least)

    edit.textChanged.connect(follow)
