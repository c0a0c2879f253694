"""Going forward in History (Redo, a later row of Edit > History clicked) with words typed in a
box and not entered yet.

Words typed are recorded before any move (``left_field``), as a step of their own, and a step
recorded after going back replaces the later steps in History, as in any editor. Going forward,
that took away the very steps the facilitator was going forward to: a reason typed on Choose
priorities, then a later row of History clicked, and the row went, nothing moved, and the steps
were lost for good. Now they are asked first, once, in plain words: enter the words and stay
(the later steps go, and the foot says so), drop the words and go forward, or Cancel (the words
stay in their box, the later steps in History). Going back records the words first, as before:
the jump back or Undo takes them back, and Redo gives them again (and the steps that went are
said: ``went``). Going to another stage asks the same (``stage_move.move_on``).

A click in History, Ctrl+H or Tab takes the keyboard from the box before a row is chosen: the
box's leaving is held (``leaving``, from ``UndoKeysReachWindow``) until the row is known.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QUndoView

    from wtfc.ui.undo import UndoAdapter

# a box's dynamic property: its words stay in it over Undo, Redo and a jump, never a step then
# (Identify success's "Add…" boxes, added only with Enter): nothing to ask about
KEPT_ON_MOVES = "wtfc_kept_on_moves"
ENTER, DROP, CANCEL = "enter", "drop", "cancel"
QUOTED = 60  # letters of the typed words the question quotes; longer ones are cut with "…"
DROPPED = "what you typed was not entered"  # after "Went forward to: …" or "Redone: …"


def typed_in(box: QWidget | None) -> str | None:
    """The words typed in ``box`` that leaving it would record as a step (its page, board or
    view builds them: ``typed_edits``), or None when leaving it records nothing."""
    if box is None or not shiboken6.isValid(box) or box.property(KEPT_ON_MOVES):
        return None
    words = _words(box)
    widget: QWidget | None = box
    while widget is not None:
        if hasattr(widget, "typed_edits"):
            return words if words is not None and widget.typed_edits() else None
        widget = widget.parentWidget()
    return None


def _words(box: QWidget) -> str | None:
    """What ``box`` shows as typed, by Qt's class names (a line, a text box, a number)."""
    if box.inherits("QLineEdit") or box.inherits("QAbstractSpinBox"):
        return str(box.text())  # type: ignore[attr-defined]
    if box.inherits("QPlainTextEdit") or box.inherits("QTextEdit"):
        return str(box.toPlainText())  # type: ignore[attr-defined]
    if box.inherits("QComboBox"):
        return str(box.currentText())  # type: ignore[attr-defined]
    return None


def went(gone: int) -> str:
    """Going back over words typed records them first, which ends the ``gone`` steps ahead, as
    any change after going back does: said with the step's words, as they cover the first."""
    later = "later step" if gone == 1 else f"{gone} later steps"
    return f"what you typed was recorded first, and the {later} in History went with it"


def ask(parent: QWidget, words: str, later: int, moving: str | None = None) -> str:
    """ENTER, DROP or CANCEL: what to do with ``words`` before going forward over ``later``
    steps, or going to the stage ``moving``. Cancel is the default, so Enter or Esc in the
    question changes nothing."""
    from PySide6.QtWidgets import QMessageBox

    box = question(parent, words, later, moving)
    box.exec()
    role = box.buttonRole(box.clickedButton()) if box.clickedButton() else None
    return ENTER if role == QMessageBox.ButtonRole.AcceptRole \
        else DROP if role == QMessageBox.ButtonRole.DestructiveRole else CANCEL


