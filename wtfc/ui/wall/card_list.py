"""Lists in the suggestions panel whose rows look like the wall's cards: white boxes on the
wall's grey, their words wrapped to the panel's width, a long card cut short (its tooltip has
it whole). The "Suggested themes" and "This card" pages both use them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QStyledItemDelegate, QStyleOptionViewItem

from wtfc.ui.fingers import ItemFingers
from wtfc.ui.style import ui_point_size

# A card's words in a row of the panel: enough to know it again (the tooltip has them all). A
# 2,000-letter card written out in full fills the panel at 1366x768 and hides the buttons.
CARD_ROW_LIMIT = 160

# A row's margin, border and padding on each side, left and right, and above and below
# (``CARD_ROW_STYLE``: a chosen row's thicker border takes from its padding)
ROW_SIDE, ROW_END = 6 + 1 + 8, 4 + 1 + 8

CARD_ROW_STYLE = """
QListWidget::item { background: #FFFFFF; color: #1A1A1A; border: 1px solid #C9C6BE;
                    border-radius: 6px; margin: 4px 6px; padding: 8px; }
QListWidget::item:selected { border: 3px solid #000000; padding: 6px; background: #FFFFFF;
                             color: #1A1A1A; }
"""


def card_list_style() -> str:
    """The lists' look: their words at 12 pt beside a 9 pt system font, larger with a larger
    one (a fixed 12 pt was smaller than a 16 pt system font's text round it)."""
    return (f"QListWidget {{ background: #ECEAE4; border: none; "
            f"font-size: {ui_point_size(12):g}pt; outline: 0; }}{CARD_ROW_STYLE}")


def card_like_list(name: str, tip: str) -> QListWidget:
    """A list whose rows look like cards, wrapping their words to the panel's width."""
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setToolTip(tip)
    widget.setWordWrap(True)
    widget.setStyleSheet(card_list_style())
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows re-wrap when the panel resizes
    widget.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)  # tall rows: no jumps
    widget.setItemDelegate(_WrapInsideTheBox(widget))
    ItemFingers(widget)  # a finger's flick scrolls it, choosing no row as it passes
    return widget


class _WrapInsideTheBox(QStyledItemDelegate):
    """Words wrapped to the width inside a row's box. Wrapped to the list's whole width, the
    style sheet's margin, border and padding were then added round them: the row stood 30 px
    wider than the list, and its second line was cut ("carer, respect, …")."""

    def sizeHint(self, option: QStyleOptionViewItem, index):
        if option.rect.width() > 2 * ROW_SIDE:
            option = QStyleOptionViewItem(option)
            option.rect = option.rect.adjusted(0, 0, -2 * ROW_SIDE, 0)
        return super().sizeHint(option, index)


def shortened(text: str, limit: int = CARD_ROW_LIMIT) -> str:
    """``text`` on one line, cut at a word boundary with "…" if it is longer than ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:.-") + "…"
