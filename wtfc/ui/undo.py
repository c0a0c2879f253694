"""The one adapter between the model's Qt-free commands and Qt's QUndoStack.

Widgets never edit the model directly: they build a command with an operation function
(``wtfc.model.operations``) and call ``UndoAdapter.push``. The stack gives the Undo/Redo actions,
the history list and the clean state behind the unsaved-changes marker.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import SIGNAL, SLOT, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QWidget

from wtfc.model.commands import Command
from wtfc.model.document import Document
from wtfc.model.errors import EditRefused
from wtfc.ui.announce import announce, announce_unless_said
from wtfc.ui.foot_words import whole_words
from wtfc.ui.history_dropped import watch_dropped
from wtfc.ui.undo_keys import UndoKeysReachWindow
from wtfc.ui.undo_keys import undo_keys_pass_on as undo_keys_pass_on  # boxes' own rules

if TYPE_CHECKING:
    from PySide6.QtWidgets import QUndoView  # made at the first Ctrl+H (history_menu)

    from wtfc.ui.typed_ahead import TypedAhead
    from wtfc.ui.undo_names import NamesTakenOff


class _QtCommand(QUndoCommand):
    def __init__(self, doc: Document, command: Command) -> None:
        super().__init__(command.label)
        self._doc = doc
        self._command = command

    def redo(self) -> None:
        self._command.do(self._doc)

    def undo(self) -> None:
        self._command.undo(self._doc)


class UndoAdapter:
    """Pushes model commands onto a QUndoStack; one adapter per open document."""

    def __init__(self, doc: Document, stack: QUndoStack | None = None) -> None:
        self.doc = doc
        self.stack = stack or QUndoStack()
        self.read_only = False
        self.stepping = False  # Undo or Redo is recording typing before it steps (``_step``)
        self.in_step = False  # Undo or Redo is changing the document: a board may follow it
        # what a board did to bring the step into sight (its filter widened), said after it
        self.notes: list[str] = []
        # where the window shows what a step did ("Undone: …"), as a screen reader hears it
        self.said: Callable[[str], None] | None = None
        self._taken_off: NamesTakenOff | None = None  # made at the first push (``undo_names``)
        self.quiet = False  # steps put back as they were (``typed_ahead``): nothing said
        self.also = ""  # said after the next move's words ("what you typed was not entered")
        self.ahead: TypedAhead | None = None  # asks before going forward over typed words

    def going(self) -> bool:
        """True while the stack is being destroyed. Its destructor clears it and announces each
        change (clean, nothing to undo); at interpreter exit PySide deletes what Python owns in
        no set order, so that can reach a window that is still there. Listeners let it pass: no
        edit was undone, and the stack can no longer be read."""
        return not shiboken6.isValid(self.stack)

    def push(self, command: Command) -> bool:
        """Do the command as one undo step. Empty edits are dropped. True if it was done."""
        if self.read_only:
            return False
        if getattr(command, "is_empty", False):
            return False
        step = _QtCommand(self.doc, command)
        label, relabel = self._names_taken_off().label(command)
        step.setText(label)  # without a name taken off by hand, this step's or an earlier one's
        self.stack.push(step)
        if relabel:
            self._names_taken_off().relabel()
        return True

    def _names_taken_off(self) -> NamesTakenOff:
        if self._taken_off is None:
            from wtfc.ui.undo_names import NamesTakenOff

            self._taken_off = NamesTakenOff(self.stack, self.doc)
            # another workshop: Open and New clear the stack. Not on the document's reset, which
            # Go back to an earlier version and a read-only file's first Save send too, with
            # the steps (and the names they quote) kept
            self.stack.indexChanged.connect(self._taken_off.forget_if_cleared)
        return self._taken_off

    def try_push(self, build, parent: QWidget | None = None) -> bool:
        """Build a command with ``build()`` and push it; a refused edit is explained, not raised.

        ``build`` is a zero-argument callable returning a command, so the operation's
        ``EditRefused`` reaches the user as a message box in plain English.
        """
        from PySide6.QtWidgets import QMessageBox

        try:
            command = build()
        except EditRefused as exc:
            from wtfc.ui.plain_tip import as_typed

            # the refusal quotes the user's words ("already a theme called 'I get <b>no</b>
            # help'"): the box guesses rich text, so they are shown as typed, a long link
            # unbroken for Ctrl+C (no zero-width spaces, as a tip gets)
            QMessageBox.information(parent, "Can't do that", as_typed(str(exc)))
            return False
        return self.push(command)

    def step_actions(self, parent: QWidget, before: Callable[[], bool]) -> tuple[QAction, QAction]:
        """The Undo and Redo actions, named after the step they undo or redo as the stack's own
        are. ``before()`` runs first and can stop them: words still being typed in a box are
        recorded as their own step, so Undo takes back the typing rather than the typing being
        recorded after the undo, where it would wipe out Redo. Words that are not an edit yet
        (a success statement not added with Enter) read ``stepping`` and stay where they are."""
        undo, redo = QAction(parent, text="&Undo"), QAction(parent, text="&Redo")
        from wtfc.ui.typed_ahead import TypedAhead

        self.ahead = TypedAhead(self, parent, before)
        # their keys, from a box with nothing typed; a click in History held back from a box
        UndoKeysReachWindow(parent.window(), leaving=self.ahead.leaving)

        def show() -> None:
            if self.going():
                return
            undo.setEnabled(self.stack.canUndo())
            redo.setEnabled(self.stack.canRedo())
            # a menu takes '&' as "the next letter is its key": "Tom & Jerry" lost its '&'
            undo.setText(f"&Undo {self.stack.undoText().replace('&', '&&')}".rstrip())
            redo.setText(f"&Redo {self.stack.redoText().replace('&', '&&')}".rstrip())

        for signal in (self.stack.indexChanged, self.stack.canUndoChanged,
                       self.stack.canRedoChanged, self.stack.undoTextChanged,
                       self.stack.redoTextChanged):
            signal.connect(show)
        undo.triggered.connect(lambda: self._step(parent, before, back=True))
        redo.triggered.connect(lambda: self._step(parent, before, back=False))
        show()
        return undo, redo

    def _step(self, parent: QWidget, before: Callable[[], bool], *, back: bool) -> None:
        """Undo or redo one step and say which ("Undone: Add card 'A garden'"), to a screen
        reader and where the window shows it (``said``): the views change with no word said,
        and a step under another theme, tab or kind of card changes nothing in sight, so the
        facilitator could not learn what Ctrl+Z took back. The label is read after
        ``before()``, which may record typing as its own step, and before the step, which
        moves the stack past it."""
        self.stepping = True
        ahead = self.stack.count() - self.stack.index()
        try:
            # going forward over words typed: asked first, as recording them ends Redo
            if not back and self.ahead is not None and not self.ahead.go_forward():
                return
            ready = before()
        finally:
            self.stepping = False
        if not ready:
            return
        if back and (gone := ahead - self.stack.count() + self.stack.index()) > 0:
            from wtfc.ui.typed_ahead import went

            self.also = went(gone)  # said with "Undone: …", which covers "Recorded: …"
        label = self.stack.undoText() if back else self.stack.redoText()
        index = self.stack.index()
        self.in_step, self.notes = True, []
        try:
            (self.stack.undo if back else self.stack.redo)()
        finally:
            self.in_step = False
        if self.stack.index() != index:
            self._say(parent, f"{'Undone' if back else 'Redone'}: {label}".rstrip(": "))

    def _say(self, parent: QWidget, words: str) -> None:
        # "…: the wall shows all kinds again"
        words = " — ".join([words, *self.notes, *([self.also] if self.also else [])])
        self.notes, self.also = [], ""
        announce(parent, words)
        if self.said is not None:
            self.said(words)

    def follow_history(self, view: QUndoView) -> QUndoView:
        """A row chosen in Edit > History jumps there through here, not by the view alone: the
        jump is said ("Went back to: Move 1 card to …", as Undo says its step) and boards
        follow it as they follow Undo (``in_step``). Many steps went at once and nothing at
        the window's foot said where to. The document tells the views of the jump as one
        edit (``Document.holding``)."""
        QObject.disconnect(view.selectionModel(), SIGNAL("currentChanged(QModelIndex,QModelIndex)"),
                           view.model(), SLOT("setStackCurrentIndex(QModelIndex)"))

        def jump(index: QModelIndex) -> None:
            row = index.row()
            if self.going() or not index.isValid() or row == self.stack.index():
                return  # the view following the stack, not the facilitator choosing a row
            if QApplication.activeModalWidget() is not None:
                # a floating History under an open dialog (an action's): its Save would write
                # the words it opened with over the step gone to
                QTimer.singleShot(0, lambda: self._refused(view, row))
                return
            if self.ahead is not None and self.ahead.wants(view, row):
                return  # a box left by this click holds words: they are seen to first
            self.jump_to(view, row)

        view.selectionModel().currentChanged.connect(lambda index, _old: jump(index))
        watch_dropped(self, lambda: self._window_of(view) if shiboken6.isValid(view) else None)
        return view

    def _refused(self, view: QUndoView, row: int) -> None:
        """Said at the row chosen, as a tip: the window's foot, where it was also written,
        is under an action's dialog at 1024x768 and 16 pt (review 34 R6-3); and said to a
        screen reader as the refusal it is (urgent)."""
        from PySide6.QtWidgets import QToolTip

        from wtfc.ui.typed_ahead import show_current

        show_current(view, self.stack.index())  # the row the workshop is at again
        words = "Close the open dialog first, then choose the row in History"
        if view.isVisible() and (model := view.model()) is not None:
            rect = view.visualRect(model.index(row, 0))
            QToolTip.showText(view.viewport().mapToGlobal(rect.bottomLeft()), words, view)
        announce(view, words, urgent=True)
        if self.said is not None:
            self.said(words)

    def jump_to(self, view: QUndoView, row: int) -> None:
        """Jump to History's ``row`` and say so (``follow_history``)."""
        label = self.stack.text(row - 1) if row else view.emptyLabel()
        back = row < self.stack.index()
        self.in_step, self.notes = True, []
        # the views follow the jump once, not once a step: 150 steps on 3,000 cards were
        # 150 layouts of the wall, 12 s frozen; the cursor says it is working meanwhile
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.doc.holding():
                self.stack.setIndex(row)
        finally:
            self.in_step = False
            QApplication.restoreOverrideCursor()
        self._say(view, f"Went {'back' if back else 'forward'} to: {label}")

    @staticmethod
    def _window_of(view: QUndoView) -> QWidget:
        """The main window holding History's list, docked or floating (then the dock is a
        window of its own, the main window its parent)."""
        window = view.window()
        holder = window.parentWidget()
        return holder.window() if holder is not None else window


