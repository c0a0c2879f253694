"""Going to another stage: a History step, unless it would throw later steps away."""

from __future__ import annotations

from wtfc.model.operations.details import move_stage, set_stage
from wtfc.model.workshop import Stage
from wtfc.ui.undo import UndoAdapter


def go_to(undo: UndoAdapter, stage: Stage) -> None:
    """The workshop moves to ``stage`` as an undoable step ("Go to stage 'Understand'"), so
    Undo comes back. Not while steps wait to be redone (after Undo or a History jump back): a
    step pushed then drops every one of them for good, and a look at the why-tree took three
    success statements with it. To a facilitator a stage move is looking elsewhere, not a
    change, so it is made with no step; the file is marked changed, as the stage is saved."""
    if not undo.stack.canRedo():
        undo.push(set_stage(undo.doc, stage=stage))
        return
    # never clean again until saved: even undone to the saved step, the stage may differ
    undo.stack.resetClean()
    move_stage(undo.doc, stage=stage)
