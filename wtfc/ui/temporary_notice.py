"""The notice a workshop opened from a temporary folder gets (``temporary_place``): an e-mail
attachment or a file inside a .zip, saved there all day and deleted later with the folder.
Saving there still works (Ctrl+S is never refused: "Saved." says where); the notice offers Save
As first, whose folder is then the Documents folder (``save_as_place``). Loaded only when such
a file opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from wtfc.model.control_characters import name_shown
from wtfc.model.temporary_place import opened_from_temporary

if TYPE_CHECKING:
    from wtfc.ui.main_window import MainWindow

TITLE = "Opened from a temporary folder"
SAVE_AS = "&Save As…"
LATER = "&Later"


def notice_box(parent: QWidget | None, path: Path, kind: str, notes: str = "") -> QMessageBox:
    """Where the file is and what to do, with Save As… first; ``notes``: what else opening
    it says (read-only, a check), after, so it is one notice."""
    box = QMessageBox(QMessageBox.Icon.Information, TITLE,
                      opened_from_temporary(name_shown(path.name), kind), parent=parent)
    box.setObjectName("temporary_notice")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the file's name as typed, never as HTML
    if notes:
        box.setInformativeText(notes)
    box.setDefaultButton(box.addButton(SAVE_AS, QMessageBox.ButtonRole.AcceptRole))
    box.setEscapeButton(box.addButton(LATER, QMessageBox.ButtonRole.RejectRole))
    return box


def say_opened_from_temporary(window: MainWindow, path: Path, kind: str, notes: str) -> None:
    """Show the notice; Save As… goes straight to the Save As dialog."""
    if _chosen(notice_box(window, path, kind, notes)):
        window.files.save_as_dialog()


def _chosen(box: QMessageBox) -> bool:
    """Ask (tests answer for the facilitator by replacing this): True for Save As…."""
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