SAID_MS = 5000  # how long "Undone: …" stays at the window's foot
LASTING = "wtfc_lasting"  # the status bar's property: the news it shows until that news ends


def show_lasting(window: QMainWindow, words: str) -> None:
    """Show words at the window's foot until ``end_lasting`` ("time is up", "the projector was
    disconnected"): a passing "Undone: …" over them gives them back (``in_status_bar``)."""
    bar = window.statusBar()
    whole_words(bar)  # two lines, not cut, when one is too short for them
    bar.setProperty(LASTING, words)
    bar.showMessage(words)
    bar.show()  # already shown in the main window; a window made elsewhere has none yet
    # news that holds is said too, as a sighted facilitator notices it appear: Remove this
    # person…'s line was never said. Not twice where its caller says the same news itself.
    announce_unless_said(window, words)


def end_lasting(window: QMainWindow, words: str) -> None:
    """``words`` no longer hold: they go from the foot, unless another message is there."""
    bar = window.statusBar()
    if bar.property(LASTING) == words:
        bar.setProperty(LASTING, "")
    if bar.currentMessage() == words:
        bar.clearMessage()


def in_status_bar(window: QMainWindow) -> Callable[[str], None]:
    """Show words at the window's foot for a few seconds (``UndoAdapter.said``), then the
    lasting news they covered, if it still holds (``passing``)."""
    # Made now, before the window is shown, so it is shown with it and stays: a steady strip
    # from the start. Made at the first message it stayed after, 22 px off every board from
    # then on; hidden again after each it would re-lay out the boards at every Undo.
    whole_words(window.statusBar())  # every message there, the window's own too, shown whole
    return lambda words: passing(window, words, SAID_MS)


