"""Colours and type shared by every view: Okabe-Ito kind colours on light cards.

Kinds are never shown by colour alone: each has a symbol and a word (``Kind.symbol``,
``Kind.label``). Text on the card face is near-black (contrast well over 4.5:1); the kind
colours are used for bands and edges, where they exceed 3:1 against the card face.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontInfo, QGuiApplication

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
# The application font every ui_font size was chosen beside: 9 pt is what Qt gives on Windows
# (Segoe UI 9 pt, the council laptop) and when the desktop names none. A larger system font
# (set by someone who needs bigger text) scales every ui_font size by as much, so headings stay
# bigger than the body text around them; a smaller one never shrinks them.
DESIGN_APP_POINT_SIZE = 9.0


def font_scale() -> float:
    """How much larger the application's font is than the one wtfc's sizes were chosen for."""
    if QGuiApplication.instance() is None:
        return 1.0
    app_font = QGuiApplication.font()
    size = app_font.pointSizeF()
    if size <= 0:  # a font set in pixels
        size = QFontInfo(app_font).pointSizeF()
    return max(1.0, size / DESIGN_APP_POINT_SIZE)


def ui_point_size(point_size: float) -> float:
    """``point_size`` as chosen beside a 9 pt application font, grown with a larger one."""
    return point_size * font_scale()


def ui_font(point_size: float, *, bold: bool = False) -> QFont:
    """A screen font of ``point_size`` beside the 9 pt design font, scaled with the app's font."""
    font = QFont(UI_FONT_FAMILY)
    font.setPointSizeF(ui_point_size(point_size))
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
