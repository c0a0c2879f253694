"""Ctrl+Z straight after adding a success statement with Enter takes the statement back, as on
every other board. The box used to be emptied with clear(), an edit of its own to undo: the
first Ctrl+Z put the words back in the box (Enter then added them twice) and Edit > Undo's
step was never reached from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.settled import settle
from wtfc.model.workshop import Perspective, Stage

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
WORDS = "I get a call back"


@pytest.fixture
def success(qtbot, demo_window):
    w = demo_window
    w.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    board = w.page(Stage.IDENTIFY_SUCCESS)
    entry = board.columns[Perspective.OLDER_PEOPLE].entry
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus, timeout=2000)
    return w, board, entry


def _key(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
    settle()


def _added(w) -> int:
    return sum(s.text == WORDS for s in w.doc.workshop.success)


def test_ctrl_z_after_enter_takes_the_statement_back(qtbot, success):
    w, board, entry = success
    steps = w.undo.stack.index()
    qtbot.keyClicks(entry, WORDS)
    _key(qtbot, Qt.Key.Key_Return)
    assert _added(w) == 1 and entry.text() == ""
    assert WORDS in board.statements(Perspective.OLDER_PEOPLE)

    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert _added(w) == 0  # the statement left the list
    assert WORDS not in board.statements(Perspective.OLDER_PEOPLE)
    assert entry.text() == ""  # and the words did not come back into the box
    assert w.undo.stack.index() == steps
    _key(qtbot, Qt.Key.Key_Return)  # Enter on the empty box adds nothing
    assert _added(w) == 0

    _key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)  # Redo from the box: back once
    assert _added(w) == 1 and entry.text() == ""
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert _added(w) == 0


def test_words_still_typed_are_the_box_s_own_to_undo_first(qtbot, success):
    w, _board, entry = success
    steps = w.undo.stack.index()
    qtbot.keyClicks(entry, "Half typed")
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert entry.text() == ""  # the typing went, no step of the window's
    assert w.undo.stack.index() == steps
