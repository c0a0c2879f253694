# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Looking back in the main window: words typed in a box and not yet left are saved by Ctrl+S,
recorded before the stage changes, and held by the recovery copy while still being typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from window_fixtures import (  # noqa: F401
    make_window,
    open_on_stage,
    recovery_folder,
    workshop_file,
)

from wtfc.model import recovery
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage

WORDS = "The hall was noisy for the two people with hearing aids"


def _on_review(make_window, workshop_file, qtbot):
    """The small workshop (no last time's file), on Review, typing in What didn't go so well."""
    window = open_on_stage(make_window(), workshop_file, qtbot, Stage.REVIEW)
    box = window.page(Stage.REVIEW).looking_back.boxes["not_so_well"]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    qtbot.keyClicks(box, WORDS)
    return window, box


def test_ctrl_s_saves_the_words_still_being_typed(make_window, workshop_file, qtbot):
    window, box = _on_review(make_window, workshop_file, qtbot)
    qtbot.keyClick(box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_workshop(workshop_file).workshop.reflection.not_so_well == WORDS
    assert window.undo.stack.isClean() and box.hasFocus()  # saved; typing can go on
    window.undo.stack.undo()  # the typing was its own step
    assert window.doc.workshop.reflection.not_so_well == ""


def test_moving_on_to_another_stage_records_them(make_window, workshop_file, qtbot):
    window, _box = _on_review(make_window, workshop_file, qtbot)
    window.go_to_stage(Stage.PLAN)
    assert window.doc.workshop.reflection.not_so_well == WORDS


def test_the_recovery_copy_holds_them_before_the_box_is_left(make_window, workshop_file, qtbot):
    window, box = _on_review(make_window, workshop_file, qtbot)
    snapshot = window.files.autosaver.session / recovery.SNAPSHOT_NAME
    qtbot.waitUntil(snapshot.exists, timeout=3000)
    window.files.autosaver.wait()
    copy = recovery.read_snapshot(window.files.autosaver.session).workshop
    assert copy.reflection.not_so_well == WORDS
    assert window.doc.workshop.reflection.not_so_well == ""  # recorded only when left
    assert window.undo.stack.isClean() and box.hasFocus()
