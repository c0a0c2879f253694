"""Going to another stage: a History step, unless it would throw later steps away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from wtfc.model.operations.details import move_stage, set_stage
from wtfc.model.workshop import Stage
from wtfc.ui.typed_ahead import CANCEL
from wtfc.ui.undo import UndoAdapter


def move_on(undo: UndoAdapter, stage: Stage, record: Callable[[], bool]) -> bool:
    """The facilitator goes to ``stage`` (a key, the stage list, the menu): words still typed
    are recorded first (``record``), as their own step. With steps to redo that threw them away
    and made the move a step: a reason typed, Ctrl+5, and the votes waiting in History went. So
    they are asked about as going forward is (``typed_ahead``): entered, the move is a step;
    dropped, the move is made with no step, the later steps kept. False: Cancel, or the words
    refused (said so): the workshop stays where it is."""
    choice = undo.ahead.seen_to(stage.label) if undo.ahead is not None else None
    if choice == CANCEL or (choice is None and not record()):
        return False
    go_to(undo, stage)
    return True


def go_to(undo: UndoAdapter, stage: Stage) -> None:
    """The workshop moves to ``stage`` as an undoable step ("Go to stage 'Understand'"), so
    Undo comes back. Not while steps wait to be redone (after Undo or a History jump back): a
    step pushed then drops every one of them for good, and a look at the why-tree took three
    success statements with it. To a facilitator a stage move is looking elsewhere, not a
    change, so it is made with no step; the file is marked changed, as the stage is saved."""
    if not undo.stack.canRedo():
        undo.push(set_stage(undo.doc, stage=stage))
        return
    SavedStage.watch(undo)
    # never clean again until saved: even undone to the saved step, the stage may differ
    undo.stack.resetClean()
    move_stage(undo.doc, stage=stage)


class SavedStage(QObject):
    """The stage last saved, kept once a stage move was made with no step, until the stack is
    cleared (another workshop). The steps before such a move put back the stages they recorded,
    so after a save Undo or Redo can land on the saved step with another stage than the file's:
    the window then counts itself changed, or it said saved and closed without asking while
    the file held another stage."""

    def __init__(self, undo: UndoAdapter) -> None:
        super().__init__(undo.stack)  # goes with the stack
        self._undo = undo
        self.stage: Stage | None = None  # none saved since the move (the stack is not clean)
        undo.stack.cleanChanged.connect(self._on_clean_changed)
        undo.stack.indexChanged.connect(self._on_index_changed)

    @classmethod
    def watch(cls, undo: UndoAdapter) -> None:
        if undo.stack.findChild(cls) is None:
            cls(undo)

    def _on_clean_changed(self, clean: bool) -> None:
        # saved, or a step landed on the saved one with its stage; not the cleared stack's
        if clean and not self._undo.going() and self._undo.stack.count():
            self.stage = self._undo.doc.workshop.stage

    def _on_index_changed(self, _index: int) -> None:
        stack = self._undo.stack
        if self._undo.going():
            return
        if not stack.count():  # another workshop: its steps all agree with its file
            self.stage = None
        elif self.stage is not None and stack.isClean() \
                and self._undo.doc.workshop.stage != self.stage:
            stack.resetClean()  # told before cleanChanged: the window never says saved
