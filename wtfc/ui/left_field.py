"""Words typed in a box are recorded when the keyboard leaves it, as a paper form is read.

A facilitator types a reason or a cause, then clicks the tree, another theme or a stage, or
presses Ctrl+S, without pressing Enter: the words must not be lost. ``record_when_left`` makes
a box record itself on leaving it (not for its own context menu, which leaves it open).
``leave_open_editor`` takes the keyboard out of an editor opened over a table, list or the
wall (a cell's votes, a statement edited in place, a theme's name on the wall), which records
its words as leaving it by a click would: a shortcut (Ctrl+S, Ctrl+Q) does not leave it.

Until it is left, what is typed is only in the box: a crash would lose it. ``TypingWatch`` says
when words are typed, and ``typed_edits`` builds them as the steps recording them would make,
without doing them, so the autosave's recovery copy can hold them while the facilitator types on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMetaObject, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QGraphicsView, QWidget

from wtfc.model.commands import Command
from wtfc.model.errors import EditRefused


class _RecordWhenLeft(QObject):
    def __init__(self, box: QWidget, record: Callable[[], object], after_click: bool) -> None:
        super().__init__(box)
        self._box, self._record, self._after_click = box, record, after_click

    def eventFilter(self, watched, event) -> bool:
        if watched is self._box and event.type() == QEvent.Type.FocusOut \
                and event.reason() != Qt.FocusReason.PopupFocusReason:
            later = not self._box.isVisible() or (  # the page is going (an undo changed the
                self._after_click and event.reason() == Qt.FocusReason.MouseFocusReason)  # stage)
            if later:  # once that is done, or once the click has done what it does
                QTimer.singleShot(0, self._record)
            else:
                self._record()
        return False


def record_when_left(box: QWidget, record: Callable[[], object], *,
                     after_click: bool = False) -> None:
    """Call ``record()`` whenever the keyboard leaves ``box``; ``after_click``: when a click
    took it, after the click (recording may redraw what was clicked, and lose the click)."""
    box.installEventFilter(_RecordWhenLeft(box, record, after_click))


def leave_open_editor(window: QWidget) -> None:
    """If the keyboard is in an editor over a view of ``window``, leave it (so it records its
    words) and give the keyboard back to the view, where it was before the editor opened."""
    focus = QApplication.focusWidget()
    if focus is None or not window.isAncestorOf(focus):
        return
    widget: QWidget | None = focus
    while widget is not None and (parent := widget.parentWidget()) is not None:
        view = parent.parentWidget()
        if isinstance(view, (QAbstractItemView, QGraphicsView)) and parent is view.viewport():
            focus.clearFocus()
            if not view.hasFocus():
                view.setFocus()
            return
        widget = parent


class TypingWatch(QObject):
    """Says ``typed`` as words change in the box of ``window`` the keyboard is in, and once
    more when the keyboard leaves a box they changed in (recorded, or given up with Esc)."""

    typed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._watching: QMetaObject.Connection | None = None
        self._changed = False  # words changed in the box watched
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # a window exists, so the widget application does
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._watching is not None:
            QObject.disconnect(self._watching)  # (False, harmlessly, when the box is gone)
            self._watching = None
        if self._changed:
            self._changed = False
            self.typed.emit()
        # a line, a text box or a spin box; a dialog's boxes are not the window's (isAncestorOf)
        changed = getattr(new, "textChanged", None)
        if new is not None and changed is not None and self._window.isAncestorOf(new):
            self._watching = changed.connect(self._on_text_changed)

    def _on_text_changed(self, *_: object) -> None:
        self._changed = True
        self.typed.emit()


def typed_edits(window: QWidget) -> list[Command]:
    """Words typed and not yet recorded in ``window``, as the steps recording them would make:
    built, not done. Only the box the keyboard is in (or was in, when another program took the
    keyboard) can hold such words, since every box records itself when it is left; the page,
    board or view that owns it builds them (its ``typed_edits()``). The keyboard in History
    with steps to redo, the box it left waits to be told (``TypedAhead.box``)."""
    from wtfc.ui.typed_ahead import TypedAhead

    ahead = window.findChild(TypedAhead, options=Qt.FindChildOption.FindDirectChildrenOnly)
    widget: QWidget | None = ahead.box() if ahead is not None else window.focusWidget()
    while widget is not None and widget is not window:
        if hasattr(widget, "typed_edits"):
            return widget.typed_edits()
        widget = widget.parentWidget()
    return []


def open_editor_value(view: QAbstractItemView) -> tuple[QModelIndex, object] | None:
    """The cell an editor is open on in ``view`` and what the editor holds now: what leaving
    it would write (its user property, which the item delegate writes)."""
    if view.state() != QAbstractItemView.State.EditingState:
        return None
    index = view.currentIndex()
    editor = view.indexWidget(index)
    if editor is None:
        return None
    return index, editor.metaObject().userProperty().read(editor)


def built_edits(*builds: Callable[[], Command]) -> list[Command]:
    """The commands ``builds`` make, leaving out one that changes nothing and one refused
    (words too long, say: they can be kept only once they are shortened)."""
    commands = []
    for build in builds:
        try:
            command = build()
        except EditRefused:
            continue
        if not getattr(command, "is_empty", False):
            commands.append(command)
    return commands
