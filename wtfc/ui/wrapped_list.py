"""Rows of word-wrapped text that are as tall as the text painted in them.

Qt's own size hint for a word-wrapped list row wraps the text at the row's full width, but the
row paints it inside the style's text margins: a statement that only just fits in N lines is
given N lines of height and painted in N+1, so its last words are cut off. This delegate
measures at the width the text is really painted at, and lets a word wider than that break.
"""

from __future__ import annotations

from weakref import WeakSet

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from wtfc.ui.breakable_words import broken_to_fit

MEASURED_MOST = 20_000  # cells' heights kept, a few of each of a big board's cells


class WrappedTextDelegate(QStyledItemDelegate):
    """For a ``QListView`` in list mode with word wrap; set on the view it belongs to."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def text_width(self, option: QStyleOptionViewItem, row_width: int) -> int:
        """How wide the text of a row ``row_width`` wide is painted."""
        view = self._view
        option.rect = QRect(0, 0, row_width, 1_000_000)
        style = view.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        return max(20, text.width() - 2 * margin)

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        # a word wider than the row (a pasted link) breaks onto the next line, as the room's
        # view breaks it: word wrap alone cut it at the column's edge with no sign. What is
        # painted and what is measured (``sizeHint``) both come from here
        row_width = self._view.viewport().width() - 2 * self._view.spacing()
        if option.text and row_width > 0:
            width = self.text_width(QStyleOptionViewItem(option), row_width)
            option.text = broken_to_fit(option.text, QFontMetrics(option.font), width)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        row_width = self._view.viewport().width() - 2 * self._view.spacing()
        if row_width <= 0 or not opt.text:
            return base
        lines = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, self.text_width(opt, row_width), 1_000_000),
            Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(row_width, max(base.height(), lines.height() + 4))


class WrappedColumnsDelegate(QStyledItemDelegate):
    """For a ``QTreeView`` with word wrap: each row as tall as its longest cell wrapped at its
    column's width (QTreeView asks for a size hint without saying the column's width, so its
    rows stay one line high and every long cell ends in "…").

    The rows are laid out again once the columns have been resized, on the next turn of the
    event loop (or sooner, as soon as a row's place is asked for): laid out at each column
    resized, the Plan board's 150 actions were laid out at each of the 15 widths it sets as it
    opens (25 s)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        view.header().sectionResized.connect(lambda *_: view.scheduleDelayedItemsLayout())
        # a cell's wrapped height by its words, width and font: a layout asks for each cell
        # again (and the Plan board's Answers cell asks for its row's other cells too)
        self._heights: dict[tuple[str, int, QFont], int] = {}
        self._widths: dict[tuple[int, int, int, object], int] = {}  # a column's, its words'
        _MEASURING.add(self)

    def forget_measures(self) -> None:
        """Let go of the words measured: another workshop is open (``forget_measures``)."""
        self._heights.clear()

    def text_height(self, text: str, width: int, font: QFont) -> int:
        """How tall ``text`` is wrapped at ``width`` in ``font``, measured once."""
        key = (text, width, font)
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= MEASURED_MOST:  # words edited, widths dragged: let go
                self._heights.clear()
            height = QFontMetrics(font).boundingRect(
                QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, text).height()
            # a copy: an option's font is gone with the option
            self._heights[(text, width, QFont(font))] = height
        return height

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        # the one-line size as QStyledItemDelegate's, from the option made once (its own
        # made it again, and the Answers cell measures its row's other cells to make it)
        hint = index.data(Qt.ItemDataRole.SizeHintRole)
        base = hint if isinstance(hint, QSize) else self._view.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), self._view)
        width = self._view.header().sectionSize(index.column())
        if index.column() == 0 and self._view.isFirstColumnSpanned(index.row(), index.parent()):
            # a heading row across every column ("Older people's organisations (2)" on the
            # Plan board) wraps at the view's width, not the first column's
            width = max(width, self._view.viewport().width())
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self._view.indentation() * (depth + 1)
        if width <= 0 or not opt.text:
            return base
        lines = self.text_height(opt.text, self.text_width(opt, width), opt.font)
        return QSize(base.width(), max(base.height(), lines + 6))

    def text_width(self, opt: QStyleOptionViewItem, width: int) -> int:
        """How wide the words of a cell ``width`` wide are wrapped: less the style's margins,
        and any check box or icon (the same for every cell alike)."""
        key = (width, opt.features.value, opt.decorationSize.width(), opt.decorationPosition)
        inside = self._widths.get(key)
        if inside is None:
            probe = QStyleOptionViewItem(opt)
            probe.rect = QRect(0, 0, width, 1_000_000)
            view, style = self._view, self._view.style()
            text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, probe, view)
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
            inside = self._widths[key] = max(20, text.width() - 2 * margin)
        return inside


# Every such view's delegate: the words it measured are the open workshop's, and go with it.
_MEASURING: WeakSet[WrappedColumnsDelegate] = WeakSet()


def forget_measures() -> None:
    """Each view's delegate lets go of the words it measured (``wtfc.ui.forget_words``)."""
    for delegate in list(_MEASURING):
        delegate.forget_measures()
