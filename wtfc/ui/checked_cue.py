"""A checked toggle button says so in bold type, not only by Qt's shading.

Fusion shades a checked button 219 grey against 239-251 for one not checked (1.1-1.3:1): on a
washed-out projector mirroring the laptop, or to an eye that cannot tell near greys apart, the
wall's kind filter (All, ✓ Working…), its Outline and Read-out buttons and the Tree / Fishbone
switch looked the same on and off. A ✓ would have read as the Working kind's symbol; bold type
is the cue the app already gives a chosen thing (the chosen priorities, a late action).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton


def bold_when_checked(button: QAbstractButton, *, keep_width: bool = True) -> None:
    """``button``'s words bold while it is checked. ``keep_width``: it has the width of its
    bold words either way, so its neighbours stay put as the check moves; a row that keeps the
    width for a group of buttons instead (the wall's kind filter: one is bold at a time, so
    the widest one's bold words are enough, ``bold_extra``) lets the button grow by those few
    pixels inside it."""
    if keep_width:  # measured before ``show`` makes it bold
        button.setMinimumWidth(button.sizeHint().width() + bold_extra(button))

    def show(on: bool) -> None:
        font = button.font()
        if font.bold() != on:
            font.setBold(on)
            button.setFont(font)

    button.toggled.connect(show)
    show(button.isChecked())


def bold_extra(button: QAbstractButton) -> int:
    """The pixels ``button``'s words grow by in bold."""
    plain = QFont(button.font())
    plain.setBold(False)
    bold = QFont(plain)
    bold.setBold(True)
    words = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    return max(0, QFontMetrics(bold).horizontalAdvance(words)
               - QFontMetrics(plain).horizontalAdvance(words))
