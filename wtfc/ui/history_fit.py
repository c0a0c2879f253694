"""Edit > History (Ctrl+H) opens wide enough to tell its rows apart, beside the page where the
window has room, under it where it has not.

At 16 pt on a 1024×768 laptop the list opened as a 65-px strip at the window's right: its rows
read "Go to", "Add ca", "Add su" (which step to jump to could not be told) and the page beside
it lost the width its buttons need. Shown, it now asks for about ``LEAST_LETTERS`` average
letters of its font. Where the page, the Stages list and that width do not fit side by side the
list goes under the page, the whole window wide, about ``ROWS_UNDER`` rows tall. A row still
too long is cut at its end, the whole label in its tooltip: the step's kind and the start of its
words show. Cut in its middle, a county wall's hundreds of moves read "Move 1 card to 'I …t
benefits from …'" (every theme opens "I", and a quoted name ends "…'"), none told apart.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListView,
    QMainWindow,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QUndoView,
)

from wtfc.ui.fingers import ItemFingers
from wtfc.ui.plain_tip import plain_tip

LEAST_LETTERS = 24  # "Add success statement 'I…" reads: the step's kind and its first words
ROWS_UNDER = 6  # under the page: enough steps to choose from, the page keeps the rest
_RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
_BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea
_PLACED = "history placed"  # the area this module last put the dock in (dynamic property)


class WholeLabelTip(QStyledItemDelegate):
    """A row no wider than the list, so a long one is cut (at its end) rather than run past
    the list's edge; cut short, it shows its whole label as a tooltip."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            hint.setWidth(min(hint.width(), view.viewport().width()))
        return hint

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        from PySide6.QtWidgets import QStyle

        label = str(index.data() or "")
        room = option.rect.width() - 2 * view.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) - 4
        if view.fontMetrics().horizontalAdvance(label) > room:
            QToolTip.showText(event.globalPos(), plain_tip(label), view, option.rect)
        else:
            QToolTip.hideText()
        return True


def set_up(view: QUndoView) -> None:
    """Rows cut at their end to the list's width (no sideways scrolling), whole in a tooltip."""
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setItemDelegate(WholeLabelTip(view))
    view.installEventFilter(_Relayout(view))
    # a finger's flick scrolls it: left to Qt, the flick chose each row it passed, and the
    # workshop was undone or redone to each in turn
    ItemFingers(view)


class _Relayout(QObject):
    """The rows laid out again as the list gets wider or narrower: a list laid out top to
    bottom does so only as its height changes, even when told to adjust, so a row kept the
    width it was first given (cut at 286 px under a 1004-px window)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QListView) and isinstance(event, QResizeEvent) \
                and event.size().width() != event.oldSize().width():
            watched.doItemsLayout()
        return False


def least_width(view: QUndoView) -> int:
    """About ``LEAST_LETTERS`` average letters of the list's font, with its frame and scroll
    bar."""
    # QStyle imported here, at the first Ctrl+H: its ~620 enum members cost start-up ~45 M
    from PySide6.QtWidgets import QStyle

    return (LEAST_LETTERS * view.fontMetrics().averageCharWidth() + 2 * view.frameWidth()
            + view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view) + 8)


def fit(window: QMainWindow, dock: QDockWidget) -> None:
    """Shown: beside the page at ``least_width`` where the window has room for both, else under
    the page. A dock the facilitator moved elsewhere (floated, or to the left) stays there."""
    view = dock.widget()
    central = window.centralWidget()
    area = window.dockWidgetArea(dock)
    if not isinstance(view, QUndoView) or central is None or dock.isFloating() \
            or area not in (_RIGHT, dock.property(_PLACED) or _RIGHT):
        return
    from PySide6.QtWidgets import QStyle

    want = least_width(view)
    separator = window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent,
                                           None, window)
    beside = sum(other.width() + separator for other in window.findChildren(QDockWidget)
                 if other is not dock and other.isVisible() and not other.isFloating()
                 and window.dockWidgetArea(other) in (Qt.DockWidgetArea.LeftDockWidgetArea,
                                                      _RIGHT))
    room = window.width() - beside - central.minimumSizeHint().width() - separator
    place = _RIGHT if room >= want else _BOTTOM
    if area != place:
        window.addDockWidget(place, dock)
    dock.setProperty(_PLACED, place)
    if place == _RIGHT:
        window.resizeDocks([dock], [max(want, min(dock.width(), room))],
                           Qt.Orientation.Horizontal)
    else:
        rows = ROWS_UNDER * max(view.sizeHintForRow(0), view.fontMetrics().height())
        window.resizeDocks([dock], [rows + 2 * view.frameWidth()], Qt.Orientation.Vertical)
