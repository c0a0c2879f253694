"""Edit ▸ History (Ctrl+H): its dock is made the first time it is asked for, not at start-up.

The dock is hidden until then, yet making it loaded QUndoView, the fitting delegate
(``history_fit``) and their Qt classes: ~11 M instructions of every start (2026-12-01,
callgrind). The Edit menu holds a stand-in with the same words, key and tip; the first Ctrl+H
(or a click on it, or anything reading ``MainWindow.history_dock``) makes the dock, puts the
dock's own toggle action where the stand-in was, and goes on as that action would have.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from wtfc.ui.history_dropped import watch_dropped
from wtfc.ui.undo import UndoAdapter, history_dock, history_keys

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow

TEXT, KEY = "&History", "Ctrl+H"
TIP = "Every change made, in turn: click one to go back to it"
STAND_IN = "wtfc history stand-in"  # the stand-in's object name, to find it in the menu


def history_item(window: MainWindow, edit: QMenu) -> QAction:
    """The Edit menu's History item until the dock is made (``make_history``). Steps that a
    new one drops are said from the start, History made or not (``history_dropped``)."""
    watch_dropped(window.undo, lambda: window if shiboken6.isValid(window) else None)
    stand_in = QAction(window, text=TEXT)
    stand_in.setObjectName(STAND_IN)
    stand_in.setShortcut(QKeySequence(KEY))
    stand_in.setStatusTip(TIP)
    stand_in.setCheckable(True)  # as the dock's toggle: the menu draws it the same

    def first_use() -> None:
        stand_in.setChecked(False)
        window.history_dock.toggleViewAction().trigger()  # made, swapped in, then shown

    stand_in.triggered.connect(first_use)
    edit.addAction(stand_in)
    return stand_in


def make_history(window: QMainWindow, undo: UndoAdapter, stand_in: QAction) -> QDockWidget:
    """The History dock (hidden), its toggle action put in the stand-in's place in the menu."""
    dock = history_dock(window, undo)
    toggle = dock.toggleViewAction()
    toggle.setText(TEXT)
    toggle.setShortcut(QKeySequence(KEY))
    toggle.setStatusTip(TIP)
    toggle.triggered.connect(lambda shown: history_keys(dock, shown))
    for menu in stand_in.associatedObjects():
        if isinstance(menu, QMenu):
            menu.insertAction(stand_in, toggle)
            menu.removeAction(stand_in)
    stand_in.setShortcut(QKeySequence())  # one action answers Ctrl+H from now on
    stand_in.deleteLater()  # not now: it may be the action being triggered
    return dock
