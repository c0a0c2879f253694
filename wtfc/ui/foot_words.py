"""A message too long for the window's foot is shown whole, on two lines or more.

QStatusBar draws its message on one clipped line, with no tooltip: at 16 pt, or on a 1024-wide
screen, "…PDFs, spreadsheets and last cycle's file" (the point of Remove this person…'s line)
and "…that is not updat" were simply not there. A message that does not fit is shown in a
word-wrapping label across the bar instead, which grows to the lines it needs; the bar's own
message (``currentMessage``, which the callers read) stays as it was. A message that fits is
drawn by the bar as before, the label hidden, so a short "Undone: …" never moves the wall: the
bar grows only for a long message, and shrinks back when it goes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

NAME = "foot_words"  # the label's object name: one per status bar
LEFT, RIGHT = 6, 12  # QStatusBar's own margins round its message (qstatusbar.cpp messageRect)


class FootWords(QObject):
    """Follows one status bar's message; shows the whole of one too long for a line."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.label = QLabel(bar)
        self.label.setObjectName(NAME)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a file's name is never markup
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.label.setIndent(LEFT - 2)  # the words start where the bar starts its own
        # permanent: the bar hides its other widgets while a message shows
        bar.insertPermanentWidget(0, self.label, 1)
        self.label.hide()
        self.label.setFixedHeight(0)
        bar.messageChanged.connect(self.follow)
        bar.installEventFilter(self)
        self.label.installEventFilter(self)
        self.follow(bar.currentMessage())

    def room(self) -> int:
        """The width the bar gives its one line of message: left of its other permanent
        widgets (the held-back warning) and its size grip."""
        bar = self.bar
        right = bar.width() - RIGHT
        for child in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child is not self.label and child.isVisible() and child.x() > LEFT:
                right = min(right, child.x() - 2)
        return right - LEFT

    def follow(self, words: str) -> None:
        fits = self.bar.fontMetrics().horizontalAdvance(words) <= self.room()
        if not words or fits:
            self.label.hide()
            self.label.clear()
            # the bar's height is its widgets' tallest least height, hidden ones' too
            self.label.setFixedHeight(0)
            return
        self.label.setText(words)
        self._fit(self.room())
        self.label.show()

    def _fit(self, width: int) -> None:
        """As tall as the words' lines at ``width``: the bar takes its height from its widgets'
        least height, and a wrapping label's least is one line."""
        self.label.setFixedHeight(self.label.heightForWidth(max(width, 1)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self.bar and not self.label.isVisible():
                self.follow(self.bar.currentMessage())  # narrowed: a line may no longer fit
            elif watched is self.label and self.label.isVisible():
                self._fit(self.label.width())
            elif watched is self.bar:  # widened: a line may fit again
                self.follow(self.bar.currentMessage())
        return False


def whole_words(bar: QStatusBar) -> None:
    """Show ``bar``'s messages whole from now on (once per bar)."""
    if bar.findChild(QLabel, NAME, Qt.FindChildOption.FindDirectChildrenOnly) is None:
        FootWords(bar)
