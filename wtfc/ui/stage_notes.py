"""The facilitator's own notes for the stage on screen, under the timer.

"Your notes — not shown to the room": reminders for running the stage (who speaks first, what
to ask). They are kept in the workshop's agenda but never reach the room view, the posters or
any export. As Review's "Looking back" boxes do, each editing session is one undoable step,
recorded when the keyboard leaves the box, or when the window saves, closes, undoes or changes
stage while it is still being typed in; until then the autosave's recovery copy holds it
(``StageField``). The box takes no more than the workshop keeps (4,000 characters), saying so
under it: longer notes could be neither recorded nor recovered, and refusing them stopped the
save, the close and the move to another stage. While the room may see this screen (the room view
on it) they are folded away, and opening them asks first (``stage_notes_fold``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wtfc.model.agenda import plan_for
from wtfc.model.commands import Command
from wtfc.model.document import Document
from wtfc.model.operations.agenda import edit_stage_notes
from wtfc.model.workshop import StagePlan
from wtfc.ui.left_field import record_when_left
from wtfc.ui.length_limit import LengthLimit, model_limit
from wtfc.ui.lines_box import LinesBox
from wtfc.ui.stage_field import StageField
from wtfc.ui.stage_notes_fold import FOLDED, NotesFold
from wtfc.ui.undo import UndoAdapter

NOT_SHOWN = "not shown to the room"


class StageNotes(StageField):
    """The notes of ``stage`` (the one on screen); follows edits, undo and another file."""

    def __init__(self, doc: Document, undo: UndoAdapter, parent: QWidget | None = None) -> None:
        super().__init__(doc, undo, parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        # a few lines, so the stage list above keeps its room on a short laptop screen
        self.box = LinesBox(4, fewest=2)
        self.box.setPlaceholderText("What to say, who goes first…")
        self.label.setBuddy(self.box)
        record_when_left(self.box, self.commit_pending)
        self.limit = LengthLimit(self.box, model_limit(StagePlan, "notes"), "notes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        # folded while the room may see this screen (the room view on it): "Show your notes…"
        self.fold = NotesFold(self)
        layout.addWidget(self.label)
        layout.addWidget(self.fold.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.limit.note)
        layout.addStretch(0)  # folded: the button stays under the label
        doc.events.edited.connect(self.refresh)
        doc.events.reset.connect(self.on_reset)
        self.refresh()

    def kept(self) -> str:
        return plan_for(self.doc.workshop, self.stage).notes

    def typed(self) -> str:
        """The box's words as they would be kept: as typed (a pasted line break a newline),
        or none when only spaces."""
        from wtfc.model.control_characters import with_line_breaks

        text = with_line_breaks(self.box.toPlainText())
        return text if text.strip() else ""

    def edit(self) -> Command:
        return edit_stage_notes(self.doc, stage=self.stage, text=self.box.toPlainText())

    def fill(self, kept: str) -> None:
        blocked = self.box.blockSignals(True)
        self.box.setPlainText(kept)
        self.box.blockSignals(blocked)

    def go_to(self) -> None:
        """The keyboard goes to the notes (Ctrl+Shift+N); folded, opening them asks first while
        the room may see this screen."""
        self.fold.open()

    def say(self) -> None:
        """The label: whose notes, and that the room never sees them, or why they are folded."""
        label = self.stage.label
        why = FOLDED if hasattr(self, "fold") and not self.fold.is_open() else NOT_SHOWN
        self.label.setText(f"Your notes for {label} — {why}")
        self.box.setAccessibleName(f"Your notes for {label}, {NOT_SHOWN}")
        if why == FOLDED:
            self.fold.button.setAccessibleName(f"Show your notes for {label}: {why}")

    def refresh(self) -> None:
        self.say()
        self.refill()
        self.box.setReadOnly(self.undo.read_only)
