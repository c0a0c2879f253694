"""Going forward (a later row of Edit > History clicked, or Edit > Redo) with a reason typed and
not entered: the words were recorded first, as a new step, which took away every step ahead, so
the click went nowhere and the votes it would have brought back stayed undone, said by no one
(review 33 A6). Now the facilitator is asked first: enter the words and stay, drop them and go
forward, or Cancel (nothing changes). Going back records the words first, as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.boards.test_priorities_merge_keeps_row import _priorities_shown
from tests.ui.renders import save_render
from tests.ui.settled import settle
from tests.ui.test_history_jump_said import _click_row
from wtfc.model.operations.themes import set_priority
from wtfc.model.workshop import Perspective, Stage
from wtfc.ui import typed_ahead
from wtfc.ui.boards.causes import CausesBoard
from wtfc.ui.boards.success import SuccessBoard
from wtfc.ui.boards.why_tree_layout import ROOT

WORDS = "My words for five"


def _gone_back_and_typed(qtbot, w, history: bool = True):
    """Votes for t06 and t04, both undone; a reason typed for t05 and not entered. With
    ``history=False`` Edit > History is left unmade (tests/ui/test_history_first_door.py)."""
    board = _priorities_shown(w)
    if history:
        w.history_dock.show()
    settle()
    stack = w.undo.stack
    start = stack.index()
    for theme_id, more in (("t06", 2), ("t04", 1)):
        w.undo.push(set_priority(w.doc, theme_id=theme_id,
                                 votes=w.doc.theme(theme_id).priority.votes + more))
    votes = {t: w.doc.theme(t).priority.votes for t in ("t06", "t04")}
    stack.setClean()  # saved here
    stack.setIndex(start)
    settle()
    board.select_theme("t05")
    settle()
    board.reason.setFocus()
    qtbot.waitUntil(board.reason.hasFocus)
    board.reason.selectAll()
    qtbot.keyClicks(board.reason, WORDS)
    return board, start, votes


@pytest.fixture
def answer(monkeypatch):
    """The question answered ``answer.choice``; what it was asked kept in ``answer.asked``."""
    class Answer:
        choice = typed_ahead.CANCEL
        asked: list[tuple[str, int]] = []

    def ask(_parent, words, later, moving=None):
        Answer.asked.append((words, later) if moving is None else (words, later, moving))
        return Answer.choice

    Answer.asked = []
    monkeypatch.setattr(typed_ahead, "ask", ask)
    return Answer


def test_a_later_row_clicked_asks_cancel_keeps_all_and_drop_goes_forward(
        qtbot, demo_window, answer):
    w = demo_window
    board, start, votes = _gone_back_and_typed(qtbot, w)
    reason, stack, view = w.doc.theme("t05").priority.reason, w.undo.stack, w.history_dock.widget()
    _click_row(qtbot, view, start + 2)  # Cancel: nothing changes
    qtbot.waitUntil(lambda: bool(answer.asked))
    settle()
    assert answer.asked == [(WORDS, 2)]
    assert (stack.index(), stack.count()) == (start, start + 2)
    assert w.doc.theme("t05").priority.reason == reason
    assert board.reason.text() == WORDS and board.reason.hasFocus()  # to type on
    assert view.currentIndex().row() == start  # the list shows where the workshop is

    answer.choice = typed_ahead.DROP
    _click_row(qtbot, view, start + 2)
    qtbot.waitUntil(lambda: stack.index() == start + 2)
    assert stack.count() == start + 2  # the later steps are still there, and gone to
    assert {t: w.doc.theme(t).priority.votes for t in votes} == votes
    assert w.doc.theme("t05").priority.reason == reason
    # dropped from the box too: it shows the reason of the theme the last step changed, as
    # two Redos leave it
    assert board.current_theme().id == "t04"
    assert board.reason.text() == w.doc.theme("t04").priority.reason
    assert w.statusBar().currentMessage().startswith("Went forward to: Record ")
    assert w.statusBar().currentMessage().endswith("what you typed was not entered")
    board.select_theme("t05")
    settle()
    assert board.reason.text() == reason
    stack.undo()  # the steps are as they were: Undo and Redo take and give them
    assert w.doc.theme("t04").priority.votes == votes["t04"] - 1
    stack.redo()
    assert w.doc.theme("t04").priority.votes == votes["t04"]


def test_ctrl_y_in_the_box_asks_and_enter_records_the_words_and_stays(
        qtbot, demo_window, answer):
    w = demo_window
    board, start, _votes = _gone_back_and_typed(qtbot, w)
    reason, stack = w.doc.theme("t05").priority.reason, w.undo.stack
    answer.choice = typed_ahead.ENTER
    qtbot.keyClick(board.reason, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert answer.asked == [(WORDS, 2)]
    assert w.doc.theme("t05").priority.reason == WORDS
    assert (stack.index(), stack.count()) == (start + 1, start + 1)
    assert "the 2 later steps in History went" in w.statusBar().currentMessage()
    stack.undo()  # the words are one step, as any edit
    assert w.doc.theme("t05").priority.reason == reason
    stack.redo()
    assert w.doc.theme("t05").priority.reason == WORDS


def test_the_question_in_plain_words_and_nothing_recorded_while_it_shows(qtbot, demo_window):
    w = demo_window
    w.activateWindow()  # the question takes the keyboard from an active window's box
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    board, start, _votes = _gone_back_and_typed(qtbot, w)
    stack, seen = w.undo.stack, []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isActiveWindow():
            if isinstance(box, QMessageBox):
                box.activateWindow()
            QTimer.singleShot(20, answer)
            return
        seen.append((box.text(), [b.text() for b in box.buttons()], stack.count(),
                     QApplication.focusWidget() is not board.reason))
        save_render(box, "history_typed_ahead_question")
        next(b for b in box.buttons() if b.text().startswith("&Drop")).click()

    QTimer.singleShot(0, answer)
    w.redo_action.trigger()
    settle()
    text, buttons, count, left = seen[0]
    assert left  # the keyboard is in the question
    assert text == (f"You have typed ‘{WORDS}’ but not entered it.\n\n"
                    "Entering it now replaces the 2 later steps in History.")
    assert set(buttons) == {"&Enter it and stay", "&Drop it and go forward", "Cancel"}
    assert count == start + 2  # the question taking the keyboard recorded nothing
    assert stack.index() == start + 1
    w.redo_action.trigger()  # the step saved is still the saved one
    assert stack.isClean() and not w.isWindowModified()


def test_a_why_tree_reason_typed_is_asked_about_too_and_dropped(qtbot, demo_window, answer):
    """The why-tree's line records a click's leaving after the click: the jump went first, and
    the reason was recorded on top of it, taking the steps after the row clicked."""
    w = demo_window
    w.go_to_stage(Stage.UNDERSTAND)
    board = w.findChild(CausesBoard)
    board.parentWidget().parentWidget().setCurrentWidget(board)
    w.history_dock.show()
    settle()
    stack = w.undo.stack
    start = stack.index()
    for theme_id in ("t06", "t04", "t05"):
        w.undo.push(set_priority(w.doc, theme_id=theme_id,
                                 votes=w.doc.theme(theme_id).priority.votes + 1))
    stack.setIndex(start)
    settle()
    causes = len(w.doc.workshop.causes)
    board.view.select(ROOT)
    board.start_why()
    qtbot.waitUntil(board.editor.hasFocus)
    qtbot.keyClicks(board.editor, "Buses stop at six")
    answer.choice = typed_ahead.DROP
    _click_row(qtbot, w.history_dock.widget(), start + 1)
    qtbot.waitUntil(lambda: stack.index() == start + 1)
    settle()
    assert answer.asked == [("Buses stop at six", 3)]
    assert stack.count() == start + 3 and len(w.doc.workshop.causes) == causes
    assert "Buses stop at six" not in board.editor.text()
    stack.redo()  # the steps after the row clicked are still there
    assert stack.index() == start + 2



def steps_ahead(w):
    """History shown, two vote steps made and undone: (the undo stack, the row before them)."""
    w.history_dock.show()
    settle()
    stack = w.undo.stack
    start = stack.index()
    for theme_id in ("t06", "t04"):
        w.undo.push(set_priority(w.doc, theme_id=theme_id,
                                 votes=w.doc.theme(theme_id).priority.votes + 1))
    stack.setIndex(start)
    settle()
    return stack, start


def test_a_statement_edited_in_place_is_asked_about_too(qtbot, demo_window, answer):
    w = demo_window
    w.go_to_stage(Stage.IDENTIFY_SUCCESS)
    board = w.findChild(SuccessBoard)
    stack, start = steps_ahead(w)
    column = board.columns[Perspective.OLDER_PEOPLE]
    was = column.list.item(0).text()
    column.list.setFocus()
    column.list.editItem(column.list.item(0))
    qtbot.waitUntil(lambda: column.list.state() == column.list.State.EditingState)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Changed in place")
    answer.choice = typed_ahead.DROP
    _click_row(qtbot, w.history_dock.widget(), start + 2)
    qtbot.waitUntil(lambda: stack.index() == start + 2)
    assert answer.asked == [("Changed in place", 2)] and stack.count() == start + 2
    assert column.list.item(0).text() == was
    assert "Changed in place" not in [s.text for s in w.doc.workshop.success]
