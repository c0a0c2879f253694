"""Open a window-modal dialog that is forgotten and freed once it is closed.

Every dialog made for a key press (an action's Insert or Enter, the why-tree's N and M) stayed in
memory, with its list popups, until the file was closed: a day's workshop left hundreds behind.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def open_freed(owner: object, attr: str, dialog: QDialog) -> None:
    """Open ``dialog``, held in ``owner.<attr>`` (kept: PySide may collect it) until it closes,
    then forgotten and freed. ``finished`` comes after ``accepted``, so Save has read its fields
    first; a dialog shown again there (a Save refused) is kept, with what was typed in it."""
    setattr(owner, attr, dialog)

    def closed(_result: int) -> None:
        if dialog.isVisible():  # shown again by a refused Save: it closes (and is freed) later
            return
        if getattr(owner, attr, None) is dialog:
            setattr(owner, attr, None)
        dialog.deleteLater()

    dialog.finished.connect(closed)
    dialog.open()
