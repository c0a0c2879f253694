"""Columns of a tree that share the width its other columns leave, never below a readable
width: the tree scrolls sideways instead.

Qt's Stretch sections shrink to nothing when the columns fitted to their contents take the
width: on a 1366×768 laptop at 150% scaling the Review board's "Last time's action" was 33 px
wide, one word a line, and its header cut.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QStyle, QTreeView

WORD_MARGIN = 16  # a cell's margins either side of its words, with room for a bold one


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
    is resized, its other columns fit their contents again, or its rows change."""

    def __init__(self, tree: QTreeView, shares: dict[int, Share]) -> None:
        super().__init__(tree)
        self._tree = tree
        self._shares = shares
        self._fitting = False
        header = tree.header()
        header.setStretchLastSection(False)
        for column in shares:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
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
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c not in self._shares and not header.isSectionHidden(c))
        contents = {column: max(header.sectionSizeHint(column), tree.sizeHintForColumn(column))
                    for column, share in self._shares.items() if share.fit}
        shares = {column: replace(share, narrowest=max(share.narrowest, self._longest_word(column)))
                  for column, share in self._shares.items()}
        self._fitting = True
        try:
            for column, width in share_out(room - others, shares, contents).items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _longest_word(self, column: int) -> int:
        """The width of the column's longest word with the cell's margins ("Commissioning"
        was cut to "Commissionin" in a column narrower than it)."""
        model, metrics = self._tree.model(), self._tree.fontMetrics()
        words = {word for row in range(model.rowCount())
                 for word in str(model.index(row, column).data() or "").split()}
        return max((metrics.horizontalAdvance(word) for word in words), default=0) + WORD_MARGIN
