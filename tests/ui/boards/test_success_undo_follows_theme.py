"""Undo or Redo of a success statement under another theme brings that theme up on Identify
success: the statement was taken back (or put back) out of sight, and nothing on the board
changed. Words being typed stay with the theme they were typed for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.renders import save_render
from tests.ui.settled import settle
from wtfc.model.workshop import Perspective, Stage

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
OLDER = Perspective.OLDER_PEOPLE
WORDS = "A brand new success statement"


@pytest.fixture
def success(qtbot, demo_window):
    w = demo_window
    w.go_to_stage(Stage.IDENTIFY_SUCCESS, focus=True)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    board = w.page(Stage.IDENTIFY_SUCCESS)
    first, second = [t.id for t in w.doc.workshop.themes if t.priority.chosen][:2]
    board.selector.select_theme(first)
    entry = board.columns[OLDER].entry
    entry.setFocus()
    qtbot.keyClicks(entry, WORDS)
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    board.selector.select_theme(second)  # the room moves on to the next priority
    board.columns[OLDER].list.setFocus()
    return w, board, first, second


def _key(qtbot, key, modifiers) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
    settle()


def test_undo_and_redo_bring_up_the_theme_the_statement_is_under(qtbot, success):
    w, board, first, second = success
    assert WORDS not in board.statements(OLDER)

    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert board.theme_id() == first  # where the statement was taken back from
    assert WORDS not in board.statements(OLDER)
    assert not any(s.text == WORDS for s in w.doc.workshop.success)
    save_render(w, "success_undo_follows_theme")

    board.selector.select_theme(second)
    _key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert board.theme_id() == first and WORDS in board.statements(OLDER)
    column = board.columns[OLDER].list
    assert column.currentItem() is not None and column.currentItem().text() == WORDS


def test_words_being_typed_stay_with_their_theme_when_undo_turns_the_board(qtbot, success):
    w, board, first, second = success
    entry = board.columns[OLDER].entry
    entry.setText("Half typed for the second")
    board.columns[OLDER].list.setFocus()
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert board.theme_id() == first and entry.text() == ""
    assert not any(s.text == WORDS for s in w.doc.workshop.success)
    board.selector.select_theme(second)
    assert entry.text() == "Half typed for the second"  # back with their theme, not added