def question(parent: QWidget | None, words: str, later: int,
             moving: str | None = None) -> QMessageBox:
    """The question, not yet asked (Enter accepts, Drop is destructive). The stage gone to is
    named in the words, not on the buttons: a QMessageBox is at most 886 px wide on a 1366
    screen (613 at 125 %), and at 16 pt "Drop what I typed and go to ‘Identify success’" was
    cut at both ends there, on the very button that drops the words."""
    from PySide6.QtWidgets import QMessageBox  # at the first question, not at start-up

    words = " ".join(words.split())
    if len(words) > QUOTED:
        words = words[:QUOTED - 1].rstrip() + "…"
    steps = "the later step" if later == 1 else f"the {later} later steps"
    then = f"\n\nEnter it or drop it, and wtfc goes to ‘{moving}’." if moving else ""
    box = QMessageBox(QMessageBox.Icon.Question, "Words not entered yet",
                      f"You have typed ‘{words}’ but not entered it.\n\n"
                      f"Entering it now replaces {steps} in History.{then}", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the words as typed, never as markup
    box.addButton("&Enter it and go" if moving else "&Enter it and stay",
                  QMessageBox.ButtonRole.AcceptRole)
    box.addButton("&Drop it and go" if moving else "&Drop it and go forward",
                  QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


class _HeldLeaving(QObject):
    """Keeps a box from hearing that the keyboard left it (the question taking it): leaving
    records the words, which is what the question asks about."""

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.FocusOut


@contextmanager
def held_leaving(box: QWidget) -> Iterator[None]:
    holder = _HeldLeaving(box)
    box.installEventFilter(holder)  # put on last: it runs before the box's own
    try:
        yield
    finally:
        if shiboken6.isValid(box):
            box.removeEventFilter(holder)
            holder.deleteLater()


def leave(box: QWidget) -> None:
    """Tell ``box`` the keyboard left it, as a click elsewhere does: it records its words."""
    if shiboken6.isValid(box):
        QApplication.sendEvent(box, QFocusEvent(QEvent.Type.FocusOut,
                                                Qt.FocusReason.OtherFocusReason))


def take_back(undo: UndoAdapter, record: Callable[[], bool]) -> bool:
    """Drop the words typed: recorded (``record``), so the box forgets them as after any Undo,
    then taken back, and the later steps they replaced put back as they were (the saved step
    still the saved one). False when the words were refused (too long, and said so)."""
    from wtfc.ui.undo import _QtCommand

    stack, index, clean = undo.stack, undo.stack.index(), undo.stack.cleanIndex()
    later = [stack.command(i) for i in range(index, stack.count())]
    kept = [(step._command, step.text()) for step in later if isinstance(step, _QtCommand)]
    undo.quiet = True  # no "Recorded: … the later steps went": they come back
    try:
        if not record():
            return False
        if stack.index() == index or len(kept) != len(later):
            return True
        with undo.doc.holding():  # the views follow once: the words gone, nothing else
            stack.setIndex(index)
            for at, (command, label) in enumerate(kept, start=index + 1):
                step = _QtCommand(undo.doc, command)
                step.setText(label)
                stack.push(step)
                if at == clean:
                    stack.setClean()
            stack.setIndex(index)
    finally:
        undo.quiet = False
    return True


class TypedAhead(QObject):
    """One per window's undo adapter: asks before a move forward would record typed words.

    The keyboard going into History (a click, Ctrl+H, Tab, a floating History's window) or to
    another window leaves a box with words typed and steps to redo unrecorded: the box is
    parked, its leaving not told, until a row is chosen (a later one asks, one back records
    first, as leaving always did) or the keyboard goes elsewhere in the window (recorded then,
    as a click elsewhere records). Back in the box, nothing is recorded: the words are there to
    type on. Recorded at once, they took the later steps before ↓ in History could reach them,
    and Alt+Tab to the projector's window took them too."""

    def __init__(self, undo: UndoAdapter, window: QWidget, record: Callable[[], bool]) -> None:
        super().__init__(window)
        self._undo, self._window, self._record = undo, window, record
        self._parked: QWidget | None = None  # a box the keyboard left, not told yet
        self._row: int | None = None  # the row then chosen in History
        self._view: QUndoView | None = None
        self._due = False  # ``_resolve`` waits for the event loop
        self._asking = False  # the question has the keyboard
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)

    def box(self) -> QWidget | None:
        """The box whose words a move would record: one parked, or the window's focus box."""
        if self._parked is not None and shiboken6.isValid(self._parked):
            return self._parked
        return self._window.focusWidget() if shiboken6.isValid(self._window) else None

    def seen_to(self, moving: str | None = None) -> str | None:
        """Before going forward (Redo) or, ``moving``, to that stage: words typed with steps
        to redo are asked about. ENTER (recorded), DROP (taken back: the steps as they were),
        CANCEL (nothing done, or the words refused and said so) or None (nothing to ask)."""
        stack, box = self._undo.stack, self.box()
        if not stack.canRedo() or self._undo.read_only or box is None \
                or (words := typed_in(box)) is None:
            return None
        self._asking = True
        try:
            with held_leaving(box):
                choice = ask(self._window, words, stack.count() - stack.index(), moving)
        finally:
            self._asking = False
        # a parked box (the keyboard in History) is told it was left: an editor over a table
        # or the wall records only so, and the window's focus box is no longer it
        record = (lambda: self._left(box)) if box is self._parked else self._record
        done = record() if choice == ENTER else take_back(self._undo, record) \
            if choice == DROP else True
        if not done:  # refused (too long), and said so
            choice = CANCEL
        if choice != CANCEL:
            self._parked = None  # seen to: nothing left to record as the keyboard moves on
        return choice

    def go_forward(self) -> bool:
        """Before Redo: True to go on (nothing typed, or the words dropped); False to stay
        (the words entered, or Cancel)."""
        choice = self.seen_to()
        if choice == DROP:
            self._undo.also = DROPPED
        return choice in (None, DROP)

    def leaving(self, box: QWidget, event: QEvent) -> bool:
        """The keyboard leaves ``box``: True holds that news back (the box parked) when it goes
        into History or out of the window, with words typed and steps to redo."""
        if not isinstance(event, QFocusEvent) or self._parked is not None \
                or not self._undo.stack.canRedo() or self._undo.read_only:
            return False
        away = event.reason() == Qt.FocusReason.ActiveWindowFocusReason
        if not (away or self._into_history(QApplication.focusWidget())) or typed_in(box) is None:
            return False
        self._parked, self._row, self._view = box, None, None
        return True

    def wants(self, view: QUndoView, row: int) -> bool:
        """A row chosen in History while a box is parked: the jump waits for it."""
        if self._parked is None:
            return False
        self._row, self._view = row, view
        self._later()
        return True

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Back in the parked box: nothing to record. Elsewhere in the window: recorded, as a
        click there records. Another window (the room's, a dialog, the question) or another
        program: the words wait in the box, as they would have with no steps to redo."""
        box = self._parked
        if box is None or new is None or self._asking or self._into_history(new) \
                or not shiboken6.isValid(self._window) or new.window() is not self._window.window():
            return
        if new is box or not shiboken6.isValid(box):
            self._parked = None
            return
        self._row = self._view = None
        self._later()

    def _later(self) -> None:
        if not self._due:  # once the click or key has done what it does
            self._due = True
            QTimer.singleShot(0, self._resolve)

    def _into_history(self, new: QWidget | None) -> bool:
        """Into History or the window's stage list: a row chosen there goes forward or moves
        the workshop on (``stage_move.move_on``), and is asked about first."""
        from wtfc.ui.undo import history_views

        views = [*history_views(self._undo.stack), getattr(self._window, "navigator", None)]
        return new is not None and any(view is new or (view is not None and view.isAncestorOf(new))
                                       for view in views)

    def _resolve(self) -> None:
        self._due = False
        box, row, view = self._parked, self._row, self._view
        self._parked = self._row = self._view = None
        if box is None or not shiboken6.isValid(box):
            return
        stack = self._undo.stack
        if row is None or view is None or row < stack.index():
            ahead = stack.count() - stack.index()
            leave(box)  # the keyboard elsewhere, or a row back: recorded first, as leaving is
            if row is not None and view is not None and row < stack.index():
                if gone := ahead - stack.count() + stack.index():
                    self._undo.also = went(gone)  # "Went back to: …" covers "Recorded: …"
                self._undo.jump_to(view, row)
            return
        words = typed_in(box)
        self._asking = True
        try:
            choice = ENTER if words is None else ask(self._window, words,
                                                     stack.count() - stack.index(), None)
        finally:
            self._asking = False
        if choice == ENTER:
            leave(box)
        elif choice == DROP and take_back(self._undo, lambda: self._left(box)):
            self._undo.also = DROPPED
            self._undo.jump_to(view, row)
            return
        if choice == CANCEL and box.isVisible():
            box.setFocus(Qt.FocusReason.OtherFocusReason)  # the words still there to type on
        show_current(view, stack.index())

    def _left(self, box: QWidget) -> bool:
        before = self._undo.stack.index()
        leave(box)
        return self._undo.stack.index() != before or typed_in(box) is None


def show_current(view: QUndoView, row: int) -> None:
    """The list shows the step the workshop is at again, not the row clicked."""
    if shiboken6.isValid(view) and (model := view.model()) is not None:
        from PySide6.QtCore import QItemSelectionModel

        view.selectionModel().setCurrentIndex(
            model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
