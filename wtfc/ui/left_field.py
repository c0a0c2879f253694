"""Words typed in a box are recorded when the keyboard leaves it, as a paper form is read.

A facilitator types a reason or a cause, then clicks the tree, another theme or a stage, or
presses Ctrl+S, without pressing Enter: the words must not be lost. ``record_when_left`` makes
a box record itself on leaving it (not for its own context menu, which leaves it open).
``leave_open_editor`` takes the keyboard out of an editor opened over a table, list or the
wall (a cell's votes, a statement edited in place, a theme's name on the wall), which records
its words as leaving it by a click would: a shortcut (Ctrl+S, Ctrl+Q) does not leave it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QGraphicsView, QWidget


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
