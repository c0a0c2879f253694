"""A date box's right-click menu: Qt's own, with its Paste read as the keyboard's Paste is.
Qt's Paste put the words through its sections, which dropped "1/2/27" unsaid before the box
could read it, and kept "1 February 0126" as a date (``date_box.DateBox``). Opened while a
date is typed, the words stay (``DateBox.menu_open``): a step reads them first, as the wheel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QDateEdit

if TYPE_CHECKING:
    from wtfc.ui.date_box import DateBox

_UP, _DOWN = QDateEdit.StepEnabledFlag.StepUpEnabled, QDateEdit.StepEnabledFlag.StepDownEnabled


def show_menu(box: DateBox, at: QPoint) -> None:
    """The line edit's menu (Undo to Select All), then Step up and Step down, as Qt's, at
    ``at``; its Paste is Ctrl+V's. "No date yet" offers no Cut, Paste, Delete or steps, as
    its keys change nothing there (they left the words "No date ye", or a date of 0100)."""
    menu = box.lineEdit().createStandardContextMenu()
    for name in ("edit-cut", "edit-paste", "edit-delete"):  # as the keys do on "No date yet"
        edit = menu.findChild(QAction, name)
        if edit is not None:
            edit.setEnabled(edit.isEnabled() and box.takes_paste())
    paste = menu.findChild(QAction, "edit-paste")
    if paste is not None:
        paste.triggered.disconnect()  # from the line edit's own paste: done once it closes
    menu.addSeparator()
    can, steps = box.stepEnabled(), {}
    for name, step, flag in (("&Step up", 1, _UP), ("Step &down", -1, _DOWN)):
        action = QAction(menu, text=name)  # (not QAction(text): QIcon's enums, ~150 built)
        # typed words are read first (Qt's own could step only up from "1/2/27"); never to 1999
        action.setEnabled(box.typing() or (bool(can & flag) and box.kept_steps(step) != 0))
        menu.addAction(action)
        steps[action] = step
    # once the menu has gone, as Qt does: pasted while it closed, the box's focus moving
    # back read the words at once, and a date it cannot take was put back unsaid
    box.menu_open = True  # the words typed are read by a step, kept for the rest
    try:
        chosen = menu.exec(at)
        if chosen in steps:  # as a wheel notch: a typed date read first, then its day steps
            box.setFocus()  # (back from the menu, as Paste's)
            # (Step up after "1/2/27" stepped the year: 1 Feb 2028; after "31/2/27" it stepped
            # the old date's, saved under "There is no 31 February": no date, no step)
            if box.read_before_step(stay=True):
                box.stepBy(steps[chosen])
    finally:
        box.menu_open = False
    menu.deleteLater()
    if chosen is not None and chosen is paste:
        _paste(box)


def _paste(box: DateBox) -> None:
    """The keyboard's Paste sent to the box, so read, shown and refused as Ctrl+V is."""
    box.setFocus()  # what is pasted is read as the box is left
    # Ctrl+V (Qt's Control is a Mac's Command): the keyboard's Paste on every system
    QApplication.sendEvent(box, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_V,
                                          Qt.KeyboardModifier.ControlModifier))
