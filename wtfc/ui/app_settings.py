"""wtfc's own settings on this laptop: the recent files, the Review board's pairings, the
window's size and place. Kept apart from the workshop files, which travel."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def settings() -> QSettings:
    return QSettings("wtfc", "wtfc")
