"""The keyboard path for dragging a cause on the why-tree: a list of the boxes it may go under."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wtfc.model.document import Document
from wtfc.model.operations.causes import descendants
from wtfc.model.workshop import Cause
from wtfc.ui.fingers import ItemFingers


def places_for(doc: Document, cause: Cause) -> list[tuple[str | None, str]]:
    """Where a cause may go: the theme itself, or any box of its tree not in its own branch
    (under itself or a reason below it would make a loop)."""
    banned = {cause.id} | descendants(doc, cause.id)
    return [(None, "The theme itself (top level)")] + [
        (c.id, c.text) for c in doc.workshop.causes
        if c.theme_id == cause.theme_id and c.id not in banned]


class MoveUnderDialog(QDialog):
    """The keyboard path for a drag: pick the box a cause should go under."""

    def __init__(self, choices: list[tuple[str | None, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Move this reason")
        self.list = QListWidget()
        self.list.setAccessibleName("Move this reason under")
        # a flick to scroll it chose the last box it passed, for OK to move the cause under
        ItemFingers(self.list)
        for node, text in choices:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, node)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        label = QLabel("Move this reason &under:")
        label.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
