"""Edit → Copy (Ctrl+C): the menu item. What it copies is made by copy_words, loaded at the first
Copy or the first opening of the Edit menu, not at start-up."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


def add_copy_item(window: QMainWindow, edit: QMenu) -> QAction:
    """Put Copy in ``edit`` for ``window``: greyed in the open menu when nothing is chosen;
    Ctrl+C itself says so in the status bar. Text boxes keep their own Ctrl+C."""
    action = QAction(window, text="&Copy", statusTip="Copy the chosen cards, theme, actions, "
                     "cause or rows, to paste into an e-mail, Word or Excel")
    action.setShortcut(QKeySequence.StandardKey.Copy)

    def copy(*, menu_open: bool = False) -> None:
        from wtfc.ui.copy_words import copy_chosen

        copy_chosen(window, action, menu_open=menu_open)

    action.triggered.connect(lambda: copy())
    edit.addAction(action)
    edit.aboutToShow.connect(lambda: copy(menu_open=True))
    edit.aboutToHide.connect(lambda: action.setEnabled(True))
    return action
