"""Rows of word-wrapped text that are as tall as the text painted in them.

Qt's own size hint for a word-wrapped list row wraps the text at the row's full width, but the
row paints it inside the style's text margins: a statement that only just fits in N lines is
given N lines of height and painted in N+1, so its last words are cut off. This delegate
measures at the width the text is really painted at.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)


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
    rows stay one line high and every long cell ends in "…")."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        view.header().sectionResized.connect(lambda *_: view.doItemsLayout())

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
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
        opt.rect = QRect(0, 0, width, 1_000_000)
        style = self._view.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, self._view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        lines = QFontMetrics(opt.font).boundingRect(
            QRect(0, 0, max(20, text.width() - 2 * margin), 1_000_000),
            Qt.TextFlag.TextWordWrap, opt.text)
        return QSize(base.width(), max(base.height(), lines.height() + 6))
