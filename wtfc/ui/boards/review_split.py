"""The Review board's heights: last time's themes above last time's actions, on their tab.

On a 1366×768 laptop the splitter's stretch (3:2:2 with Looking back under them) left the
actions table 175 px, an action and a half: each wraps to four or five lines beside its
progress note. Looking back has a tab of its own now, and the themes take the height their rows
need but never so much that fewer than ``ACTIONS_IN_SIGHT`` actions (all, when fewer) are in
sight, nor less than ``THEMES_MIN``; the actions take the rest. The heights follow the window's
size and the rows shown until the facilitator drags the splitter, which is then left as dragged.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QTreeWidget

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


class ReviewHeights(QObject):
    """Sizes ``splitter``: ``themes`` above ``actions``."""

    def __init__(self, splitter: QSplitter, themes: QTreeWidget, actions: QTreeWidget) -> None:
        super().__init__(splitter)
        self.splitter, self.themes, self.actions = splitter, themes, actions
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
        if self._dragged or total <= 0:
            return
        actions = rows_height(self.actions, ACTIONS_IN_SIGHT)
        themes = max(THEMES_MIN, min(rows_height(self.themes), total - actions))
        self.splitter.setSizes([themes, total - themes])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.arrange_soon()
        return False

    def _on_dragged(self, _pos: int, _index: int) -> None:
        self._dragged = True
