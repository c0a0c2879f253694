"""File → Delete this workshop and its copies… (review 36 R6 R3): a workshop finished with (a
council's "delete 12 months after the review") goes with every copy wtfc made of it, asked once.

Deleting ``spring.wtfc`` in Explorer leaves its ``.bak`` … ``.bak3``, a colleague's version a
Save replaced, the damaged file an earlier version replaced, a crash's half-written copy, a
recovery copy kept with Decide later (offered at every start, for ever) and its name in Open
recent and Review's memory. This item deletes all of those that wtfc made, names each with its
date first, and says what it cannot reach. Deleting files is no edit of the workshop: it cannot
be undone, and the question says so plainly (Cancel is the default). The window then shows a
new empty workshop, as File → New workshop does.

Only the menu item is made with the File menu: what it does (the files' search, the question:
``workshop_deletion``) is loaded when first chosen, as start-up should not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from wtfc.ui.main_window import MainWindow

DELETE = "Delete this wor&kshop and its copies…"


def why_not(window: MainWindow) -> str:
    """Why it is greyed now ("" when it is not)."""
    if window.files.path is None:
        return "The workshop is not saved yet: there is no file of it to delete"
    if window.undo.read_only:  # a kept version, or the file another copy of wtfc has open
        return "Not while the workshop is open read-only"
    return ""


def add_delete_action(menu: QMenu, window: MainWindow) -> QAction:
    """The File menu's item, greyed with why (its tip and the window's foot) each time the
    menu opens. Reached from the keyboard as Alt+F, K."""
    action = QAction(window, text=DELETE)  # (the text first would load QIcon at start-up)
    action.setObjectName("delete_workshop")
    action.triggered.connect(lambda _=False: delete_workshop(window))
    menu.addAction(action)
    menu.setToolTipsVisible(True)

    def update() -> None:
        reason = why_not(window)
        action.setEnabled(not reason)
        tip = reason or "Delete this workshop's file and every copy wtfc made of it"
        action.setToolTip(tip)
        action.setStatusTip(tip)

    menu.aboutToShow.connect(update)  # (chosen unopened, it asks why_not itself)
    return action


def delete_workshop(window: MainWindow) -> bool:
    """Ask once, then delete the workshop's file and every copy wtfc made of it; True when all
    went (``workshop_deletion``)."""
    from wtfc.ui.workshop_deletion import delete_with_copies

    return delete_with_copies(window)
