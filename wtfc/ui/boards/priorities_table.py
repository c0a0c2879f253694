"""The Prioritise board's table: its filter by kind, and its keys (Enter after a number moves
down, as in a spreadsheet; + - Space and Alt+arrows act before an editor would take them).

Rows stay where they are while votes are typed and priorities chosen, so the row under the
keyboard never jumps away. While that leaves them out of the heading's order ("#1" in the fifth
row) the heading's sort arrow is hidden, since it would say they are sorted; a click on the
heading sorts them again (in the order the arrow had), as does coming back to the board.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QStyledItemDelegate,
    QTableView,
)

from wtfc.model.workshop import Kind
from wtfc.ui.boards.priorities_model import SORT_ROLE, PrioritiesTableModel
from wtfc.ui.date_box import ENGLISH_DATES


class KindFilter(QSortFilterProxyModel):
    """``themes``' rows of one kind (all when ``kind`` is None)."""

    def __init__(self, themes: PrioritiesTableModel) -> None:
        super().__init__()
        self._themes = themes
        self.setSourceModel(themes)
        self.kind: Kind | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)  # rows stay put while votes are typed in

    def set_kind(self, kind: Kind | None) -> None:
        self.beginFilterChange()
        self.kind = kind
        self.endFilterChange()
        # the rows let back in come in the source's order (no dynamic sort): sorted again, as a
        # choice of what to show is no typing of votes (All kinds had #1 #2 #3 in rows 4-6)
        if self.sortColumn() >= 0:
            self.sort(self.sortColumn(), self.sortOrder())

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self.kind is None:
            return True
        theme = self._themes.theme_at(row)
        return theme is not None and theme.kind == self.kind

    def in_order(self) -> bool:
        """Whether the rows shown are still in the order last sorted by (an edit since may have
        put a later one before an earlier one: rows stay put while votes are typed)."""
        column = self.sortColumn()
        if column < 0:
            return True
        rows = [self.mapToSource(self.index(row, column)) for row in range(self.rowCount())]
        if self.sortOrder() == Qt.SortOrder.DescendingOrder:
            rows.reverse()
        return not any(self.lessThan(later, earlier) for earlier, later in pairwise(rows))


class OpaqueEditors(QStyledItemDelegate):
    """Editors that paint their own background: the Votes spin box let the cell's old count show
    through its arrow strip, "15" beside a "4" read as 154."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if editor is not None:
            editor.setAutoFillBackground(True)
        return editor


class VotesTable(QTableView):
    """A table where Enter after typing a number moves down, as in a spreadsheet.

    + - Space and Alt+arrows are handled here, before the table would start an editor with them.
    """

    def __init__(self) -> None:
        super().__init__()
        # Latin digits, as the count boxes: the Votes editor (Qt's own spin box, which takes
        # its locale from here) read "١٤" on an ar-SA laptop beside "39 votes recorded"
        self.setLocale(ENGLISH_DATES)
        self.setItemDelegate(OpaqueEditors(self))
        self.keys: dict[tuple[int, bool], Callable[[], object]] = {}
        self.horizontalHeader().sectionPressed.connect(self._on_heading_pressed)

    def setModel(self, model) -> None:
        super().setModel(model)
        for signal in (model.dataChanged, model.layoutChanged, model.modelReset,
                       model.rowsInserted, model.rowsRemoved):
            signal.connect(self._show_arrow_if_sorted)
        self._show_arrow_if_sorted()

    def _show_arrow_if_sorted(self, *_: object) -> None:
        model, header = self.model(), self.horizontalHeader()
        sorted_ = not isinstance(model, KindFilter) or model.in_order()
        if sorted_ and isinstance(model, KindFilter) and model.sortColumn() >= 0 and (
                header.sortIndicatorOrder() != model.sortOrder()):
            # the rows' own order: a press on the hidden arrow released off it had flipped it
            with QSignalBlocker(header):
                header.setSortIndicator(model.sortColumn(), model.sortOrder())
        header.setSortIndicatorShown(sorted_)
        header.setToolTip("" if sorted_ else
                          "The rows stay where they are while votes are typed: click a "
                          "heading to sort them again")

    def _on_heading_pressed(self, column: int) -> None:
        """A click on the hidden arrow's heading sorts in the order it had: Qt would flip it,
        and "Priority" would put the last priority first."""
        header, model = self.horizontalHeader(), self.model()
        if (not header.isSortIndicatorShown() and isinstance(model, KindFilter)
                and column == model.sortColumn()):
            # from the rows' order, not the arrow's: a press released off the heading (no click,
            # no sort) has already flipped that
            flipped = Qt.SortOrder.DescendingOrder \
                if model.sortOrder() == Qt.SortOrder.AscendingOrder \
                else Qt.SortOrder.AscendingOrder
            with QSignalBlocker(header):  # (no sort now: the release flips it back, and sorts)
                header.setSortIndicator(column, flipped)

    def showEvent(self, event) -> None:
        model = self.model()
        if isinstance(model, KindFilter) and not model.in_order():  # back on the board: sorted
            self.sortByColumn(model.sortColumn(), model.sortOrder())
        super().showEvent(event)

    def keyPressEvent(self, event) -> None:
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        handler = self.keys.get((event.key(), alt))
        if handler is not None and self.state() != QAbstractItemView.State.EditingState:
            handler()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            current = self.currentIndex()
            below = current.sibling(current.row() + 1, current.column())
            if below.isValid():
                self.setCurrentIndex(below)
