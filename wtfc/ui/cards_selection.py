"""The cards chosen in the Collect table, read from the selection's ranges.

``selectedRows()`` asks the (Python) model for its size once per row: with all 10,000 cards
selected it took 0.6 s, and the buttons asked on every change of the selection (Ctrl+A froze
1.5–3.6 s; deleting every card read it three times, 4.6 s). The ranges are a handful of
(top, bottom) pairs whatever the number of rows.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QTableView

from wtfc.ui.cards_table import CardsFilter, CardsModel


class CardsSelection:
    """The table's chosen cards by id, in the table's order; choosing cards by id."""

    def __init__(self, table: QTableView, model: CardsModel, proxy: CardsFilter) -> None:
        self._table, self._model, self._proxy = table, model, proxy
        self._kept: list[str] = []  # chosen before the model was read afresh

    def keep(self) -> None:
        """Remember the chosen cards before the model is read afresh, for ``restore``."""
        self._kept = self.ids()

    def restore(self) -> None:
        self.select(self._kept)

    def _ranges(self) -> list[tuple[int, int]]:
        model = self._table.selectionModel()
        return [] if model is None else [(r.top(), r.bottom()) for r in model.selection()]  # type: ignore[attr-defined]

    def rows(self) -> list[int]:
        """The table's rows chosen, top to bottom (ranges may overlap: each row once)."""
        ranges = self._ranges()
        if len(ranges) == 1:
            top, bottom = ranges[0]
            return list(range(top, bottom + 1))
        return sorted({row for top, bottom in ranges for row in range(top, bottom + 1)})

    def first_row(self) -> int | None:
        return min((top for top, _ in self._ranges()), default=None)

    def count_up_to(self, most: int) -> int:
        """How many rows are chosen, counted no further than ``most`` (Edit asks "just one?")."""
        seen: set[int] = set()
        for top, bottom in self._ranges():
            seen.update(range(top, min(bottom, top + most) + 1))
            if len(seen) >= most:
                return most
        return len(seen)

    def ids(self) -> list[str]:
        rows = self.rows()
        if self._proxy.rowCount() == self._model.rowCount():  # nothing filtered out: same rows
            return [self._model.card_at(row).id for row in rows]
        to_source, index = self._proxy.mapToSource, self._proxy.index
        return [self._model.card_at(to_source(index(row, 0)).row()).id for row in rows]

    def any_held_back(self) -> bool:
        """Is a held-back card among the chosen? Asked of the few held back, not every row."""
        selection = self._table.selectionModel()
        if selection is None or not selection.hasSelection():
            return False
        held = self._model.held_back_ids()
        if len(held) > self.count_up_to(len(held)):  # fewer chosen than held back: ask them
            return any(card_id in held for card_id in self.ids())
        for card_id in held:
            index = self._proxy_index(card_id)
            if index.isValid() and selection.isSelected(index):
                return True
        return False

    def select(self, card_ids: list[str]) -> None:
        """Choose these cards (those the filter shows), the first made current and scrolled to;
        one change of the selection, however many cards."""
        selection = self._table.selectionModel()
        shown = [i for i in map(self._proxy_index, card_ids) if i.isValid()]
        rows = sorted({i.row() for i in shown})
        chosen = QItemSelection()
        last_column = self._proxy.columnCount() - 1
        start = 0
        for at, row in enumerate(rows):  # runs of neighbouring rows as one range each
            if at + 1 == len(rows) or rows[at + 1] != row + 1:
                chosen.select(
                    self._proxy.index(rows[start], 0), self._proxy.index(row, last_column)
                )
                start = at + 1
        selection.select(
            chosen,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if shown:
            selection.setCurrentIndex(shown[0], QItemSelectionModel.SelectionFlag.NoUpdate)
            self._table.scrollTo(shown[0])

    def choose_row(self, row: int) -> None:
        """The card now in ``row`` (or the last one), chosen: after a card leaves the table the
        keyboard keeps its place, so the next key acts on the card that moved up."""
        rows = self._proxy.rowCount()
        if rows:
            row = min(row, rows - 1)
            self.select(
                [self._model.card_at(self._proxy.mapToSource(self._proxy.index(row, 0)).row()).id]
            )

    def choose_first_if_none(self) -> None:
        """The first row shown chosen, if none is: "Only cards held back" ticked left the
        table with no card chosen, so Alt+D did nothing until an arrow was pressed."""
        selection = self._table.selectionModel()
        if selection is not None and not selection.hasSelection():
            self.choose_row(0)

    def _proxy_index(self, card_id: str) -> QModelIndex:
        row = self._model.row_of(card_id)
        if row is None:
            return QModelIndex()
        return self._proxy.mapFromSource(self._model.index(row, 0))
