"""A step recorded after going back drops the steps History listed after it, as typing after an
Undo does in any editor: said whether History is shown or not, from the window that shows it.

A later row clicked while a box held typed words recorded the words first, and so took away the
row clicked: nothing jumped, the rows went, and the foot still said the last jump (now asked
first, ``typed_ahead``: this is said when the words are entered). With History hidden, eight
Ctrl+Z and one rename lost six steps for good while the foot still said "Undone: …". (Going
forward after the words are recorded cannot be: the steps are gone.)

Watched from the window's start, not from History's list: the list is made at the first Ctrl+H
(``history_menu``), and the steps go whether it was ever opened or not.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from wtfc.ui.undo import UndoAdapter

_WATCHED: weakref.WeakSet[UndoAdapter] = weakref.WeakSet()  # each adapter's steps said once


def watch_dropped(undo: UndoAdapter, home: Callable[[], QWidget | None]) -> None:
    """Say dropped steps from now on (once per adapter, however many lists show its steps):
    from History's list while it is shown, else from ``home()``, the window (None: gone)."""
    if undo in _WATCHED:
        return
    _WATCHED.add(undo)
    stack = undo.stack
    last: list = [stack.index(), stack.count(), None]  # and the first step to redo
    if stack.index() < stack.count():
        last[2] = stack.command(stack.index())

    def said(index: int) -> None:
        if undo.going() or (window := home()) is None:
            return
        was_index, was_count, first_redo = last
        count = stack.count()
        last[:] = [index, count, stack.command(index) if index < count else None]
        gone = was_count - was_index
        if undo.quiet:
            return
        if not (gone > 0 and index == was_index + 1 == count
                and stack.command(index - 1) is not first_redo):
            return  # not a new step where others were to redo (a redo is that step)
        from wtfc.ui.undo import history_views

        later = "later step" if gone == 1 else f"{gone} later steps"
        # said from the window when History is hidden: a screen reader passes over a hidden
        # list's news
        shown = [view for view in history_views(stack) if view.isVisible()]
        undo._say(shown[0] if shown else window,
                  f"Recorded: {stack.text(index - 1)} — the {later} in History went, as a "
                  "change after going back replaces them")

    stack.indexChanged.connect(said)
