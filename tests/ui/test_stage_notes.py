# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""The facilitator's notes under the stage timer: one undoable step per editing session (left,
saved, another stage, an undo), following the stage on screen, and held by the recovery copy
while still being typed (as are the minutes typed in the timer's Plan box)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from window_fixtures import (  # noqa: F401
    make_window,
    open_on_stage,
    recovery_folder,
    workshop_file,
)

from wtfc.model import recovery
from wtfc.model.agenda import plan_for
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage

WORDS = "Ask Sue to scribe; start with the working cards"


@pytest.fixture
def window(make_window, workshop_file, qtbot):
    """The small workshop on Theme, shown and active (keys reach it)."""
    return open_on_stage(make_window(), workshop_file, qtbot, Stage.THEME)


def type_notes(window, qtbot, words: str = WORDS):
    box = window.stage_side.notes.box
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    qtbot.keyClicks(box, words)
    return box


def notes(window, stage: Stage = Stage.THEME) -> str:
    return plan_for(window.doc.workshop, stage).notes


def test_leaving_the_box_records_the_notes_as_one_step(window, qtbot):
    box = type_notes(window, qtbot)
    assert notes(window) == ""  # not yet: one step per editing session
    window.stage_side.timer.minutes.setFocus()  # Tab or a click elsewhere
    assert notes(window) == WORDS
    assert window.undo.stack.count() == 2  # the move to Theme, then the notes
    assert window.undo.stack.undoText() == "Edit your notes for Theme"
    window.undo.stack.undo()
    assert box.toPlainText() == ""
    window.undo.stack.redo()
    assert box.toPlainText() == WORDS


def test_the_box_follows_the_stage_on_screen(window, qtbot):
    notes_view = window.stage_side.notes
    type_notes(window, qtbot)
    window.go_to_stage(Stage.PLAN)  # Ctrl+6 while typing: recorded first, as its own step
    assert notes(window) == WORDS
    assert notes_view.label.text() == "Your notes for Plan — not shown to the room"
    assert notes_view.box.accessibleName() == "Your notes for Plan, not shown to the room"
    assert notes_view.box.toPlainText() == ""
    window.undo.stack.undo()  # back to Theme: its notes
    assert notes_view.box.toPlainText() == WORDS
    window.undo.stack.undo()  # the notes themselves
    assert notes_view.box.toPlainText() == ""


def test_undo_while_typing_takes_back_the_typing(window, qtbot):
    box = type_notes(window, qtbot)
    window.undo_action.trigger()  # Ctrl+Z: the typing is recorded, then undone
    assert box.toPlainText() == "" and notes(window) == ""
    window.redo_action.trigger()
    assert box.toPlainText() == WORDS and notes(window) == WORDS


def test_ctrl_s_saves_the_notes_still_being_typed(window, workshop_file, qtbot):
    box = type_notes(window, qtbot)
    qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = load_workshop(workshop_file).workshop
    assert plan_for(saved, Stage.THEME).notes == WORDS
    assert window.undo.stack.isClean() and box.hasFocus()  # saved; typing can go on


def test_the_recovery_copy_holds_them_before_the_box_is_left(window, qtbot):
    box = type_notes(window, qtbot)
    snapshot = window.files.autosaver.session / recovery.SNAPSHOT_NAME
    qtbot.waitUntil(snapshot.exists, timeout=3000)
    window.files.autosaver.wait()
    copy = recovery.read_snapshot(window.files.autosaver.session).workshop
    assert plan_for(copy, Stage.THEME).notes == WORDS
    assert notes(window) == ""  # recorded only when left
    assert box.hasFocus()


def test_the_recovery_copy_holds_the_minutes_being_typed(window, qtbot):
    """Digits typed in the timer's Plan box, not yet Enter nor left: a crash keeps them."""
    box = window.stage_side.timer.minutes
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "45")
    snapshot = window.files.autosaver.session / recovery.SNAPSHOT_NAME
    qtbot.waitUntil(snapshot.exists, timeout=3000)
    window.files.autosaver.wait()
    copy = recovery.read_snapshot(window.files.autosaver.session).workshop
    assert plan_for(copy, Stage.THEME).minutes == 45
    assert plan_for(window.doc.workshop, Stage.THEME).minutes is None  # recorded only when left
    assert box.hasFocus()


def test_ctrl_shift_n_goes_to_the_notes(window, qtbot):
    box = window.stage_side.notes.box
    window.focus_page()
    assert not box.hasFocus()
    qtbot.keyClick(
        window.focusWidget(),
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert box.hasFocus()


def test_notes_stop_at_what_the_workshop_keeps(window, qtbot):
    """Notes pasted over 4,000 characters: the box keeps the first 4,000 and says so under it,
    so they can be recorded, saved and recovered (the workshop refused the longer notes, which
    stopped the save, the close and the move to another stage)."""
    long_notes = "Ask people to read their cards aloud. " * 140  # 5,320 characters
    box = type_notes(window, qtbot, "")
    box.insertPlainText(long_notes)  # as a paste does
    assert len(box.toPlainText()) == 4000
    note = window.stage_side.notes.limit.note
    assert note.isVisible()
    assert note.text().startswith("The notes box holds at most 4,000 characters")
    assert window.stage_side.notes.typed_edits()  # the recovery copy holds them
    assert window.files.save()
    assert notes(window) == long_notes[:4000]
    window.go_to_stage(Stage.PLAN)
    assert window.shown_stage() == Stage.PLAN
    assert not note.isVisible()  # Plan's notes are short
