"""Keeps the wall's one-letter shortcuts out of the suggestions panel's lists and buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt


class LettersStayHere(QObject):
    """The wall's one-letter keys (S, N, M, C, W, L, Z) act on the wall's chosen cards: pressed
    while the panel's lists or buttons have the keyboard, they would re-run the suggestions
    (losing renames and unticks) or move a card out of sight. Here a letter is the list's own
    (type-ahead), so it never reaches those shortcuts."""

    def eventFilter(self, watched, event) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and event.text().isprintable()
            and event.text().strip()
            and not event.modifiers()
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        ):
            event.accept()
        return False
