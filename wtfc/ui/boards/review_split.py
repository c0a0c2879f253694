"""The Review board's heights: last time's themes above last time's actions, on their tab.

On a 1366×768 laptop the splitter's stretch (3:2:2 with Looking back under them) left the
actions table 175 px, an action and a half: each wraps to four or five lines beside its
progress note. Looking back has a tab of its own now, and the themes take the height their rows
need but never so much that fewer than ``ACTIONS_IN_SIGHT`` actions (all, when fewer) are in
sight, nor less than ``THEMES_MIN``; the actions take the rest. The first theme and the first
action (the chosen action as drawn, unfolded) are kept whole while both fit: at 911×512 (150%
on that laptop) the themes had 110 px and no row whole. When they do not fit, the labels above
the tables fold (``FoldingLabel``), their full words in a tooltip and to a screen reader, until
there is room again: first the summary's "Compared with “…” (file)." (``PROVENANCE``), then last
time's "do differently" and "look again" (the day's yardsticks) to one line, then the rows (see
below); the numbers the facilitator reads to the room first, the themes and last time's action
tally, fold to one line last: at 911×512 with a real last cycle they folded while the yardsticks
kept a line of their own. A folded label is a Tab stop, whole while it has the focus: with its
words in a tooltip alone, they were the mouse's only. Where even so fewer than
``THEMES_IN_SIGHT`` themes and ``ACTIONS_IN_SIGHT`` actions fit whole (1366×768: one theme and
two actions, each action nine lines beside its progress note), each row folds to three lines,
then two, cut with "…" (``review_fold``): the chosen row, its tooltip and a screen reader have its
words whole. The heights follow the window's size and the rows shown until the facilitator drags
the splitter, which is then left as dragged.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QTreeWidget

from wtfc.ui.boards.folding_label import FoldingLabel
from wtfc.ui.boards.review_fold import FoldedColumnsDelegate

ACTIONS_IN_SIGHT = 4  # a facilitator going through last time's actions sees this many at once
THEMES_IN_SIGHT = 3  # and this many of the themes: last time's priorities come first
THEMES_MIN = 110  # px the themes keep: their header and a row or two
FOLDS = (0, 3, 2)  # each row's most lines (0: whole), tried in turn until the rows fit
# the summary's opening, where the comparison comes from: what it folds away first
PROVENANCE = re.compile(r"Compared with “.*?” \(.*?\)\. ")


def rows_height(tree: QTreeWidget, count: int | None = None) -> int:
    """The height ``tree`` needs for its header and its first ``count`` rows (None: all), at
    the widths its columns have now; the rows under each (a theme's success statements) but
    the last's count with it."""
    shown = tree.topLevelItemCount() if count is None else min(count, tree.topLevelItemCount())
    items = [item for i in range(shown) if (item := tree.topLevelItem(i)) is not None]
    rows = sum(tree.visualItemRect(item).height() for item in items)
    children = [child for item in items[:-1] if item.isExpanded()
                for i in range(item.childCount()) if (child := item.child(i)) is not None]
    rows += sum(tree.visualItemRect(child).height() for child in children)
    header = tree.header()
    bar = tree.horizontalScrollBar()  # a table too narrow for its columns scrolls sideways
    return (rows + max(header.height(), header.sizeHint().height()) + 2 * tree.frameWidth()
            + (bar.sizeHint().height() if bar.maximum() > 0 else 0))


def chosen_height(tree: QTreeWidget) -> int:
    """The height ``tree`` needs for its header and its chosen row (0: none chosen), which is
    drawn whole however the other rows fold."""
    item, first = tree.currentItem(), tree.topLevelItem(0)
    if item is None or first is None:
        return 0
    return (rows_height(tree, 1) - tree.visualItemRect(first).height()
            + tree.visualItemRect(item).height())


def tallest_height(tree: QTreeWidget) -> int:
    """The height ``tree`` needs for its header and its tallest row as drawn now (0: none)."""
    first = tree.topLevelItem(0)
    if first is None:
        return 0
    tallest = max(tree.visualItemRect(item).height() for i in range(tree.topLevelItemCount())
                  if (item := tree.topLevelItem(i)) is not None)
    return rows_height(tree, 1) - tree.visualItemRect(first).height() + tallest


class ReviewHeights(QObject):
    """Sizes ``splitter``: ``themes`` above ``actions``; folds ``summary`` when they need it."""

    def __init__(self, splitter: QSplitter, themes: QTreeWidget, actions: QTreeWidget,
                 summary: FoldingLabel, *others: FoldingLabel) -> None:
        super().__init__(splitter)
        self.splitter, self.themes, self.actions = splitter, themes, actions
        self.summary = summary
        summary.lead = PROVENANCE
        self.others = others  # folded and unfolded with the summary (last time's yardsticks)
        self._dragged = False
        # once the trees have their new widths (and rows their wrapped heights)
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.arrange)
        splitter.splitterMoved.connect(self._on_dragged)
        # another action chosen (drawn unfolded): the heights again, the rows' folds as they are
        self._resize_later = QTimer(self, singleShot=True, interval=0)
        self._resize_later.timeout.connect(self._on_chosen)
        actions.currentItemChanged.connect(lambda *_: self._resize_later.start())
        splitter.installEventFilter(self)

    def arrange_soon(self) -> None:
        """Arrange once the rows just listed, or the widths just changed, are laid out."""
        self._later.start()

    def arrange(self) -> None:
        total = self.splitter.height() - self.splitter.handleWidth()
        tight = self._first_rows(FOLDS[-1])  # the labels fold when the first rows need it
        needed = self._first_rows(0)
        # whichever action is chosen is drawn whole, under the themes at their least
        tight = max(tight, THEMES_MIN + tallest_height(self.actions))
        self._fold_summary(total, needed, tight)
        self._fold_rows(total)
        self._set_sizes()

    def _first_rows(self, most: int) -> int:
        """The height of the first theme and the first action, each folded to ``most`` lines
        (0: whole), with their headers."""
        for delegate in self._delegates():
            delegate.set_most(most)
        return rows_height(self.themes, 1) + rows_height(self.actions, 1)

    def _on_chosen(self) -> None:
        # only grow the actions for a chosen row that needs it: the split stays put otherwise
        if chosen_height(self.actions) > self.actions.height():
            self._set_sizes()
        else:
            self._chosen_in_sight()

    def _set_sizes(self) -> None:
        total = self.splitter.height() - self.splitter.handleWidth()
        # the chosen action is drawn unfolded: at 150% on a 1366x768 laptop the first one was
        # 291 px in a table of 267, the end of its progress note below the foot, out of reach
        first_theme = rows_height(self.themes, 1)
        first_action = max(rows_height(self.actions, 1), chosen_height(self.actions))
        if self._dragged or total <= 0:
            return
        actions = rows_height(self.actions, ACTIONS_IN_SIGHT)
        some = min(rows_height(self.themes, THEMES_IN_SIGHT), total - first_action)
        themes = max(THEMES_MIN, first_theme, some,
                     min(rows_height(self.themes), total - actions))
        themes = min(themes, max(THEMES_MIN, total - first_action))  # the first action whole
        # every action whole when they fit and the themes scroll anyway: at 1024x768 the three
        # themes in sight cut last time's fourth action in half, for 20 px
        rest = total - rows_height(self.actions)
        if max(THEMES_MIN, first_theme) <= rest < rows_height(self.themes):
            themes = min(themes, rest)
        self.splitter.setSizes([themes, total - themes])
        self._chosen_in_sight()

    def _chosen_in_sight(self) -> None:
        """Scroll the chosen action whole into sight where it fits: the tree's own scrolling
        counts a row partly in sight as seen (at 1024x768, 150%, ↓ left 53 px of one below)."""
        item = self.actions.currentItem()
        if item is None:
            return
        self.actions.doItemsLayout()  # the scroll range for the sizes just set
        row, sight = self.actions.visualItemRect(item), self.actions.viewport().rect()
        bar = self.actions.verticalScrollBar()
        if row.top() < sight.top() or row.height() > sight.height():
            bar.setValue(bar.value() + row.top() - sight.top())
        elif row.bottom() > sight.bottom():
            bar.setValue(bar.value() + row.bottom() - sight.bottom())

    def _fold_rows(self, total: int) -> None:
        """Fold the rows (each cell to a few lines, "…", the chosen row whole) as little as
        lets ``THEMES_IN_SIGHT`` themes and ``ACTIONS_IN_SIGHT`` actions fit whole: at
        1366×768 an action wrapped to nine lines beside its progress note, and one theme and
        two actions were in sight. Unfolded whenever they fit (a 1920×1080 screen)."""
        for most in FOLDS:
            for delegate in self._delegates():
                delegate.set_most(most)
            if total <= 0 or rows_height(self.themes, THEMES_IN_SIGHT) + \
                    rows_height(self.actions, ACTIONS_IN_SIGHT) <= total:
                return

    def _delegates(self) -> list[FoldedColumnsDelegate]:
        return [d for tree in (self.themes, self.actions)
                if isinstance(d := tree.itemDelegate(), FoldedColumnsDelegate)]

    def _fold_summary(self, total: int, needed: int, tight: int | None = None) -> None:
        """Fold the labels when the tables' first rows (``needed`` px whole, ``tight`` folded
        as far as they go) do not fit under them: the summary's provenance first, then last
        time's yardsticks to a line, then (``tight``) the rows, and only then the summary's
        numbers to a line. Unfolded when they would fit (their folding resizes the splitter,
        which arranges again)."""
        labels = [label for label in (self.summary, *self.others) if label.isVisible()]
        # the splitter's height were every label whole
        whole = total - sum(label.unfolded_height() - label.height() for label in labels)
        summary = self.summary
        lead = summary.unfolded_height() - summary.lead_off_height() \
            if summary.isVisible() else 0  # 0: no provenance
        others = sum(label.unfolded_height() - label.folded_height()
                     for label in self.others if label.isVisible())
        tight = needed if tight is None else tight
        if not self.themes.topLevelItemCount() and not self.actions.topLevelItemCount():
            folds = 0  # nothing compared: nothing to make room for
        elif total <= 0 or whole >= needed:
            folds = 0
        elif whole + lead >= needed:
            folds = 1  # the summary's provenance alone
        elif whole + lead + others >= tight:
            folds = 2  # and the yardsticks; the rows fold for the rest (``_fold_rows``)
        else:
            folds = 3  # the numbers too
        summary.fold(folds == 3 or (folds > 0 and lead > 0), lead_only=folds < 3)
        for label in self.others:
            label.fold(folds > 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self.arrange_soon()
        return False

    def _on_dragged(self, _pos: int, _index: int) -> None:
        self._dragged = True
