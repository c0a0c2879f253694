"""What a screen reader is told of a board's summary line (Plan, Act and Review).

The keyboard lands in the board's list, so the summary above it ("13 actions: 6 not started
· …", "Compared with …") was a label no stop reached: it is said with the list, as the wall
says its what-to-do line (``card_focus.SpokenFocus.set_idle``), and kept up to date.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# the marks the eye needs beside the words and a reader says as marks ("black down-pointing
# triangle", "middle dot"): the words around them already say it
_MARKS = ((" (▲)", ""), (" (▼)", ""), ("(▲ ", "("), ("(▼ ", "("), ("⚠ ", ""), (" · ", ", "))


def spoken(words: str) -> str:
    """``words`` as said: "3 grew (▲ said more often) · ⚠ 1 of them late" → "3 grew (said
    more often), 1 of them late"."""
    for mark, said in _MARKS:
        words = words.replace(mark, said)
    return words


def describe(widget: QWidget, summary: str) -> None:
    """``widget``'s description: the page's ``summary`` in words, then its own tip (its keys,
    or what it lists), which a description set by hand would otherwise hide."""
    words = " ".join(part for part in (spoken(" ".join(summary.split())), widget.toolTip())
                     if part)
    if widget.accessibleDescription() != words:
        widget.setAccessibleDescription(words)
