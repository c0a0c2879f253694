"""A panel under the stage list whose box edits one part of the plan of the stage on screen:
the timer's planned minutes, the facilitator's notes.

What is typed is recorded as one undoable step when the box is left, or when the window saves,
closes, undoes or shows another stage while it is still being typed in (``commit_pending``);
until then the autosave's recovery copy holds it (``typed_edits``). The box is filled again
only when what the workshop keeps changes (undo, Prepare, another file, another stage), not on
another edit made while words are typed in it (``refill``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from wtfc.model.commands import Command
from wtfc.model.document import Document
from wtfc.model.workshop import Stage
from wtfc.ui.left_field import built_edits
from wtfc.ui.undo import UndoAdapter

UNSHOWN = object()  # nothing shown in the box yet: the next refresh fills it


class StageField(QWidget):
    """A subclass says what the workshop keeps for ``stage`` (``kept``), the box's words or
    number as they would be kept (``typed``), the step recording them (``edit``) and how the
    box is filled (``fill``), and calls ``refill`` from its ``refresh``."""

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.undo = doc, undo
        self.stage = doc.workshop.stage
        self._shown: Any = UNSHOWN  # what was kept when the box was last filled

    def kept(self) -> Any:
        """What the workshop keeps for this stage (a subclass says)."""
        raise NotImplementedError(f"{type(self).__name__} must define kept()")

    def typed(self) -> Any:
        """The box's words or number as they would be kept."""
        raise NotImplementedError(f"{type(self).__name__} must define typed()")

    def edit(self) -> Command:
        """The undoable step recording what is typed."""
        raise NotImplementedError(f"{type(self).__name__} must define edit()")

    def fill(self, kept: Any) -> None:
        """Put what the workshop keeps into the box."""
        raise NotImplementedError(f"{type(self).__name__} must define fill()")

    def refresh(self) -> None:
        """Follow the workshop: the subclass calls refill with its own words."""
        raise NotImplementedError(f"{type(self).__name__} must define refresh()")

    def show_stage(self, stage: Stage) -> None:
        """Another stage's page is on screen: its part of the plan (what is being typed for the
        last one is recorded first)."""
        if stage != self.stage:
            self.commit_pending()
            self.stage = stage
            self._shown = UNSHOWN
            self.refresh()

    def on_reset(self) -> None:
        self._shown = UNSHOWN  # another workshop: what it keeps, whatever the box holds
        self.refresh()

    def commit_pending(self) -> bool:
        """Record the box if it differs from what is kept. False when refused (said so)."""
        if not self._typing():
            return True
        return self.undo.try_push(self.edit, self)

    def typed_edits(self) -> list[Command]:
        """The typing not yet recorded, as the step recording it would make (built, not done):
        the autosave's recovery copy holds it (``left_field``)."""
        return built_edits(self.edit) if self._typing() else []

    def _typing(self) -> bool:
        return not self.undo.read_only and self.typed() != self.kept()

    def refill(self) -> None:
        """Fill the box with what is kept if that has changed since it was last filled and the
        box does not already hold it."""
        kept = self.kept()
        if kept != self._shown and self.typed() != kept:
            self.fill(kept)
        self._shown = kept
