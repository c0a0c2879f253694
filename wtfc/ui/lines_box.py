"""A text box a few lines high, in which Tab goes on to the next box rather than typing a tab.

Qt asks about 190 px for a QPlainTextEdit; a panel of such boxes then did not fit a 1366×768
laptop at 150% (Review's "Looking back", the notes under the stage timer). The box asks for
``lines`` lines instead, and a taller window still gives it the room.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPlainTextEdit

MARGINS = 12  # the frame and the document's margins around the lines


class LinesBox(QPlainTextEdit):
    """Asks for ``lines`` lines of height; squeezed, for no fewer than ``fewest`` (Qt's own
    least when not given)."""

    def __init__(self, lines: int, fewest: int | None = None) -> None:
        super().__init__()
        self._lines, self._fewest = lines, fewest
        self.setTabChangesFocus(True)

    def _height(self, lines: int) -> int:
        return lines * self.fontMetrics().lineSpacing() + MARGINS

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self._lines))

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._fewest is None:
            return hint
        return QSize(hint.width(), self._height(self._fewest))
