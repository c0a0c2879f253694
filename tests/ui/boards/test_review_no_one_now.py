"""On the Review board, a priority whose only person withdrew reads "▼", never "= About the
same share of people" beside "1 of 59 → 0 of 58" (code review W1 R3)."""

from __future__ import annotations

from tests.model.reviewed_workshops import CARERS, NW, reviewed
from wtfc.model.document import Document
from wtfc.model.storage import save_workshop
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.undo import UndoAdapter

WAITING = "I am kept waiting on the phone for an hour"


def test_the_board_marks_a_theme_no_one_says_now_as_smaller(qtbot, tmp_path):
    before = reviewed({"Carers": (NW, CARERS, 20), "I am kept waiting": (NW, WAITING, 1)}, 59)
    save_workshop(before, tmp_path / "last.wtfc")
    doc = Document(reviewed({"Carers": (NW, CARERS, 20),
                             "I am kept waiting": (NW, WAITING, 0)}, 58))
    board = ReviewBoard(doc, UndoAdapter(doc))
    qtbot.addWidget(board)
    board.show()
    assert board.load_previous(tmp_path / "last.wtfc")
    rows = [[board.themes.topLevelItem(r).text(c) for c in range(board.themes.columnCount())]
            for r in range(board.themes.topLevelItemCount())]
    waiting = next(row for row in rows if any("I am kept waiting" in cell for cell in row))
    assert waiting[0].startswith("▼ A smaller share of people said this")
    assert "1 of 59 → 0 of 58" in " ".join(waiting)
    assert "1 a smaller share (▼)" in board.summary.text()
