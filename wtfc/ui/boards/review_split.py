"""The Review board's heights: last time's themes above last time's actions, on their tab.

On a 1366×768 laptop the splitter's stretch (3:2:2 with Looking back under them) left the
actions table 175 px, an action and a half: each wraps to four or five lines beside its
progress note. Looking back has a tab of its own now, and the themes take the height their rows
need but never so much that fewer than ``ACTIONS_IN_SIGHT`` actions (all, when fewer) are in
sight, nor less than ``THEMES_MIN``; the actions take the rest. The first theme and the first
action are kept whole while both fit: at 911×512 (150% on that laptop) the themes had 110 px
and no row whole. When they do not fit, the summary above the tabs folds to its first line
(``FoldingLabel``), its full words in a tooltip and to a screen reader, until there is room
again. The heights follow the window's size and the rows shown until the facilitator drags the
splitter, which is then left as dragged.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTreeWidget

ACTIONS_IN_SIGHT = 4  # a facilitator going through last time's actions sees this many at once
THEMES_MIN = 110  # px the themes keep: their header and a row or two


def rows_height(tree: QTreeWidget, count: int | None = None) -> int:
    """The height ``tree`` needs for its header and its first ``count`` rows (None: all), at
    the widths its columns have now."""
    shown = tree.topLevelItemCount() if count is None else min(count, tree.topLevelItemCount())
    items = [item for i in range(shown) if (item := tree.topLevelItem(i)) is not None]
    rows = sum(tree.visualItemRect(item).height() for item in items)
    header = tree.header()
    bar = tree.horizontalScrollBar()  # a table too narrow for its columns scrolls sideways
    return (rows + max(header.height(), header.sizeHint().height()) + 2 * tree.frameWidth()
            + (bar.sizeHint().height() if bar.maximum() > 0 else 0))


class FoldingLabel(QLabel):
    """A wrapped label that can fold to its first line, cut short with "…". Its text stays the
    full words (what a screen reader reads), which are its tooltip while it is folded."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.folded = False

    def fold(self, folded: bool) -> None:
        if folded != self.folded:
            self.folded = folded
            self.setToolTip(self.text() if folded else "")
            self.updateGeometry()
            self.update()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text if self.folded else "")

    def unfolded_height(self) -> int:
        """The height its words take unfolded, at its width now."""
        return super().heightForWidth(self.width())

    def _line(self) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().height() + margins.top() + margins.bottom() + 2 * self.margin()

    def hasHeightForWidth(self) -> bool:
        return not self.folded and super().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self._line() if self.folded else super().heightForWidth(width)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._line()) if self.folded else hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), self._line()) if self.folded else hint

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.folded:
            super().paintEvent(event)
            return
        m = self.margin()
        rect = self.contentsRect().adjusted(m, m, -m, -m)
        line = self.fontMetrics().elidedText(" ".join(self.text().splitlines()),
                                             Qt.TextElideMode.ElideRight, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(),
                                  self.isEnabled(), line, self.foregroundRole())
        painter.end()


class ReviewHeights(QObject):
    """Sizes ``splitter``: ``themes`` above ``actions``; folds ``summary`` when they need it."""

    def __init__(self, splitter: QSplitter, themes: QTreeWidget, actions: QTreeWidget,
                 summary: FoldingLabel) -> None:
        super().__init__(splitter)
        self.splitter, self.themes, self.actions = splitter, themes, actions
        self.summary = summary
        self._dragged = False
        # once the trees have their new widths (and rows their wrapped heights)
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.arrange)
        splitter.splitterMoved.connect(self._on_dragged)
        splitter.installEventFilter(self)

    def arrange_soon(self) -> None:
        """Arrange once the rows just listed, or the widths just changed, are laid out."""
        self._later.start()

    def arrange(self) -> None:
        total = self.splitter.height() - self.splitter.handleWidth()
        first_theme, first_action = rows_height(self.themes, 1), rows_height(self.actions, 1)
        self._fold_summary(total, first_theme + first_action)
        if self._dragged or total <= 0:
            return
        actions = rows_height(self.actions, ACTIONS_IN_SIGHT)
        themes = max(THEMES_MIN, first_theme, min(rows_height(self.themes), total - actions))
        themes = min(themes, max(THEMES_MIN, total - first_action))  # the first action whole
        self.splitter.setSizes([themes, total - themes])

    def _fold_summary(self, total: int, needed: int) -> None:
        """Fold the summary when the tables' first rows do not fit under it whole, and unfold
        it when they would (its folding resizes the splitter, which arranges again)."""
        if not self.themes.topLevelItemCount() and not self.actions.topLevelItemCount():
            self.summary.fold(False)  # nothing compared: nothing to make room for
        elif not self.summary.folded:
            if 0 < total < needed:
                self.summary.fold(True)
        elif total - (self.summary.unfolded_height() - self.summary.height()) >= needed:
            self.summary.fold(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.arrange_soon()
        return False

    def _on_dragged(self, _pos: int, _index: int) -> None:
        self._dragged = True
