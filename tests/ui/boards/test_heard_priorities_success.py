"""What a screen reader hears on Choose priorities and Identify success (review 29 R2 #1, #6,
#7, #8, #10, A2 #4): every count cell with its theme, a typed vote, which theme was chosen or
moved, each statement added, deleted or moved, the page's summary (or that no theme is chosen
yet) with the view the keyboard lands in, and Tab through the page's own widgets before the
stage panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.spoken_checks import catch_announcements, described
from wtfc.model.operations.causes import edit_cause
from wtfc.model.workshop import Perspective, Stage
from wtfc.ui.boards.priorities import PrioritiesBoard
from wtfc.ui.boards.priorities_model import Column
from wtfc.ui.boards.spoken_changes import rank_said
from wtfc.ui.boards.success import SuccessBoard
from wtfc.ui.boards.success_causes import NONE_YET

SAID = Qt.ItemDataRole.AccessibleTextRole
OLDER, CARERS = Perspective.OLDER_PEOPLE, Perspective.FAMILY_CARERS


def _cell(board: PrioritiesBoard, theme_id: str, column: Column) -> str:
    index = board.proxy.mapFromSource(board.model.index(board.model.row_of(theme_id), column))
    return index.data(SAID)


def test_each_count_cell_and_the_kind_say_their_theme_in_words(qtbot, show, doc, undo):
    board = show(PrioritiesBoard(doc, undo), 1280, 720)
    theme = doc.theme("lonely")
    name, votes = theme.name, theme.priority.votes
    assert _cell(board, "lonely", Column.VOTES) == f"{votes} votes: {name}"
    assert _cell(board, "lonely", Column.CARDS) == f"{len(theme.card_ids)} cards: {name}"
    people = doc.people_count(theme)
    assert _cell(board, "lonely", Column.PEOPLE).startswith(f"{people} people")
    assert _cell(board, "lonely", Column.PEOPLE).endswith(f": {name}")
    assert _cell(board, "lonely", Column.KIND) == f"Not working: {name}"  # no "✗"
    # shown as before: the figure alone
    shown = board.proxy.mapFromSource(board.model.index(board.model.row_of("lonely"),
                                                        Column.VOTES))
    assert shown.data(Qt.ItemDataRole.DisplayRole) == str(votes)


def test_a_typed_vote_and_enter_is_said_and_undoable(qtbot, show, doc, undo, monkeypatch):
    board = show(PrioritiesBoard(doc, undo), 1280, 720)
    name, before = doc.theme("lonely").name, doc.theme("lonely").priority.votes
    board.select_theme("lonely")
    board.table.setFocus()
    said = catch_announcements(monkeypatch)
    qtbot.keyClicks(board.table, "1")  # opens the cell's editor with the 1 typed
    editor = board.table.focusWidget()
    qtbot.keyClicks(editor, "7")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: doc.theme("lonely").priority.votes == 17)  # Qt commits queued
    assert said == [f"17 votes: {name}"]  # the cursor moved down: the theme was not said
    undo.stack.undo()
    assert doc.theme("lonely").priority.votes == before
    undo.stack.redo()
    assert doc.theme("lonely").priority.votes == 17


def test_chosen_and_moved_name_the_theme_short():
    from wtfc.model.workshop import Kind, Priority, Theme

    theme = Theme(id="t", name="I am not sure who is coming or when, and nobody rings to say "
                  "that the visit is late", kind=Kind.NOT_WORKING,
                  priority=Priority(chosen=True, rank=4))
    assert rank_said(theme) == "Chosen as priority 4: I am not sure who is coming or when…"
    assert rank_said(theme, moved=True).startswith("Now priority 4: I am not sure")


def test_the_summary_is_said_with_the_table_and_kept_up_to_date(qtbot, show, doc, undo):
    board = show(PrioritiesBoard(doc, undo), 1280, 720)
    total = sum(t.priority.votes for t in doc.workshop.themes)
    words = described(board.table)
    assert f"{total} votes recorded" in words and "chosen as priorit" in words
    assert "biggest “not working” themes" in words and "·" not in words
    assert "Space chooses a priority" in words  # its keys, as before
    board.select_theme("lonely")
    board.table.setFocus()
    qtbot.keyClick(board.table, Qt.Key.Key_Plus)
    assert f"{total + 1} votes recorded" in described(board.table)


def _success(show, doc, undo) -> SuccessBoard:
    return show(SuccessBoard(doc, undo), 1600, 800)


def test_adding_deleting_and_moving_a_statement_are_said(qtbot, show, doc, undo, monkeypatch):
    board = _success(show, doc, undo)
    said = catch_announcements(monkeypatch)
    entry = board.columns[OLDER].entry
    qtbot.keyClicks(entry, "I choose when my carer comes")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert said == ["Added to Older people would say: 2 statements"]
    undo.stack.undo()
    assert len(board.statements(OLDER)) == 1
    undo.stack.redo()
    assert len(board.statements(OLDER)) == 2

    column = board.columns[OLDER].list
    column.setFocus()
    column.setCurrentRow(1)
    qtbot.keyClick(column, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert said[-1] == "Moved up: 1 of 2 in Older people would say"
    assert board.statements(OLDER)[0] == "I choose when my carer comes"
    qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert said[-1] == "Moved to Family carers would say: 1 statement"

    older = board.columns[OLDER].list
    older.setFocus()
    older.setCurrentRow(0)
    qtbot.keyClick(older, Qt.Key.Key_Delete)
    assert said[-1] == ("Deleted: 'I have time to talk with the people who help me'. "
                        "Older people would say: 0 statements left.")
    undo.stack.undo()
    assert board.statements(OLDER) == ["I have time to talk with the people who help me"]


def test_a_delete_that_unlinks_actions_says_both(qtbot, show, doc, undo, monkeypatch):
    from wtfc.model.operations.success import actions_aiming_at

    board = _success(show, doc, undo)
    linked = next(s for s in doc.workshop.success if actions_aiming_at(doc, s.id))
    board.selector.select_theme(linked.theme_id)
    said = catch_announcements(monkeypatch)
    assert board.delete_statement(linked.id)
    assert said[-1].startswith("Deleted: '") and board.status.text()
    assert said[-1].endswith(board.status.text())  # what the line under the columns shows
    assert len(said) == 1


def test_each_column_says_the_theme_and_the_causes_agreed(qtbot, show, doc, undo):
    board = _success(show, doc, undo)
    words = described(board.columns[CARERS].list)
    assert words.startswith(f"Theme: Priority 1: {doc.theme('package').name}")
    assert "We agreed to act on: Contracts pay by the minute, not by outcome." in words
    assert words.endswith(board.columns[CARERS].list.toolTip())  # its keys, as before
    undo.push(edit_cause(doc, cause_id="e", agreed=True))  # marked on the why-tree
    assert "; Training covers tasks, not getting to know people." in \
        described(board.columns[OLDER].list)
    board.selector.select_theme("who")
    assert NONE_YET in described(board.columns[OLDER].list)


def test_with_no_priority_theme_yet_the_column_says_where_to_choose_one(qtbot, show):
    """Before any theme is chosen the column said only keys that do nothing there; the Theme
    box's words, cut short on a laptop, were never heard (review 29 A2 #4)."""
    from wtfc.model.document import Document
    from wtfc.ui.undo import UndoAdapter

    doc = Document()
    board = show(SuccessBoard(doc, UndoAdapter(doc)), 1093, 614)
    words = described(board.columns[OLDER].list)
    assert words.startswith("No priority themes yet: choose some on the “1. Choose priorities” "
                            "tab of 4 Understand (Ctrl+4). ")
    assert words.endswith(board.columns[OLDER].list.toolTip())


