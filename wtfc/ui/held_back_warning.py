"""The window's foot says so while held-back details show on this screen, readable whole at any
text size and leaving room for the foot's other messages.

The whole sentence, in bold, is 1,096 px wide at 16 pt: on a 1024-px window the bar cut it at
"…before this screen is p", and even at 1366 px it left no room for any other message (an
autosave failure, Remove this person…'s line). The warning now takes at most half the bar: the
whole sentence where it fits there on one line, else shorter words that mean the same (what is
showing, and to hide it before projecting), wrapped onto two lines where even they do not fit.
It always starts with ⚠ and says it in words, so colour is never all it has. The whole sentence
is its tooltip and what a screen reader reads, whatever the width shows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from wtfc.ui.held_back_words import SHOWING_WARNING
from wtfc.ui.parent_font import keep_parent_font
from wtfc.ui.style import warning_look

SHORT_WARNING = "⚠ Held-back details showing: hide before projecting"
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no limit" for a widget's size
SHARE = 1 / 2  # of the bar's width, at most: the other half is the messages'


class HeldBackWarning(QLabel):
    """The warning at ``bar``'s right, fitted to the bar's width and its font as they change."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(SHOWING_WARNING)
        self._bar = bar
        self._fitted: tuple[int, str] | None = None  # the bar's width and font it was fitted to
        self._size = QSize()
        self.setTextFormat(Qt.TextFormat.PlainText)
        # its own pale box, readable on any desktop; one line as tall as the bar was before
        warning_look(self, padding="1px 8px")
        keep_parent_font(self)  # the bar's: a label with a style sheet is given Qt's own font
        self.setToolTip(SHOWING_WARNING)
        self.setAccessibleName(SHOWING_WARNING)  # said whole when the shorter words show
        bar.addPermanentWidget(self)  # messages keep the rest
        bar.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        """The longest words that fit on one line in the warning's share of the bar, else the
        shorter words on two lines (or more: a very narrow window) in that share."""
        self.ensurePolished()  # the style sheet's bold: measured as drawn
        key = (self._bar.width(), self.font().key())
        if key == self._fitted:
            return  # (the bar's height changing with this label's resizes it again)
        self._fitted = key
        most = max(int(self._bar.width() * SHARE), 1)
        # measured free: a label's own heightForWidth keeps within its fixed size
        self.setMinimumSize(0, 0)
        self.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX)
        self.setWordWrap(False)
        for words in (SHOWING_WARNING, SHORT_WARNING):
            self.setText(words)
            line = super().sizeHint()
            if line.width() <= most:
                self._fix(line)
                return
        self.setWordWrap(True)
        lines = self.heightForWidth(most)
        narrowest = self._narrowest(most, lines)  # the lines evened out: the rest is the room's
        self._fix(QSize(narrowest, lines))

    def _narrowest(self, most: int, height: int) -> int:
        """The least width at most ``most`` at which the words take no more than ``height``."""
        low, high = 1, most
        while low < high:
            middle = (low + high) // 2
            if self.heightForWidth(middle) <= height:
                high = middle
            else:
                low = middle + 1
        return high

    def _fix(self, size: QSize) -> None:
        self._size = size
        self.setFixedSize(size)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        # what it is fitted to: the foot's messages take the bar less this (foot_words.room);
        # a word-wrapping label's own hint is a guess of its proportions
        return QSize(self._size) if self._size.isValid() else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()  # larger text: other words, or two lines

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._bar and event.type() == QEvent.Type.FontChange:
            # a larger system font reaches the bar, not a label with a style sheet of its own
            self.setFont(self._bar.font())  # (its FontChange fits it)
        if watched is self._bar and event.type() == QEvent.Type.Resize:
            self.fit()
        return False
