"""Colours and type shared by every view: Okabe-Ito kind colours on light cards.

Kinds are never shown by colour alone: each has a symbol and a word (``Kind.symbol``,
``Kind.label``). Text on the card face is near-black (contrast well over 4.5:1); the kind
colours are used for bands and edges, where they exceed 3:1 against the card face.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from wtfc.model.workshop import Kind

KIND_COLOURS = {
    Kind.WORKING: QColor("#009E73"),      # bluish green
    Kind.NOT_WORKING: QColor("#D55E00"),  # vermillion
    Kind.FUTURE: QColor("#0072B2"),       # blue
}
KIND_TINTS = {  # very light versions for theme backgrounds
    Kind.WORKING: QColor("#E6F5F0"),
    Kind.NOT_WORKING: QColor("#FBEDE5"),
    Kind.FUTURE: QColor("#E5F0F8"),
}
CARD_FACE = QColor("#FFFFFF")
WALL_BACKGROUND = QColor("#ECEAE4")
INK = QColor("#1A1A1A")
MUTED_INK = QColor("#4A4A4A")
HELD_BACK = QColor("#6B4C00")  # dark amber for the personal-detail marker (with a ⚠ and a word)
SELECTION = QColor("#000000")
FOCUS = QColor("#0050A0")

UI_FONT_FAMILY = "DejaVu Sans"


def ui_font(point_size: float, *, bold: bool = False) -> QFont:
    font = QFont(UI_FONT_FAMILY)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def pixel_font(pixel_size: int, *, bold: bool = False) -> QFont:
    """A font sized in pixels: for scene items and room views, where points mean nothing."""
    font = QFont(UI_FONT_FAMILY)
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    return font


def kind_text(kind: Kind) -> str:
    """The symbol and word that carry a kind without colour: "✗ Not working"."""
    return f"{kind.symbol} {kind.label}"
