"""Review's rows folded to a few lines on a short window, the chosen row whole.

Each long cell of a folded row (a theme's name, an action, who, how we'd know) is at most
``most`` lines, or as many as the row's short cells take, its last cut with "…". The short
cells (the change, kind, counts, by when, status) wrap whole: folded to a line at 150% they read
"▲ A…" and "⚠…", the share wording and "Overdue" gone. The row the facilitator chose (with ↑/↓
or a click) is whole, so every word can be read from the keyboard, and each cell's full words
stay its text (what a screen reader reads) and its tooltip. The trees scroll by the pixel: the
rows differ in height and the chosen one grows, and scrolling by the row left a theme cut by
10 px after ↓ at 150%.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QTreeWidget

from wtfc.ui.wrapped_list import WrappedColumnsDelegate

CHILD_MOST = 2


class FoldedColumnsDelegate(WrappedColumnsDelegate):
    """``WrappedColumnsDelegate`` whose rows but the current one are at most ``most`` lines
    (0: whole) in their columns but ``whole`` (short phrases, always whole)."""

    def __init__(self, view: QTreeWidget, whole: Iterable[int] = ()) -> None:
        super().__init__(view)
        self.most = 0
        self.whole = frozenset(whole)
        self._tree = view
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.currentItemChanged.connect(lambda *_: self._relayout())
        view.viewport().installEventFilter(self)  # the splitter moved: the chosen row in view

    def set_most(self, most: int) -> None:
        if most != self.most:
            self.most = most
            self._tree.doItemsLayout()

    def _relayout(self) -> None:
        if self.most:
            self._tree.doItemsLayout()
            current = self._tree.currentIndex()
            if current.isValid():
                self._tree.scrollTo(current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._tree.currentIndex().isValid():
            self._tree.scrollTo(self._tree.currentIndex())
        return False

    def _folded(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        current = self._tree.currentIndex()
        if not self.most or (current.isValid() and current.row() == index.row()
                             and current.parent() == index.parent()):
            return False
        return index.parent().isValid() or index.column() not in self.whole

    def _most(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """A row under another (a theme's success statements, across the row) takes two lines
        at most: the theme's own row is what the room compares."""
        return min(self.most, CHILD_MOST) if index.parent().isValid() else self.most

    def _text_rect(self, opt: QStyleOptionViewItem) -> QRect:
        style = self._tree.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self._tree)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._tree) + 1
        return text.adjusted(margin, 0, -margin, 0)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if not self._folded(index):
            return size
        lines = QFontMetrics(option.font).lineSpacing() * self._most(index) + 6
        return QSize(size.width(), min(size.height(), lines))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        if self._tree.isFirstColumnSpanned(index.row(), index.parent()):
            # across the row, as wide as the view (as it is measured), not the columns, which
            # scroll sideways on a narrow window: its words would run off to the right
            opt.rect.setWidth(min(opt.rect.width(), self._tree.viewport().width()))
        if not self._folded(index):
            super().paint(painter, opt, index)
            return
        self.initStyleOption(opt, index)
        metrics = QFontMetrics(opt.font)
        # as many lines as the row has, where its short cells, whole, made it taller
        lines = max(self._most(index), (opt.rect.height() - 6) // metrics.lineSpacing())
        opt.text = cut(opt.text, metrics, self._text_rect(opt).width(), lines)
        style = self._tree.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, self._tree)


def cut(text: str, metrics: QFontMetrics, width: int, most: int) -> str:
    """``text`` as it fits ``most`` lines ``width`` wide: whole, or its words up to where
    they fit with "…" after them. Each line of ``text`` after the first keeps a line of its
    own where there are enough ("So far: …" under an action's words, never cut off whole)."""
    parts = text.replace("\u2028", "\n").split("\n")  # (a view's line breaks are U+2028)
    if len(parts) > 1 and most >= len(parts) and not _fits(text, metrics, width, most):
        head = cut(parts[0], metrics, width, most - len(parts) + 1)
        return "\u2028".join([head, *(cut(part, metrics, width, 1) for part in parts[1:])])
    return _cut(text, metrics, width, most)


def _fits(text: str, metrics: QFontMetrics, width: int, most: int) -> bool:
    return metrics.boundingRect(QRect(0, 0, max(20, width), 1_000_000), Qt.TextFlag.TextWordWrap,
                                text).height() <= metrics.lineSpacing() * most + 1


def _cut(text: str, metrics: QFontMetrics, width: int, most: int) -> str:
    limit = metrics.lineSpacing() * most + 1

    def fits(words: str) -> bool:
        return metrics.boundingRect(QRect(0, 0, max(20, width), 1_000_000),
                                    Qt.TextFlag.TextWordWrap, words).height() <= limit

    if not text or fits(text):
        return text
    low, high = 0, len(text)  # the longest start of the text that fits with "…"
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:middle].rstrip() + "…"):
            low = middle
        else:
            high = middle - 1
    start = text[:low]
    if " " in start and not text[low:low + 1].isspace():  # end at a whole word
        start = start[:start.rfind(" ")]
    return start.rstrip() + "…"
