"""A board's heading beside its chooser, or above it where the width is short.

Beside the Theme box at 911 px (a 1366×768 laptop at 150%) "Understand: why is this not
working?" wrapped to four lines and left the why-tree 221 px of height: where the heading
would not fit on one line beside the chooser, it takes a row of its own above it. ``beside``
(the Root causes page's Tree / Fishbone buttons) follows the chooser on its line.

Nothing here raises a minimum width: a heading held to its words' width made the Root causes
page 1,206 px at least, and at 1366×768 the window took the difference from the left panel
(230 px to 179 px, on every page after). Beside the heading, the chooser is held to what the
words leave it instead; and it may give up its longest names (elided) rather than the panel's
width where the heading is above it (at 911 px its 50 letters asked for 450 px).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QWidget

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"

CHOOSER_MIN = 320  # px the chooser keeps beside the heading before the heading goes above
CHOOSER_LEAST = 200  # px the chooser keeps at worst: a theme's first words are still read


class HeadingRow(QWidget):
    """``title`` then ``label`` and ``chooser``; ``texts``: every words the title may show."""

    def __init__(
        self, title: QLabel, label: QLabel, chooser: QWidget, texts: Iterable[str],
        beside: QWidget | None = None, before: QWidget | None = None, share: bool = False,
    ) -> None:
        super().__init__()
        self.title, self.label, self.chooser, self.beside = title, label, chooser, beside
        self.before = before  # ahead of the label (Identify success's "Show prompts")
        self._texts = list(texts)
        self._share = share
        chooser.setMinimumWidth(min(chooser.minimumSizeHint().width(), CHOOSER_LEAST))
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(title, 1)
        pair = QHBoxLayout()
        if before is not None:
            pair.addWidget(before)
        pair.addWidget(label)
        pair.addWidget(chooser, 1)
        if beside is not None:
            pair.addWidget(beside)
        # ``share``: the chooser shares the width left with the heading (Identify success's
        # long theme names), rather than keeping to its own size
        self.box.addLayout(pair, 1 if share else 0)

    def _words(self) -> int:
        return max((self.title.fontMetrics().horizontalAdvance(t) for t in self._texts), default=0)

    def _others(self) -> int:
        """The width of the row's label, the ``beside`` and ``before`` buttons (hidden ones
        too: they show as the width changes) and the spaces between: what the row really
        takes, no more. With 2 spaces and 8 px more, Choose priorities' heading went above
        Show: at 1024x768 with the default 9 pt, 2 px short of where it fitted on one line."""
        extra = sum(widget.sizeHint().width() + self.box.spacing()
                    for widget in (self.beside, self.before) if widget is not None)
        return extra + self.label.sizeHint().width() + 2 * self.box.spacing()

    def needed(self) -> int:
        """The width for the longest heading on one line beside the chooser, the chooser
        keeping its own width (``CHOOSER_MIN`` at most). Sharing, the chooser's side has half
        the row at most: at 1024x768 Identify success's Theme box was cut to 200 px beside."""
        chooser = min(self.chooser.sizeHint().width(), CHOOSER_MIN)
        alone = self._words() + 2 + self._others() + chooser
        return max(alone, 2 * (self._others() + chooser)) if self._share else alone

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        width = event.size().width()
        narrow = width < self.needed()
        # beside the chooser the heading keeps its line: the chooser (and the Tree / Fishbone
        # buttons after it) narrowed the words to two lines at 1366 px. The chooser's maximum
        # gives way, not the heading's minimum, which the window took from the left panel.
        room = width - self._words() - 2 - self._others()
        limit = QWIDGETSIZE_MAX if narrow else max(room, CHOOSER_LEAST)
        if self.chooser.maximumWidth() != limit:
            self.chooser.setMaximumWidth(limit)
        if narrow != self.stacked():
            self.box.setDirection(
                QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
            )


class TitleOverRest(QWidget):
    """``title`` beside ``rest`` where both fit (``rest`` at least ``least`` px), ``rest`` under
    it where not. Collect's counts beside "Collect the statements" cut the heading to "Collect
    the statemen" at 13.5 pt on a 1366×768 laptop at 125%; the counts wrapped to five lines."""

    def __init__(self, title: QLabel, rest: QLabel, least: int) -> None:
        super().__init__()
        self.title, self.rest, self._least = title, rest, least
        self._align = rest.alignment()
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(title)
        self.box.addWidget(rest, 1)

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        words = self.title.fontMetrics().horizontalAdvance(self.title.text()) + 8
        narrow = event.size().width() < words + self.box.spacing() + self._least
        if narrow != self.stacked():
            # above, the heading may wrap rather than be cut on the narrowest page; beside,
            # it keeps its one line
            self.title.setWordWrap(narrow)
            self.rest.setAlignment(Qt.AlignmentFlag.AlignLeft if narrow else self._align)
            self.box.setDirection(
                QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
            )
