"""Words typed and not entered, steps waiting to be redone, and the keyboard going into History
by another door than a click on a later row of the docked list: Ctrl+H or Tab then ↓, a
floating History's window, a click on the current row, another window taking the keyboard.
Each recorded the words at once, so the later steps went, unasked, before ↓ or the click
could reach them (code review A12 S1). Now the box waits: a later row asks, the keyboard
elsewhere in the window records, back in the box nothing is recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.settled import settle
from tests.ui.test_history_jump_said import _click_row
from tests.ui.test_history_typed_ahead import (
    WORDS,
    _gone_back_and_typed,
    answer,  # noqa: F401  (a fixture)
)
from wtfc.ui import typed_ahead


def _active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def _nothing_recorded(w, start, reason) -> None:
    assert w.undo.stack.count() == start + 2  # the later steps still there
    assert w.doc.theme("t05").priority.reason == reason


def test_ctrl_h_then_down_asks_and_drop_goes_forward(qtbot, demo_window, answer):  # noqa: F811
    w = demo_window
    board, start, _votes = _gone_back_and_typed(qtbot, w)
    reason, stack, view = w.doc.theme("t05").priority.reason, w.undo.stack, w.history_dock.widget()
    w.history_dock.hide()
    settle()
    board.reason.setFocus()
    qtbot.waitUntil(board.reason.hasFocus)
    qtbot.keyClick(board.reason, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.hasFocus)
    settle()
    _nothing_recorded(w, start, reason)
    assert answer.asked == []
    answer.choice = typed_ahead.DROP
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: stack.index() == start + 1)
    assert answer.asked == [(WORDS, 2)]
    assert stack.count() == start + 2 and w.doc.theme("t05").priority.reason == reason


def test_tab_into_history_then_down_asks_and_cancel_keeps_all(qtbot, demo_window, answer):  # noqa: F811
    w = demo_window
    board, start, _votes = _gone_back_and_typed(qtbot, w)
    reason, stack, view = w.doc.theme("t05").priority.reason, w.undo.stack, w.history_dock.widget()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    _nothing_recorded(w, start, reason)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # Cancel
    qtbot.waitUntil(lambda: bool(answer.asked))
    settle()
    assert answer.asked == [(WORDS, 2)] and stack.index() == start
    _nothing_recorded(w, start, reason)
    assert board.reason.text() == WORDS and board.reason.hasFocus()  # to type on
    assert view.currentIndex().row() == start


def test_current_row_clicked_waits_then_elsewhere_records(qtbot, demo_window, answer):  # noqa: F811
    """The current row (or the list's empty area): no row chosen, the keyboard in History; the
    words are recorded once it goes elsewhere in the window, as a click there records them."""
    w = demo_window
    board, start, _votes = _gone_back_and_typed(qtbot, w)
    reason, stack, view = w.doc.theme("t05").priority.reason, w.undo.stack, w.history_dock.widget()
    _click_row(qtbot, view, start)
    assert view.hasFocus()
    _nothing_recorded(w, start, reason)
    board.table.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(lambda: stack.count() == start + 1)
    assert w.doc.theme("t05").priority.reason == WORDS and answer.asked == []
    assert "the 2 later steps in History went" in w.statusBar().currentMessage()


def test_back_in_the_box_records_nothing(qtbot, demo_window, answer):  # noqa: F811
    w = demo_window
    board, start, _votes = _gone_back_and_typed(qtbot, w)
    reason, view = w.doc.theme("t05").priority.reason, w.history_dock.widget()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    board.reason.setFocus(Qt.FocusReason.BacktabFocusReason)
    settle()
    _nothing_recorded(w, start, reason)
    assert board.reason.text() == WORDS and answer.asked == []


def test_floating_history_clicked_asks(qtbot, demo_window, answer):  # noqa: F811
    w = demo_window
    _active(qtbot, w)
    w.history_dock.show()
    w.history_dock.setFloating(True)
    settle()
    _active(qtbot, w)
    board, start, _votes = _gone_back_and_typed(qtbot, w)
    reason, stack = w.doc.theme("t05").priority.reason, w.undo.stack
    _active(qtbot, w)
    board.reason.setFocus()
    qtbot.waitUntil(board.reason.hasFocus)
    _active(qtbot, w.history_dock)  # its own window: the box heard "window deactivated"
    settle()
    _nothing_recorded(w, start, reason)
    answer.choice = typed_ahead.DROP
    _click_row(qtbot, w.history_dock.widget(), start + 2)
    qtbot.waitUntil(lambda: stack.index() == start + 2)
    assert answer.asked == [(WORDS, 2)] and stack.count() == start + 2
    assert w.doc.theme("t05").priority.reason == reason


def test_another_window_taking_the_keyboard_records_nothing(qtbot, demo_window, answer):  # noqa: F811
    """Alt+Tab, or the room's window clicked: the words wait in the box (the recovery copy
    holds them), the later steps in History."""
    w = demo_window
    _active(qtbot, w)
    board, start, _votes = _gone_back_and_typed(qtbot, w)
    reason = w.doc.theme("t05").priority.reason
    _active(qtbot, w)
    board.reason.setFocus()
    qtbot.waitUntil(board.reason.hasFocus)
    other = QWidget()
    qtbot.addWidget(other)
    other.resize(200, 200)
    other.show()
    _active(qtbot, other)
    settle()
    _nothing_recorded(w, start, reason)
    from wtfc.ui.left_field import typed_edits

    assert [edit.label for edit in typed_edits(w)]  # still for the recovery copy
    _active(qtbot, w)
    qtbot.waitUntil(board.reason.hasFocus)
    settle()
    _nothing_recorded(w, start, reason)
    assert board.reason.text() == WORDS
