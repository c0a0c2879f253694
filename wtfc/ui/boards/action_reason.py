"""The line under the Plan and Act boards' list that asks why an action was stopped.

An action dropped with no note said only "Dropped" on Review and the feedback sheet. When one
is dropped (Space or the dialog's Status) and has nothing under "What has happened so far",
the line opens with the keyboard in it: Enter records the words as its note (its own undoable
step), Esc leaves the note blank. It is a line on the board, not a dialog: the room is not
stopped while the facilitator decides, and clicking elsewhere carries on as before. Words
typed and not sent are recorded when the keyboard leaves the line, or before a save or close,
as every box on the boards is (``left_field``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.commands import Command
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action, needs_reason
from wtfc.ui.announce import announce
from wtfc.ui.boards.common import RefusalNotice, push_edit
from wtfc.ui.boards.plan_text import short_name
from wtfc.ui.left_field import built_edits, record_when_left
from wtfc.ui.typed_detail_hint import TypedDetailHint
from wtfc.ui.undo import UndoAdapter, undo_keys_pass_on

ASK = "Why was this stopped?"
QUESTION_LENGTH = 70  # characters of the action quoted in the question: the row has it all


def under_list(board: QWidget, doc: Document, undo: UndoAdapter, notice: RefusalNotice,
               today: Callable[[], dt.date], actions: QAbstractItemView) -> ReasonLine:
    """A ``ReasonLine`` put under ``board``'s list ``actions``, and after it for Tab as it
    shows (not last)."""
    line = ReasonLine(doc, undo, notice, today, actions)
    layout = board.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(layout.indexOf(actions) + 1, line)
    QWidget.setTabOrder(actions, line.editor)
    return line


class ReasonLine(QFrame):
    """``ask(action_id)`` opens the line for a dropped action; ``record()`` keeps what was
    typed; ``follow()`` closes it once the action no longer needs a reason (an undo, a delete,
    a note written in the dialog). ``actions`` is the board's list: the keyboard goes back to it
    when the line closes."""

    def __init__(self, doc: Document, undo: UndoAdapter, notice: RefusalNotice,
                 today: Callable[[], dt.date], actions: QAbstractItemView) -> None:
        super().__init__()
        self._doc, self._undo, self._notice = doc, undo, notice
        self._today, self._actions = today, actions
        self.action_id: str | None = None  # the action asked about; None while closed
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Why the action was stopped")
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)  # the action's words, as typed
        self.editor = QLineEdit()
        self.editor.setPlaceholderText(ASK)
        self.editor.setAccessibleName(ASK)
        self.editor.setToolTip("A few words on why it was stopped: the feedback sheet prints "
                               "them. Enter saves; Esc leaves the note blank")
        self.editor.returnPressed.connect(self.record)
        self.question.setBuddy(self.editor)
        save = QPushButton("Save reason (Enter)")
        save.clicked.connect(self.record)
        blank = QPushButton("Leave blank (Esc)")
        blank.clicked.connect(self.leave_blank)
        # Their keys are Enter and Esc in the line. A click leaves the keyboard in the line:
        # pressing "Leave blank" had the line record what was typed as the keyboard left it.
        for button in (save, blank):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.blank = blank
        # the words go on the feedback sheet and the room's view: a name is said as typed
        self.detail_hint = TypedDetailHint(doc.names_to_watch)
        self.detail_hint.watch("Why it was stopped", self.editor.text, self.editor.textChanged)
        row = QHBoxLayout()
        row.addWidget(self.editor, 1)
        row.addWidget(save)
        row.addWidget(blank)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.addWidget(self.question)
        column.addLayout(row)
        column.addWidget(self.detail_hint)
        record_when_left(self.editor, self.record, after_click=True)
        # the app put the keyboard here after a drop, maybe a slip: with nothing typed, Ctrl+Z
        # reaches Edit > Undo (the drop undone, the line closes) rather than the empty line
        self.editor.installEventFilter(self)
        self.hide()

    def ask(self, action_id: str) -> None:
        action = self._doc.get("actions", action_id)
        if action is None:
            return
        self.action_id = action_id
        what = short_name(" ".join(action.what.split()), QUESTION_LENGTH)
        # a label with a buddy takes '&' as "the next letter is its key": "Bed & Breakfast"
        # lost its '&' and underlined a letter
        what = what.replace("&", "&&")
        self.question.setText(f"Dropped: “{what}”. {ASK} (a few words for the feedback sheet;"
                              " Enter saves, Esc leaves it blank)")
        self.editor.setText("")  # its undo history gone too: Ctrl+Z is the window's
        self.show()
        self.editor.setFocus()
        # the line takes room from the list (laid out now, not later): the row asked about is
        # kept whole in sight
        if (parent := self.parentWidget()) is not None and (layout := parent.layout()):
            layout.activate()
        actions, row = self._actions, self._actions.currentIndex()
        shown = actions.visualRect(row)
        if shown.top() < 0 or shown.bottom() > actions.viewport().height():
            # centred: scrolled item by item, "just into view" left the row cut at the foot
            actions.scrollTo(row, QAbstractItemView.ScrollHint.PositionAtCenter)

    def typed(self) -> str:
        """The words typed for the action asked about, not yet recorded ("" for none)."""
        return self.editor.text().strip() if self.action_id else ""

    def _edit(self, action_id: str, words: str) -> Command:
        action = self._doc.get("actions", action_id)
        today = self._today()
        fields: dict[str, Any] = {"progress_note": words}
        if action.checked_on is None or action.checked_on < today:
            fields["checked_on"] = today  # a reason given now is a check made now
        return edit_action(self._doc, action_id=action_id, **fields)

    def record(self) -> bool:
        """Enter, Save, or the keyboard leaving the line: the words typed become the note.
        Nothing typed leaves the line open (the question stands). False when refused (too
        long, and said so): the words stay to be shortened."""
        action_id, words = self.action_id, self.typed()
        if action_id is None or not words:
            return True
        if not push_edit(self._undo, self._notice, lambda: self._edit(action_id, words)):
            return False
        self.close_line()
        announce(self, f"Reason saved: {words}")
        return True

    def typed_edits(self) -> list[Command]:
        """What Enter would record, built and not done (the autosave's recovery copy)."""
        action_id, words = self.action_id, self.typed()
        if action_id is None or not words or self._undo.read_only:
            return []
        return built_edits(lambda: self._edit(action_id, words))

    def leave_blank(self) -> None:
        """Esc or "Leave blank": no note; the keyboard goes back to the list."""
        self.close_line()
        announce(self, "No reason given")

    def close_line(self) -> None:
        self.action_id = None  # first: the line losing the keyboard has nothing to record
        self.editor.setText("")
        focus = QApplication.focusWidget()
        had_keyboard = focus is not None and self.isAncestorOf(focus)
        self.hide()
        if had_keyboard:
            self._actions.setFocus()

    def follow(self) -> None:
        """After a change to the document: closed once its action needs no reason."""
        if self.action_id is None:
            return
        action = self._doc.get("actions", self.action_id)
        if action is None or not needs_reason(action):
            self.close_line()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return watched is self.editor and undo_keys_pass_on(event, self.editor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.action_id is not None:
            self.leave_blank()
            return
        super().keyPressEvent(event)