PASSING_STEP = "wtfc_passing_step"  # the status bar's property: passing messages shown so far


def passing(window: QMainWindow, words: str, ms: int) -> None:
    """Show words at the window's foot for ``ms`` ("Undone: …", "Saved."), then the lasting news
    they covered, if it still holds: it was left an empty bar, and "the projector was
    disconnected" is the only place saying where the room view went. A passing message is never
    brought back: it was never marked lasting."""
    bar = window.statusBar()
    whole_words(bar)
    bar.showMessage(words, ms)
    bar.show()  # already shown in the main window; a window made elsewhere has none yet
    step = int(bar.property(PASSING_STEP) or 0) + 1  # only the last one's end gives news back
    bar.setProperty(PASSING_STEP, step)

    def give_back() -> None:
        lasting = bar.property(LASTING)  # read now: the news may have ended meanwhile
        if bar.property(PASSING_STEP) == step and lasting \
                and bar.currentMessage() in ("", words):
            bar.showMessage(lasting)  # nothing newer was shown over these words

    QTimer.singleShot(ms, bar, give_back)


def passed(window: QMainWindow, words: str) -> None:
    """``passing`` words no longer hold before their time (a date put right): they go from the
    foot, if still shown, and the lasting news they covered comes back at once."""
    bar = window.statusBar()
    if bar.currentMessage() == words:
        if lasting := bar.property(LASTING):
            bar.showMessage(lasting)
        else:
            bar.clearMessage()


