"""A message too long for the window's foot is shown whole, on two lines or more.

QStatusBar draws its message on one clipped line, with no tooltip: at 16 pt, or on a 1024-wide
screen, "…PDFs, spreadsheets and last cycle's file" (the point of Remove this person…'s line)
and "…that is not updat" were simply not there. A message that does not fit is shown in a
word-wrapping label across the bar instead, which grows to the lines it needs; the bar's own
message (``currentMessage``, which the callers read) stays as it was. A message that fits is
drawn by the bar as before, the label hidden, so a short "Undone: …" never moves the wall: the
bar grows only for a long message, and shrinks back when it goes. Its height is the words' lines
at the width they are given in the font they are drawn in, whatever came before: refitted when
the bar is resized and when the text size or style changes under a message still shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from wtfc.ui.plain_tip import plain_tip

NAME = "foot_words"  # the label's object name: one per status bar
LEFT, RIGHT = 6, 12  # QStatusBar's own margins round its message (qstatusbar.cpp messageRect)
SPACING = 4  # between the bar's widgets, about (its layout's and the grip's own margins)
LEAST_SHARE = 1 / 3  # of the bar's width: narrower, the words would wrap to a column
# the text made larger or smaller ("Make text bigger", a style), said to the bar and the label
RESTYLED = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange, QEvent.Type.StyleChange)


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
        self._refitting = False  # a refit is coming, after the font changes
        bar.messageChanged.connect(self.follow)
        bar.installEventFilter(self)
        self.label.installEventFilter(self)
        self.follow(bar.currentMessage())

    def room(self) -> int:
        """The width the bar gives its one line of message: less its other permanent widgets
        (the held-back warning) and its size grip, as they ask. Not read from where they are:
        that moves as the label comes and goes, and the label came and went with it."""
        bar = self.bar
        taken = 0
        for child in bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child is not self.label and child.isVisible():
                taken += child.sizeHint().width() + SPACING
        return bar.width() - LEFT - RIGHT - taken

    def follow(self, words: str) -> None:
        room = self.room()
        fits = self.bar.fontMetrics().horizontalAdvance(words) <= room
        # a sliver beside a wide warning (held-back details shown, at 16 pt) would wrap the
        # words a word a line, the bar taller than the window: there the whole is its tooltip
        narrow = room < self.bar.width() * LEAST_SHARE
        # plain_tip: the words quote names as typed, never as markup
        self.bar.setToolTip(plain_tip(words) if words and not fits and narrow else "")
        if not words or fits or narrow:
            self.label.hide()  # first: made 0 high while shown, its Resize would refit it
            self.label.clear()
            # the bar's height is its widgets' tallest least height, hidden ones' too
            self.label.setFixedHeight(0)
            return
        self.label.setText(words)
        self.label.show()
        if (layout := self.bar.layout()) is not None:
            layout.activate()  # the label's width now, not where it was when last shown
        self._fit(self.label.width() if self.bar.isVisible() else room)

    def _fit(self, width: int) -> None:
        """As tall as the words' lines at ``width``: the bar takes its height from its widgets'
        least height, and a wrapping label's least is one line."""
        # heightForWidth is never under the label's least height, which is the last fit: a
        # message fitted three lines high at 1024 kept three at 1366, or after the text shrank
        self.label.setMinimumHeight(0)
        self.label.setFixedHeight(self.label.heightForWidth(max(width, 1)))

    def _refit_soon(self) -> None:
        """Follow the message again once every widget has its new font: the bar's and the
        label's font changes come one by one, and the bar's decides whether a line fits."""
        if not self._refitting:
            self._refitting = True
            QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        self._refitting = False
        self.follow(self.bar.currentMessage())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in RESTYLED:
            # the label keeps its width, so no Resize says its lines changed; and the bar's
            # showMessage of the same words again says nothing either
            self._refit_soon()
        elif kind == QEvent.Type.Resize:
            if watched is self.bar:  # narrowed, a line may no longer fit; widened, it may
                self.follow(self.bar.currentMessage())
            elif watched is self.label and self.label.isVisible():
                self._fit(self.label.width())
        return False


def whole_words(bar: QStatusBar) -> None:
    """Show ``bar``'s messages whole from now on (once per bar)."""
    if bar.findChild(QLabel, NAME, Qt.FindChildOption.FindDirectChildrenOnly) is None:
        FootWords(bar)
