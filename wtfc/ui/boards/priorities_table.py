"""The Prioritise board's table: its filter by kind, and its keys (Enter after a number moves
down, as in a spreadsheet; + - Space and Alt+arrows act before an editor would take them)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView

from wtfc.model.workshop import Kind
from wtfc.ui.boards.priorities_model import SORT_ROLE, PrioritiesTableModel


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

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self.kind is None:
            return True
        theme = self._themes.theme_at(row)
        return theme is not None and theme.kind == self.kind


class VotesTable(QTableView):
    """A table where Enter after typing a number moves down, as in a spreadsheet.

    + - Space and Alt+arrows are handled here, before the table would start an editor with them.
    """

    def __init__(self) -> None:
        super().__init__()
        self.keys: dict[tuple[int, bool], Callable[[], object]] = {}

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
