"""Ctrl+Z right after Space drops an action by mistake: the "Why was this stopped?" line has the
keyboard (the app put it there) and its empty line edit swallowed the key, so the slip stayed
and the question stood. With nothing typed, Ctrl+Z now reaches Edit > Undo: the action is back
as it was and the line closes. Words typed are the line's own to undo first, as in every box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.settled import settle
from wtfc.model.operations.actions import edit_action
from wtfc.model.workshop import ActionStatus, Stage

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def act(qtbot, demo_window):
    """The demo on Act, two actions done with no note, the keyboard in the list."""
    w = demo_window
    w.go_to_stage(Stage.ACT, focus=True)
    board = w.page(Stage.ACT)
    ids = [a.id for a in w.doc.workshop.actions[:2]]
    for action_id in ids:
        w.undo.push(edit_action(w.doc, action_id=action_id, status=ActionStatus.DONE,
                                progress_note=""))
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    board.select_action(ids[0])
    board.tree.setFocus()
    return w, board, ids


def _key(qtbot, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
    settle()


def _status(w, action_id):
    return w.doc.get("actions", action_id).status


def test_ctrl_z_straight_after_a_mistaken_drop_takes_it_back(qtbot, act):
    w, board, (first, _) = act
    steps = w.undo.stack.count()
    _key(qtbot, Qt.Key.Key_Space)  # done → dropped: one press too many
    assert _status(w, first) == ActionStatus.DROPPED
    assert board.reason.editor.hasFocus()
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert _status(w, first) == ActionStatus.DONE
    assert not board.reason.isVisible()  # the question went with the drop
    assert board.tree.hasFocus() and board.selected_action().id == first
    assert w.undo.stack.index() == steps  # the drop undone, nothing else
    _key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)  # and Redo from the list drops it again
    assert _status(w, first) == ActionStatus.DROPPED


def test_words_typed_are_undone_first_then_the_drop(qtbot, act):
    w, board, (first, _) = act
    _key(qtbot, Qt.Key.Key_Space)
    qtbot.keyClicks(board.reason.editor, "No money")
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert _status(w, first) == ActionStatus.DROPPED  # the typing went, not the drop
    assert board.reason.editor.text() != "No money"
    assert board.reason.isVisible()
    for _ in range(8):  # the line's own steps, then the window's
        if not board.reason.isVisible():
            break
        _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert _status(w, first) == ActionStatus.DONE
    assert w.doc.get("actions", first).progress_note == ""  # no words were recorded


def test_a_reason_given_earlier_is_not_what_the_next_ctrl_z_brings_back(qtbot, act):
    """The line is used again for the next drop: the last action's words were in its undo
    history, and Ctrl+Z put them back into the empty line."""
    w, board, (first, second) = act
    _key(qtbot, Qt.Key.Key_Space)
    qtbot.keyClicks(board.reason.editor, "No money")
    _key(qtbot, Qt.Key.Key_Return)
    assert w.doc.get("actions", first).progress_note == "No money"
    board.select_action(second)
    board.tree.setFocus()
    _key(qtbot, Qt.Key.Key_Space)
    assert board.reason.editor.hasFocus() and board.reason.editor.text() == ""
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert _status(w, second) == ActionStatus.DONE
    assert not board.reason.isVisible()
    assert w.doc.get("actions", first).progress_note == "No money"  # the earlier reason stays
