"""A row of widgets that wraps onto more rows when the page is too narrow for one.

A 1366×768 laptop at 150% scaling leaves the Collect page ~730 logical pixels: its seven
buttons in one unbreakable row were squeezed to "ort statemer", "te from Exc" and "Mark as fin".
Here each widget keeps the width it asks for and moves to the next row instead; the widgets
that can grow (a filter box) share what is left of their row.

It keeps its items as Python-made ``QWidgetItem``s, not the ones Qt's ``addWidget`` makes.
PySide marks the wrapper of a C++-made object dead when any object above it in PySide's own
parent tree is deleted, and that tree is not the widgets': ``a.nextInFocusChain()`` called from
Python makes ``a`` the "parent" of the widget it returns, so after a walk round the Tab chain
the window hung under the last widget made. Deleting that one (the wall's name box's hint)
killed every flow's items at once: rows cut off, "Internal C++ object (QWidgetItem) already
deleted", then a crash inside ``heightForWidth``. A Python-made item's wrapper is never marked
dead that way; only Qt deleting the item (after ``takeAt``) ends it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QWidget, QWidgetItem


class PlacingLayout(QLayout):
    """A layout that keeps its own Python-made items and whose height follows its width. As
    it is, rows one under the other, each as tall as it needs at the width it is given (a
    QVBoxLayout measures a wrapping row at no less than its least width, so a flow whose widest
    group is wider than the page was measured a row short and drawn over the next); a subclass
    places them its own way (``_place``, which only measures unless ``move``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def _place(self, rect: QRect, *, move: bool) -> int:
        y, gap = rect.top(), self._gap()
        for item in self._shown():
            height = item.heightForWidth(rect.width()) if item.hasHeightForWidth() \
                else item.sizeHint().height()
            if move:
                item.setGeometry(QRect(rect.left(), y, rect.width(), height))
            y += height + gap
        return max(0, y - gap - rect.top()) if self._shown() else 0

    def _gap(self) -> int:
        own = self.spacing()
        if own >= 0:
            return own
        parent = self.parentWidget()
        if parent is None:
            return 6
        from PySide6.QtWidgets import QStyle  # its enums wait until a column is placed: start-up

        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing)

    # -- QLayout's items ---------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        """Qt's ``addWidget`` hands over a C++-made item: kept is a Python-made one for the
        same widget (see the module's docstring), and Qt's, ours to delete, is deleted."""
        widget = item.widget()
        if widget is not None and not shiboken6.createdByPython(item):
            own = QWidgetItem(widget)
            own.setAlignment(item.alignment())
            shiboken6.delete(item)
            item = own
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes -------------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]


class FlowLayout(PlacingLayout):
    """Left to right, then onto the next row; ``spacing`` between widgets, ``row_spacing``
    between rows. Its height follows its width (a layout with word-wrapped labels in it)."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6,
                 row_spacing: int = 6) -> None:
        super().__init__(parent)
        self._spacing = spacing
        self._row_spacing = row_spacing

    # -- sizes -------------------------------------------------------------------------------------
    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        """One row, as wide as every widget side by side."""
        shown = [item.sizeHint() for item in self._shown()]
        width = sum(s.width() for s in shown) + self._spacing * max(0, len(shown) - 1)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     max((s.height() for s in shown), default=0)
                     + margins.top() + margins.bottom())

    # -- placing -----------------------------------------------------------------------------------
    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            wanted = item.sizeHint().width()
            if rows[-1] and used + self._spacing + wanted > width:
                rows.append([])
                used = 0
            used += (self._spacing if rows[-1] else 0) + wanted
            rows[-1].append(item)
        return [row for row in rows if row]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the widgets out in ``rect`` (only measure unless ``move``): the height used."""
        area = rect.marginsRemoved(self.contentsMargins())
        y = area.top()
        for row in self._rows(area.width()):
            widths = [item.sizeHint().width() for item in row]
            growing = [i for i, item in enumerate(row)
                       if item.expandingDirections() & Qt.Orientation.Horizontal]
            left = area.width() - sum(widths) - self._spacing * (len(row) - 1)
            for i in growing:  # what is left of the row, shared by the widgets that can grow
                widths[i] += max(0, left) // len(growing)
            height = max(item.sizeHint().height() for item in row)
            x = area.left()
            for item, width in zip(row, widths, strict=True):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + self._spacing
            y += height + self._row_spacing
        margins = self.contentsMargins()
        return y - self._row_spacing - rect.top() + margins.bottom() if self._shown() else 0


def group(*widgets: QWidget) -> QWidget:
    """Widgets kept together on one row of a flow (a label and its box, related buttons)."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return holder
