""""Workshop already open": what a copy of wtfc asks when another has the file's lock
(``file_lock``). Open it read-only; take over another computer's lock ("that copy is closed");
or bring forward the window on this computer that has it (``window_call``), when it is this
user's own: another person signed in on a shared PC has a window no one else can reach.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wtfc.ui.file_lock import Holder

READ_ONLY, TAKE_OVER, SHOWN = "read-only", "take-over", "shown"


def ask_about_locked_file(parent, holder: Holder, name: str) -> str:
    """'open on HOST since TIME': READ_ONLY, TAKE_OVER (another computer's lock), SHOWN (the
    window on this computer that has it came forward when asked) or ""."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, "Workshop already open",
                      holder.describe(name), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the file's name as typed, never as HTML
    box.setObjectName("locked_file_message")
    box.setInformativeText(
        "Only one copy of wtfc can change a workshop at a time, so the two copies cannot "
        "overwrite each other's work. You can open it read-only to look at it, and use "
        "Save As to keep a copy of your own.")
    show = None
    if holder.can_be_shown:  # this user's own window on this computer: it can be asked
        show = box.addButton("Show that window", QMessageBox.ButtonRole.AcceptRole)
        show.setObjectName("show_window")
        show.setToolTip("Bring the wtfc window that has this workshop open to the front")
    read_only = box.addButton("Open read-only", QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("open_read_only")
    take_over = None
    if not holder.on_this_computer:  # wtfc cannot check a process on another computer
        take_over = box.addButton("Open anyway (that copy is closed)",
                                  QMessageBox.ButtonRole.DestructiveRole)
        take_over.setObjectName("take_over")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(show or read_only)
    box.setEscapeButton(cancel)
    while True:
        box.exec()
        clicked = box.clickedButton()
        if show is None or clicked is not show:
            break
        from wtfc.ui.window_call import BUSY, CAME_FORWARD, answer_to_show, not_shown_words

        assert holder.path is not None  # (QtNetwork loaded only now)
        if (answer := answer_to_show(holder.path)) == CAME_FORWARD:
            return SHOWN
        box.setInformativeText(not_shown_words(answer))  # said plainly; the other choices stay
        if answer != BUSY:  # nothing listens: asking again never helps, so the button goes
            box.removeButton(show)  # (its parent then none: deleted here)
            show.deleteLater()
            show = None
            box.setDefaultButton(read_only)
    if clicked is read_only:
        return READ_ONLY
    if take_over is not None and clicked is take_over:
        return TAKE_OVER
    return ""
