"""What a screen reader is told: the announcements a test catches and a widget's description."""

from __future__ import annotations

from PySide6.QtGui import QAccessible


def catch_announcements(monkeypatch) -> list[str]:
    """The words wtfc asks a screen reader to announce from now on, in order."""
    said: list[str] = []
    real = QAccessible.updateAccessibility

    def record(event):
        if event.type() == QAccessible.Event.Announcement:
            said.append(event.message())
        return real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return said


def described(widget) -> str:
    """The description a screen reader reads with the widget's name as the focus reaches it."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)
