"""A board's heading beside its chooser, or above it where the width is short.

Beside the Theme box at 911 px (a 1366×768 laptop at 150%) "Understand: why is this not
working?" wrapped to four lines and left the why-tree 221 px of height: where the heading
would not fit on one line beside the chooser, it takes a row of its own above it. ``beside``
(the Root causes page's Tree / Fishbone buttons) follows the chooser on its line.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QWidget

CHOOSER_MIN = 320  # px the chooser keeps beside the heading before the heading goes above


class HeadingRow(QWidget):
    """``title`` then ``label`` and ``chooser``; ``texts``: every words the title may show."""

    def __init__(
        self, title: QLabel, label: QLabel, chooser: QWidget, texts: Iterable[str],
        beside: QWidget | None = None,
    ) -> None:
        super().__init__()
        self.title, self.label, self.chooser, self.beside = title, label, chooser, beside
        self._texts = list(texts)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(title, 1)
        pair = QHBoxLayout()
        pair.addWidget(label)
        pair.addWidget(chooser, 1)
        if beside is not None:
            pair.addWidget(beside)
        self.box.addLayout(pair)

    def _words(self) -> int:
        return max((self.title.fontMetrics().horizontalAdvance(t) for t in self._texts), default=0)

    def needed(self) -> int:
        """The width for the longest heading on one line beside the chooser."""
        words = self._words()
        chooser = min(self.chooser.sizeHint().width(), CHOOSER_MIN)
        extra = self.beside.sizeHint().width() + self.box.spacing() if self.beside else 0
        return words + extra + self.label.sizeHint().width() + chooser + 4 * self.box.spacing() + 8

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < self.needed()
        # beside the chooser the heading keeps its line: the chooser (and the Tree / Fishbone
        # buttons after it) narrowed the words to two lines at 1366 px
        self.title.setMinimumWidth(0 if narrow else self._words() + 2)
        if narrow != self.stacked():
            self.box.setDirection(
                QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
            )
