"""Telling a screen reader something without moving the keyboard.

Its own small module: the stage timer, on screen from start-up, announces too, and the boards'
shared module it came from loads the exports' wording, which start-up does not need. Qt's
accessibility classes are loaded on the first announcement, for the same reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader say ``text`` now, as a sighted user notices a message appear:
    NVDA and JAWS speak Qt's announcement event without the focus moving. ``urgent`` (a
    refusal, an error) interrupts what is being read; otherwise it waits its turn."""
    # imported here: making QAccessible's Python type and enums cost start-up ~3 ms, and
    # nothing is said before the first frame
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
