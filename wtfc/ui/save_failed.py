"""What a Save that did not get through tells the facilitator: the warning, and nothing left at
the window's foot that says otherwise."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMessageBox

from wtfc.ui.already_saved import ALREADY_SAVED, SAVED
from wtfc.ui.plain_tip import as_typed
from wtfc.ui.undo import passed


def say_not_saved(window: QMainWindow, words: str) -> None:
    """Warn that the workshop was not saved (``words``: why, and what to do). "Saved." from the
    save before (shown for 5 s) goes first: a second Ctrl+S soon after that failed on a full
    disk left it at the foot under the warning."""
    shown = window.statusBar().currentMessage()
    if shown.startswith(SAVED) or shown == ALREADY_SAVED:
        passed(window, shown)  # the lasting news it covered comes back, if any
    QMessageBox.warning(window, "The workshop was not saved", as_typed(words))
