# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A stage move kept out of History, saved, then Redo and Undo back to the saved step.

Prepare, Ctrl+2 (a step), Ctrl+Z (the move waits to be redone), Plan chosen (no step), Save: the
file says Plan. Redo, Undo: the step's undo puts back the stage it recorded, Prepare, and the
stack is at its saved step, so the title said saved and closing asked nothing while the file
held Plan (review 34 R1 M2). The window counts itself changed while the stage is not the one
last saved.
"""

from __future__ import annotations

from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from tests.ui.settled import settle
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Stage


def _redo_then_undo(window) -> None:
    window.redo_action.trigger()
    settle()
    assert window.isWindowModified()
    window.undo_action.trigger()
    settle()


def test_back_on_the_saved_step_with_another_stage_the_window_says_changed(
        make_window, workshop_file):
    w = make_window()
    w.files.open_path(workshop_file)
    w.go_to_stage(Stage.COLLECT)  # a step
    w.undo_action.trigger()  # back on Prepare, the move to redo
    w.go_to_stage(Stage.PLAN)  # no step: Redo kept
    settle()
    assert w.undo.stack.canRedo()
    assert w.files.save()
    assert not w.isWindowModified()
    assert load_workshop(workshop_file).workshop.stage == Stage.PLAN

    _redo_then_undo(w)
    assert w.doc.workshop.stage == Stage.PREPARE  # as the step recorded it; the file says Plan
    assert w.isWindowModified()
    assert not w.undo.stack.isClean()  # so closing asks, and autosave keeps its copy

    assert w.files.save()  # saved on Prepare: back on the saved step, it is saved again
    assert load_workshop(workshop_file).workshop.stage == Stage.PREPARE
    _redo_then_undo(w)
    assert w.doc.workshop.stage == Stage.PREPARE
    assert not w.isWindowModified()
    assert w.undo.stack.isClean()
