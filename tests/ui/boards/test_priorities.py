"""The Prioritise board: counts, quick dot votes, choosing and ranking, all undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.renders import save_render
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
    assert _cell(board, "package", Column.PRIORITY) == "#1"


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
    # what the picture shows: every theme, the two priorities first, no column cut off
    rows = [[board.proxy.index(r, c).data() for c in (Column.PRIORITY, Column.THEME)]
            for r in range(board.proxy.rowCount())]
    assert sorted(name for _, name in rows) == sorted(t.name for t in doc.workshop.themes)
    assert rows[:2] == [["#1", doc.theme("package").name], ["#2", doc.theme("who").name]]
    assert not board.table.horizontalScrollBar().isVisible()


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


# -- a reason being typed is never thrown away ---------------------------------------------------
def _type_reason(qtbot, board, theme_id, words):
    board.select_theme(theme_id)
    board.reason.setFocus()
    qtbot.waitUntil(board.reason.hasFocus)
    qtbot.keyClicks(board.reason, words)


def test_a_reason_typed_then_clicking_another_theme_is_kept(qtbot, doc, undo, show):
    board = show(PrioritiesBoard(doc, undo), 1366, 700)
    _type_reason(qtbot, board, "who", "Raised at every table")
    other = board.proxy.mapFromSource(board.model.index(board.model.row_of("lonely"),
                                                        Column.THEME))
    qtbot.mouseClick(board.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=board.table.visualRect(other).center())
    assert board.current_theme().id == "lonely"
    assert doc.theme("who").priority.reason == "Raised at every table"
    assert board.reason.text() == ""  # the box now shows the theme clicked on
    assert _cell(board, "who", Column.REASON) == "Raised at every table"
    undo.stack.undo()
    assert doc.theme("who").priority.reason == ""


def test_a_reason_typed_then_tabbing_away_or_arrowing_on_is_kept(qtbot, doc, undo, show):
    board = show(PrioritiesBoard(doc, undo), 1366, 700)
    _type_reason(qtbot, board, "who", "Late every week")
    qtbot.keyClick(board.reason, Qt.Key.Key_Backtab)  # Shift+Tab: back to the table
    assert doc.theme("who").priority.reason == "Late every week"
    _type_reason(qtbot, board, "package", " and nobody listens")
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Down)
    assert doc.theme("package").priority.reason == \
        "Most cards, and every table raised it and nobody listens"
    assert board.reason.text() == doc.theme(board.current_theme().id).priority.reason


def test_moving_the_cursor_records_the_reason_for_the_theme_it_was_typed_for(qtbot, doc, undo,
                                                                              show):
    """The cursor moved without the box losing the keyboard (a click on a button, say)."""
    board = show(PrioritiesBoard(doc, undo), 1366, 700)
    _type_reason(qtbot, board, "who", "Rotas change daily")
    board.select_theme("meals")
    assert doc.theme("who").priority.reason == "Rotas change daily"
    assert doc.theme("meals").priority.reason == ""
    assert board.reason.text() == ""


def test_commit_pending_records_the_reason_being_typed(qtbot, doc, undo, show):
    """What the window asks before saving, exporting or changing stage."""
    board = show(PrioritiesBoard(doc, undo), 1366, 700)
    _type_reason(qtbot, board, "who", "Half-typed when Save was pressed")
    assert board.commit_pending()
    assert doc.theme("who").priority.reason == "Half-typed when Save was pressed"
    assert board.commit_pending()  # nothing new: no second step
    assert undo.stack.count() == 1


def test_a_refused_reason_keeps_its_words_and_its_theme(qtbot, doc, undo, show):
    board = show(PrioritiesBoard(doc, undo), 1366, 700)
    board.select_theme("who")
    board.reason.setFocus()
    board.reason.setText("x" * 4001)  # longer than a reason may be
    assert not board.commit_pending()
    assert board.notice.isVisible()
    board.select_theme("meals")  # refused again: the cursor goes back to the words' theme
    assert board.current_theme().id == "who"
    assert board.reason.text() == "x" * 4001
    assert doc.theme("who").priority.reason == ""


def test_a_reason_being_typed_stays_while_another_edit_lands(qtbot, doc, undo, show):
    board = show(PrioritiesBoard(doc, undo), 1366, 700)
    _type_reason(qtbot, board, "who", "Still typing")
    board.add_votes(1)  # the "+1 vote" button: it takes no focus from the box
    assert board.reason.text() == "Still typing"
    assert board.reason.hasFocus()


def test_the_title_and_summary_are_whole_at_150_percent(qtbot, doc, undo):
    """A 1366×768 laptop at 150% leaves the board ~675 logical pixels: the title read "Choose
    priorities: which themes will we work" and the summary ended "Space chooses a pr"."""
    from PySide6.QtWidgets import QLabel, QWidget

    window = QWidget()  # as the main window's stage page: squeezed below its own wish
    qtbot.addWidget(window)
    board = PrioritiesBoard(doc, undo, window)
    board.setGeometry(0, 0, 675, 553)
    window.resize(675, 553)
    window.show()
    qtbot.waitExposed(window)
    labels = {label.text(): label for label in board.findChildren(QLabel) if label.isVisible()}
    title = labels["Choose priorities: which themes will we work on?"]
    for label in (title, board.summary):
        assert label.text().endswith(("?", "priority."))
        one_line = label.sizeHint().width() <= label.width()
        assert one_line or (label.wordWrap()
                            and label.height() >= label.heightForWidth(label.width())), \
            label.text()


def test_the_summary_points_to_the_not_working_themes_and_stays_whole(qtbot, doc, undo):
    """Choosing a Future theme passed without a word, though the method takes forward the
    biggest "not working" themes (the room analyses those clusters); one line says so, and
    the summary is still whole in the ~675 px a 1366×768 laptop leaves it at 150%."""
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    board = PrioritiesBoard(doc, undo, window)
    board.setGeometry(0, 0, 675, 553)
    window.resize(675, 553)
    window.show()
    qtbot.waitExposed(window)
    text = board.summary.text()
    assert ("Working Together for Change usually takes the biggest “not working” themes "
            "forward; others are welcome.") in text
    assert text.endswith("Space chooses a priority.")  # the keys still close it
    assert board.summary.height() >= board.summary.heightForWidth(board.summary.width())
    assert board.table.viewport().height() >= 4 * board.table.verticalHeader().defaultSectionSize()