# Edit > History's lists, so a step relabelled in place repaints them (``history_views``). Known
# here, not looked for in QApplication.allWidgets(), which also lists widgets being destroyed:
# wrapping one for isinstance crashed the whole run. Weak: a window closed takes its list along
_HISTORY_VIEWS: weakref.WeakSet[QUndoView] = weakref.WeakSet()


def history_views(stack: QUndoStack) -> list[QUndoView]:
    """The History lists showing ``stack``, those still there (not one deleted with its window)."""
    return [view for view in list(_HISTORY_VIEWS)
            if shiboken6.isValid(view) and view.stack() is stack]


def history_dock(window: QMainWindow, undo: UndoAdapter) -> QDockWidget:
    """Edit > History's list of changes, docked at the window's right and hidden until asked
    for; a row chosen there jumps through ``follow_history``."""
    from PySide6.QtWidgets import QUndoView  # at the first Ctrl+H (history_menu)
    view = QUndoView(undo.stack)
    view.setEmptyLabel("Opened")
    view.setAccessibleName("Undo history")
    view.setUniformItemSizes(True)  # open, it measured every row per edit: 80 ms at 4,000
    _HISTORY_VIEWS.add(view)
    from wtfc.ui import history_fit  # rows cut in the middle, whole in a tooltip

    history_fit.set_up(view)
    dock = QDockWidget("History", window)
    dock.setObjectName("history")
    dock.setWidget(undo.follow_history(view))  # jumps said
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    # shown: wide enough to tell its rows apart, or under the page where that leaves it no room
    dock.visibilityChanged.connect(lambda shown: history_fit.fit(window, dock) if shown else None)
    dock.hide()
    return dock


def history_keys(dock: QDockWidget, shown: bool) -> None:
    """Edit > History toggled: the keyboard into the list and back (``history_keys``)."""
    from wtfc.ui.history_keys import HistoryKeys  # at the first Ctrl+H, not at start-up

    HistoryKeys.of(dock).toggled(shown)
