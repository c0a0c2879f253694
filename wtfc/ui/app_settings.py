"""wtfc's own settings on this laptop: the recent files, the Review board's pairings, the
window's size and place. Kept apart from the workshop files, which travel."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def settings() -> QSettings:
    return QSettings("wtfc", "wtfc")


def written(kept: QSettings) -> bool:
    """What was set in ``kept`` reached its file (or the Windows registry). A read-only
    settings folder (a locked-down roaming profile) refuses it with nothing said, and
    ``status()`` reports it only once a sync has been tried."""
    kept.sync()
    return kept.status() == QSettings.Status.NoError
