"""The path a save dialog's answer means, with the file type's ending added when it was not
typed. The dialog asks before replacing a file only for the name as typed, so a name it added
an ending to ("spring" → "spring.wtfc") is asked about here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget


def chosen_path(parent: QWidget, name: str, suffix: str, *,
                any_ending: bool = False) -> Path | None:
    """``name`` ending in ``suffix`` (or in any ending typed, with ``any_ending``: an export
    may be .csv or .xlsx); None when that file exists and the user keeps it."""
    from PySide6.QtWidgets import QMessageBox

    from wtfc.model.control_characters import name_shown  # as the title shows a file's name
    from wtfc.ui.plain_tip import as_typed  # the file's name as typed, never as HTML

    path = Path(name)
    if path.suffix.lower() == suffix.lower() or (any_ending and path.suffix):
        return path
    path = path.with_name(path.name + suffix)
    if path.exists():
        answer = QMessageBox.question(
            parent, "Replace the file?",
            as_typed(f"'{name_shown(path.name)}' already exists in "
                     f"{name_shown(str(path.parent))}.\nReplace it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return path
