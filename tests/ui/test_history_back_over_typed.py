"""Going back (Edit > Undo, an earlier row of History) with words typed and steps waiting to
be redone records the words first, as any change after going back, so the later steps go: the
foot said so ("Recorded: … the 2 later steps in History went") and at once put "Undone: …"
over it, so a facilitator saw only "Undone" (code review A12 R2). Now the step's own words say
the loss too, as the foot and a screen reader keep them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.settled import settle
from tests.ui.test_history_jump_said import _click_row
from tests.ui.test_history_typed_ahead import (
    WORDS,
    _gone_back_and_typed,
    answer,  # noqa: F401  (a fixture)
)

WENT = "what you typed was recorded first, and the 2 later steps in History went with it"


def test_undo_over_typed_words_says_the_steps_went(qtbot, demo_window, answer):  # noqa: F811
    w = demo_window
    _board, start, _votes = _gone_back_and_typed(qtbot, w)
    stack = w.undo.stack
    w.undo_action.trigger()
    settle()
    assert answer.asked == []  # going back records first, as the README says
    assert (stack.index(), stack.count()) == (start, start + 1)  # Redo gives the words again
    said = w.statusBar().currentMessage()
    assert said.startswith("Undone: ") and said.endswith(WENT)


def test_an_earlier_row_over_typed_words_says_the_steps_went(qtbot, demo_window, answer):  # noqa: F811
    w = demo_window
    _board, start, _votes = _gone_back_and_typed(qtbot, w)
    assert start > 0
    stack, view = w.undo.stack, w.history_dock.widget()
    view.setFocus(Qt.FocusReason.TabFocusReason)  # the box waits
    settle()
    _click_row(qtbot, view, start - 1)
    qtbot.waitUntil(lambda: stack.index() == start - 1)
    assert stack.count() == start + 1  # the words a step, the later two gone
    said = w.statusBar().currentMessage()
    assert said.startswith("Went back to: ") and said.endswith(WENT)
    stack.redo()
    stack.redo()
    assert w.doc.theme("t05").priority.reason == WORDS
