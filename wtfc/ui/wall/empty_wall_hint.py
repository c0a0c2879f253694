"""Words over an empty wall: where its cards come from ("No cards yet. Bring in…").

A child of the view, not of its viewport: the viewport's children move with every scroll, and
an empty wall scrolls as the window changes shape (opening the suggestions panel took the words
to the middle of the wall, cut mid-word, or off it). The words sit at the wall's top left,
wrapped to its width, and are placed again whenever the view is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

from wtfc.ui.style import ui_font

WIDEST = 640  # px: a line of words, not the width of a projector's wall


class EmptyWallHint(QLabel):
    """``EmptyWallHint(view)``: words at the top left of ``view``'s viewport (``say``)."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        self._view = view
        self.setWordWrap(True)
        self.setFont(ui_font(14))
        self.setContentsMargins(24, 24, 24, 24)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the wall's, still
        view.installEventFilter(self)

    def say(self, text: str) -> None:
        self.setText(text)
        self.place()
        self.show()

    def place(self) -> None:
        """At the viewport's top left, wrapped to its width, the words whole."""
        seen = self._view.viewport().geometry()
        width = min(WIDEST, seen.width())
        self.setGeometry(seen.x(), seen.y(), width,
                         min(self.heightForWidth(width), seen.height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Resize:
            self.place()
        return False
