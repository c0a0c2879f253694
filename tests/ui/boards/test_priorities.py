"""The Prioritise board: counts, quick dot votes, choosing and ranking, all undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.boards.conftest import save_render
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column


def _board(qtbot, doc, undo) -> PrioritiesBoard:
    board = PrioritiesBoard(doc, undo)
    qtbot.addWidget(board)
    board.resize(1280, 720)
    board.show()
    return board


def _cell(board, theme_id, column):
    index = board.proxy.mapFromSource(board.model.index(board.model.row_of(theme_id), column))
    return index.data()


def test_counts_cards_and_people(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    assert _cell(board, "package", Column.CARDS) == "6"
    assert _cell(board, "package", Column.PEOPLE) == str(doc.people_count(doc.theme("package")))
    assert _cell(board, "package", Column.KIND) == "✗ Not working"
    assert _cell(board, "package", Column.PRIORITY) == "★ 1"


def test_sorting_by_a_column_header(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.table.sortByColumn(Column.VOTES, Qt.SortOrder.DescendingOrder)
    first = board.proxy.index(0, Column.THEME).data()
    assert first == doc.theme("package").name
    board.table.sortByColumn(Column.CARDS, Qt.SortOrder.AscendingOrder)
    assert board.proxy.index(0, Column.CARDS).data() == "1"


def test_typing_votes_then_enter_records_them_and_moves_down(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_theme("lonely", Column.VOTES)
    row = board.table.currentIndex().row()
    board.table.setFocus()
    qtbot.keyClicks(board.table, "7")
    editor = board.table.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.theme("lonely").priority.votes == 7)  # Qt commits queued
    assert board.table.currentIndex().row() == row + 1
    undo.stack.undo()
    assert doc.theme("lonely").priority.votes == 4
    undo.stack.redo()
    assert doc.theme("lonely").priority.votes == 7


def test_plus_and_minus_keys_add_and_take_votes(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_theme("meals")
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Plus)
    qtbot.keyClick(board.table, Qt.Key.Key_Plus)
    assert doc.theme("meals").priority.votes == 2
    qtbot.keyClick(board.table, Qt.Key.Key_Minus)
    assert doc.theme("meals").priority.votes == 1
    assert undo.stack.count() == 3
    undo.stack.undo()
    assert doc.theme("meals").priority.votes == 2


def test_space_chooses_a_priority_with_the_next_rank_and_undo_drops_it(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_theme("lonely")
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Space)
    lonely = doc.theme("lonely").priority
    assert (lonely.chosen, lonely.rank) == (True, 3)
    assert "as priority 3" in undo.stack.text(0)
    undo.stack.undo()
    assert (doc.theme("lonely").priority.chosen, doc.theme("lonely").priority.rank) == \
        (False, None)
    undo.stack.redo()
    assert doc.theme("lonely").priority.rank == 3


def test_dropping_a_priority_closes_the_gap_in_ranks(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_theme("package")
    assert board.toggle_chosen()
    assert not doc.theme("package").priority.chosen
    assert doc.theme("who").priority.rank == 1
    undo.stack.undo()
    assert (doc.theme("package").priority.rank, doc.theme("who").priority.rank) == (1, 2)


def test_alt_arrows_rerank_and_refuse_an_unchosen_theme(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_theme("who")
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert (doc.theme("who").priority.rank, doc.theme("package").priority.rank) == (1, 2)
    undo.stack.undo()
    assert doc.theme("who").priority.rank == 2
    undo.stack.redo()
    assert doc.theme("who").priority.rank == 1
    board.select_theme("meals")
    assert not board.move_rank(-1)
    assert "Choose the theme" in board.notice.text()


def test_reason_box_records_why(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.select_theme("who")
    board.reason.setFocus()
    board.reason.setText("Raised at every table")
    qtbot.keyClick(board.reason, Qt.Key.Key_Return)
    assert doc.theme("who").priority.reason == "Raised at every table"
    assert _cell(board, "who", Column.REASON) == "Raised at every table"
    undo.stack.undo()
    assert doc.theme("who").priority.reason == ""


def test_read_only_workshop_refuses_edits(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    undo.read_only = True
    board.select_theme("meals")
    assert not board.add_votes(1)
    assert "read-only" in board.notice.text()


def test_rebuilds_when_another_workshop_is_opened(qtbot, doc, undo):
    from wtfc.model.workshop import Workshop

    board = _board(qtbot, doc, undo)
    doc.replace_workshop(Workshop())
    assert board.proxy.rowCount() == 0
    assert "0 themes" in board.summary.text()


def test_render(qtbot, doc, undo):
    board = _board(qtbot, doc, undo)
    board.resize(1400, 700)
    save_render(board, "priorities_board")


def test_a_long_reason_wraps_and_its_row_grows(qtbot, show):
    from PySide6.QtGui import QFontMetrics

    from wtfc.model.demo import demo_path
    from wtfc.model.document import Document
    from wtfc.model.storage import load_workshop
    from wtfc.ui.undo import UndoAdapter

    doc = Document(load_workshop(demo_path()).workshop)
    board = show(PrioritiesBoard(doc, UndoAdapter(doc)), 1600, 900)
    line = QFontMetrics(board.table.font()).lineSpacing()
    theme = max(doc.workshop.themes, key=lambda t: len(t.priority.reason))
    board.select_theme(theme.id)
    row = board.table.currentIndex().row()
    assert board.table.rowHeight(row) >= 2 * line


def test_the_board_is_called_what_its_tab_is_called(qtbot, doc, undo):
    """Messages elsewhere send the facilitator to "1. Choose priorities": the board says so."""
    from PySide6.QtWidgets import QLabel

    board = PrioritiesBoard(doc, undo)
    qtbot.addWidget(board)
    titles = [label.text() for label in board.findChildren(QLabel)]
    assert "Choose priorities: which themes will we work on?" in titles
    assert "Choose priorities" in board.accessibleName()
