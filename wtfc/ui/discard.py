"""The question before a dialog throws away what was typed in it (Esc, Cancel, the close box)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_discard(parent: QWidget, what: str, *, new: bool) -> bool:
    """Whether to throw away a new ``what`` ("card", "action") or the changes to one. "Keep
    editing" is the default, so Enter or Esc in the question keeps the words."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      f"Discard this {what}?" if new else "Discard your changes?",
                      f"Discard this new {what}? What you typed will be lost." if new else
                      f"Discard your changes to this {what}? The {what} stays as it was.",
                      parent=parent)
    discard = box.addButton("&Discard", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("&Keep editing", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard
