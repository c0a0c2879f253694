"""Choose priorities' table fits its rows and columns to their words, so each relayout (the
board resized, a column hidden, the page shown) measured every cell again, ~10 look-ups of its
data each: 80 boards built in a third of the test suite looked their data up ~980,000 times.
A cell is measured once now, until its model says something changed; what is drawn is not."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.settled import settle
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column


def _board(qtbot, doc, undo) -> PrioritiesBoard:
    board = PrioritiesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(911, 512)  # a 1366×768 laptop at 150%
    board.show()
    qtbot.waitExposed(board)
    return board


class Remembered(dict):
    """The delegate's sizes, counting those asked for and those measured anew."""

    def __init__(self) -> None:
        super().__init__()
        self.asked = self.measured = 0

    def get(self, key, default=None):
        self.asked += 1
        self.measured += key not in self
        return super().get(key, default)


def test_a_taller_board_measures_no_cell_again(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.resize(911, 600)
    settle()
    sizes = board.table.itemDelegate()._sizes = Remembered()  # (empty: each measured anew)
    board.resize(911, 700)  # the rows' heights follow again; their words are the same
    settle()
    first = sizes.asked
    assert first and sizes.measured == first  # every cell asked for its size
    board.resize(911, 600)
    settle()
    board.resize(911, 700)
    settle()
    assert sizes.asked >= 3 * first  # and again at each resize
    assert sizes.measured == first  # but measured once


def test_a_vote_typed_is_measured_again_and_its_row_fits_its_words(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    table = board.table
    model = table.model()
    board.select_theme("lonely", Column.VOTES)
    votes = table.currentIndex()
    assert model.setData(votes, 123, Qt.ItemDataRole.EditRole)
    settle()
    assert votes.data() in ("123", 123)
    # the Votes column as wide as its widest count again, as measured afresh
    assert table.columnWidth(Column.VOTES) >= table.sizeHintForColumn(Column.VOTES)
    # and every row as tall as its words, measured afresh
    rows = table.verticalHeader()
    for r in range(model.rowCount()):
        fits = min(max(table.sizeHintForRow(r), rows.minimumSectionSize()),
                   rows.maximumSectionSize())
        assert table.rowHeight(r) == fits
