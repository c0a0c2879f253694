"""Columns of a tree that share the width its other columns leave, never below a readable
width: the tree scrolls sideways instead.

Qt's Stretch sections shrink to nothing when the columns fitted to their contents take the
width: on a 1366×768 laptop at 150% scaling the Review board's "Last time's action" was 33 px
wide, one word a line, and its header cut.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, replace
from functools import partial

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

WORD_MARGIN = 16  # a cell's margins either side of its words, with room for a bold one
SAMPLE = 40  # the longest texts of a column measured for its width (each measure is slow)


@dataclass(frozen=True)
class Share:
    """How one column shares: at least ``narrowest`` px (and its longest word, which cannot
    wrap); of what is left, ``weight`` parts; with ``fit`` never wider than its contents (it
    only wraps when the room is short)."""

    narrowest: int
    weight: int = 1
    fit: bool = False


def share_out(room: int, shares: dict[int, Share], contents: dict[int, int]) -> dict[int, int]:
    """Widths for the sharing columns in ``room`` px: by weight, each raised to its narrowest
    or lowered to its contents (``fit``) where its part would pass one, and the others
    sharing again what is left. Their sum passes ``room`` only when the narrowest do."""
    widths: dict[int, int] = {}
    free = dict(shares)
    while free:
        left = max(0, room - sum(widths.values()))
        unit = left / sum(share.weight for share in free.values())
        part = {column: unit * share.weight for column, share in free.items()}
        narrow = {c: s.narrowest for c, s in free.items() if part[c] < s.narrowest}
        wide = {c: max(s.narrowest, contents[c]) for c, s in free.items()
                if s.fit and part[c] > max(s.narrowest, contents[c])}
        settled = narrow or wide  # raise the narrow first: what they take the others lose
        if not settled:
            widths.update({column: int(width) for column, width in part.items()})
            break
        for column, width in settled.items():
            widths[column] = width
            del free[column]
    return widths


class SharedColumns(QObject):
    """Keeps ``shares``' columns of ``tree`` sharing what its other columns leave, as the tree
    is resized or its rows change; its columns set to fit their contents are fitted too."""

    def __init__(self, tree: QTreeView, shares: dict[int, Share]) -> None:
        super().__init__(tree)
        self._tree = tree
        self._shares = shares
        self._fitting = False
        header = tree.header()
        header.setStretchLastSection(False)
        for column in shares:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # the columns that fit their contents are fitted here, on a sample of rows as the
        # sharing ones are: Qt measured every row of each, again at each relayout
        self._fitted = [c for c in range(header.count()) if c not in shares and
                        header.sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents]
        for column in self._fitted:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.sectionResized.connect(self._on_section_resized)
        self._later = QTimer(self, singleShot=True, interval=0)  # once for a burst of rows
        self._later.timeout.connect(self.fit)
        model = tree.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged):
            signal.connect(self._later.start)
        tree.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._tree and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in self._shares:  # a column fitted to its contents again
            self.fit()

    def fit(self) -> None:
        if self._fitting:
            return
        tree, header = self._tree, self._tree.header()
        # less a vertical scroll bar whether one shows or not: it comes and goes as the rows
        # wrap, and the widths must not swing with it
        scroll_bar = tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, tree)
        room = tree.width() - 2 * tree.frameWidth() - scroll_bar
        widths = {column: max(header.sectionSizeHint(column), self._contents(column))
                  for column in self._fitted if not header.isSectionHidden(column)}
        others = sum(widths.get(c, header.sectionSize(c)) for c in range(header.count())
                     if c not in self._shares and not header.isSectionHidden(c))
        contents = {column: max(header.sectionSizeHint(column), self._contents(column))
                    for column, share in self._shares.items() if share.fit}
        shares = {column: replace(share, narrowest=max(share.narrowest, self._longest_word(column)))
                  for column, share in self._shares.items()}
        widths.update(share_out(room - others, shares, contents))
        changed = {column: width for column, width in widths.items()
                   if header.sectionSize(column) != width}
        if not changed:
            return
        # The rows' heights once, for all the columns: a wrapping delegate lays every row out
        # again at each column resized (~0.1 s for the Review board's 374 themes, each time).
        self._fitting = True
        blocked = header.blockSignals(True)
        try:
            for column, width in changed.items():
                header.resizeSection(column, width)
        finally:
            header.blockSignals(blocked)
            self._fitting = False
        tree.doItemsLayout()

    def _contents(self, column: int) -> int:
        """The width the column's widest cell asks for, measured on its ``SAMPLE`` longest
        texts: Qt's ``sizeHintForColumn`` measured every row, and as the tree was sized and its
        columns fitted again that was 25,000 measures (~0.5 s) for the Review board's 374
        themes and 200 actions. A text many letters shorter is not the widest."""
        model, tree = self._tree.model(), self._tree
        rows = [model.index(row, column) for row in range(model.rowCount())]
        longest = heapq.nlargest(SAMPLE, rows, key=lambda index: len(str(index.data() or "")))
        option = QStyleOptionViewItem()
        tree.initViewItemOption(option)  # as the tree measures its rows: font, icon size
        # Qt's own measure of a cell's width (the board's delegates wrap, to set the height)
        delegate = tree.itemDelegateForColumn(column) or tree.itemDelegate()
        measure = (partial(QStyledItemDelegate.sizeHint, delegate)
                   if isinstance(delegate, QStyledItemDelegate) else delegate.sizeHint)
        return max((measure(option, index).width() for index in longest), default=0)

    def _longest_word(self, column: int) -> int:
        """The width of the column's longest word with the cell's margins ("Commissioning"
        was cut to "Commissionin" in a column narrower than it)."""
        model, metrics = self._tree.model(), self._tree.fontMetrics()
        words = {word for row in range(model.rowCount())
                 for word in str(model.index(row, column).data() or "").split()}
        return max((metrics.horizontalAdvance(word) for word in words), default=0) + WORD_MARGIN
