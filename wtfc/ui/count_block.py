"""A block of Prepare's number boxes, one per key (a stage of the day's plan, a role in the
room), each recorded as one undoable step.

A box is recorded when the facilitator leaves it (or presses Enter), or when the window saves or
closes while it still has the keyboard (``commit_pending``); until then the autosave's recovery
copy holds it (``typed_edits``). The keyboard coming into a box scrolls the whole block into
sight, not just the box: the totals above the boxes that a box changes are seen as it is typed.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGroupBox, QSpinBox, QWidget

from wtfc.model.commands import Command
from wtfc.model.document import Document
from wtfc.ui.keep_in_sight import bring_into_sight
from wtfc.ui.left_field import built_edits
from wtfc.ui.undo import UndoAdapter

K = TypeVar("K", bound=Hashable)


class CountBlock(QGroupBox, Generic[K]):
    """A subclass sets ``boxes`` and says what is kept for each key (``_kept``) and the step
    recording a box (``_edit``), then calls ``watch_boxes``."""

    boxes: Mapping[K, QSpinBox]

    def __init__(
        self, title: str, doc: Document, undo: UndoAdapter, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.doc, self.undo = doc, undo

    def _kept(self, key: K) -> int:
        """What the workshop keeps for the box of ``key`` (a subclass says)."""
        raise NotImplementedError(f"{type(self).__name__} must define _kept()")

    def _edit(self, key: K) -> Command:
        """The undoable step recording the box of ``key``."""
        raise NotImplementedError(f"{type(self).__name__} must define _edit()")

    def watch_boxes(self) -> None:
        for box in self.boxes.values():
            box.installEventFilter(self)  # the keyboard coming in: the block scrolled to

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the whole block in sight (Tab alone scrolled only to the box, Alt+letter not at all)
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            bring_into_sight(self, watched)
        return False

    def commit_pending(self) -> bool:
        """Record what is typed but not yet recorded (a box still has the keyboard)."""
        if self.undo.read_only:
            return True
        return all([self._commit(key) for key in self.boxes])  # every box, even after a refusal

    def typed_edits(self) -> list[Command]:
        """What is typed and not yet recorded, as the steps recording it would make (built,
        not done): the autosave's recovery copy holds them (``left_field``)."""
        if self.undo.read_only:
            return []
        return built_edits(*(lambda k=key: self._edit(k) for key in self.boxes))

    def _commit(self, key: K) -> bool:
        """Record the box of ``key`` if it differs from what is kept. False when refused."""
        if self.boxes[key].value() == self._kept(key):
            return True
        return self.undo.try_push(lambda: self._edit(key), self)