def _tab_until_out(qtbot, page, start) -> list:
    """The widgets Tab reaches from ``start`` up to the first one outside ``page``."""
    start.setFocus()
    reached = [start]
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is start or not page.isAncestorOf(widget):
            return reached
        reached.append(widget)
    return reached


def test_tab_goes_through_understand_before_the_stage_panel(demo_window, qtbot):
    demo_window.go_to_stage(Stage.UNDERSTAND, focus=True)
    page = demo_window.page(Stage.UNDERSTAND)
    board = page.priorities
    qtbot.waitUntil(board.table.hasFocus)
    reached = _tab_until_out(qtbot, page, board.table)
    buttons = [b for b in board.findChildren(QPushButton) if b.isVisible()]
    assert reached == [board.table, board.reason, *buttons, page.tabBar(), board.kind_filter]
    # from the stage panel, Tab comes into the page at its table, not its tab bar
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    for _ in range(10):
        if page.isAncestorOf(QApplication.focusWidget()):
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is board.table
    # Ctrl+Tab still goes to the why-trees, and the tab bar is a stop there too
    qtbot.keyClick(board.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.currentWidget() is page.causes


def test_tab_goes_through_identify_success_before_the_stage_panel(demo_window, qtbot):
    demo_window.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)
    board = demo_window.page(Stage.IDENTIFY_SUCCESS)
    start = board.focus_target()
    qtbot.waitUntil(start.hasFocus)
    reached = _tab_until_out(qtbot, board, start)
    assert reached[-2:] == [board.prompts, board.selector]
    assert all(c.list in reached and c.entry in reached for c in board.columns.values())
