"""M3 survivor of df7e8027: with words typed and steps to redo, the keyboard going to another
window that has a box of its own (the room's window, a dialog's field, another program's window
wtfc owns) must not record the words: recorded, the later steps in History go for good. The
existing test's other window has no focusable widget, so focus there is None and the window
check in TypedAhead._focus_moved was never reached."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from tests.ui.settled import settle
from tests.ui.test_history_typed_ahead import (
    WORDS,
    _gone_back_and_typed,
    answer,  # noqa: F401  (a fixture)
)
from tests.ui.test_history_typed_doors import _active, _nothing_recorded


def test_another_window_with_a_box_taking_the_keyboard_records_nothing(
        qtbot, demo_window, answer):  # noqa: F811
    w = demo_window
    _active(qtbot, w)
    board, start, _votes = _gone_back_and_typed(qtbot, w)
    reason = w.doc.theme("t05").priority.reason
    _active(qtbot, w)
    board.reason.setFocus()
    qtbot.waitUntil(board.reason.hasFocus)
    other = QWidget()
    qtbot.addWidget(other)
    field = QLineEdit(other)
    QVBoxLayout(other).addWidget(field)
    other.resize(200, 200)
    other.show()
    _active(qtbot, other)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    settle()
    _nothing_recorded(w, start, reason)
    _active(qtbot, w)
    settle()
    assert w.undo.stack.count() == start + 2
    assert board.reason.text() == WORDS
