"""Going to another stage with words typed and not entered while steps wait to be redone:
the words were recorded first, which threw the later steps away, and the move became a step
too (code review A12 R3): a reason typed on Choose priorities, Ctrl+5, and the two vote steps
waiting in History were gone. Now the same question as going forward is asked: enter the
words (the move is then a step), drop them (the move makes no step, the steps are kept), or
Cancel (the workshop stays)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.renders import save_render
from tests.ui.settled import settle
from tests.ui.test_history_typed_ahead import (
    WORDS,
    _gone_back_and_typed,
    answer,  # noqa: F401  (a fixture)
)
from wtfc.model.workshop import Stage
from wtfc.ui import typed_ahead

ON = "Identify success"


def test_cancel_stays_and_drop_moves_with_no_step(qtbot, demo_window, answer):  # noqa: F811
    w = demo_window
    board, start, votes = _gone_back_and_typed(qtbot, w)
    stack, was = w.undo.stack, w.doc.workshop.stage
    reason = w.doc.theme("t05").priority.reason
    w.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)  # Cancel
    settle()
    assert answer.asked == [(WORDS, 2, ON)]
    assert w.doc.workshop.stage == was and (stack.index(), stack.count()) == (start, start + 2)
    assert board.reason.text() == WORDS
    answer.choice = typed_ahead.DROP
    w.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)
    settle()
    assert w.doc.workshop.stage == Stage.IDENTIFY_SUCCESS
    assert (stack.index(), stack.count()) == (start, start + 2)  # no step, the steps kept
    assert w.doc.theme("t05").priority.reason == reason
    stack.redo()
    stack.redo()
    assert {t: w.doc.theme(t).priority.votes for t in votes} == votes


def test_enter_records_the_words_and_the_move_is_a_step(qtbot, demo_window, answer):  # noqa: F811
    w = demo_window
    _board, start, _votes = _gone_back_and_typed(qtbot, w)
    stack = w.undo.stack
    answer.choice = typed_ahead.ENTER
    w.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)
    settle()
    assert w.doc.theme("t05").priority.reason == WORDS
    assert w.doc.workshop.stage == Stage.IDENTIFY_SUCCESS
    assert (stack.index(), stack.count()) == (start + 2, start + 2)
    assert stack.text(start + 1) == "Go to stage 'Identify success'"


def test_a_click_in_the_stage_list_asks_too(qtbot, demo_window, answer):  # noqa: F811
    """The box left for the stage list waits to hear which stage was chosen."""
    w = demo_window
    _board, start, _votes = _gone_back_and_typed(qtbot, w)
    stack, nav = w.undo.stack, w.navigator
    answer.choice = typed_ahead.DROP
    item = nav.item(list(Stage).index(Stage.IDENTIFY_SUCCESS))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(item).center())
    settle()
    assert answer.asked == [(WORDS, 2, ON)]
    assert w.doc.workshop.stage == Stage.IDENTIFY_SUCCESS
    assert (stack.index(), stack.count()) == (start, start + 2)


def test_the_question_names_the_stage(qtbot, demo_window):
    w = demo_window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    _board, _start, _votes = _gone_back_and_typed(qtbot, w)
    seen = []

    def reply() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, reply)
            return
        seen.append((sorted(b.text() for b in box.buttons()), box.text()))
        save_render(box, "stage_move_typed_ahead_question")
        next(b for b in box.buttons() if b.text() == "Cancel").click()

    QTimer.singleShot(0, reply)
    w.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)
    settle()
    # the stage in the words, the buttons short (review 34 R6-1: cut on a laptop at 16 pt)
    assert seen == [(["&Drop it and go", "&Enter it and go", "Cancel"],
                     f"You have typed ‘{WORDS}’ but not entered it.\n\nEntering it now replaces"
                     " the 2 later steps in History.\n\nEnter it or drop it, and wtfc goes to"
                     " ‘Identify success’.")]
