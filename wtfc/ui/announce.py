"""Telling a screen reader something without moving the keyboard.

Its own small module: the stage timer, on screen from start-up, announces too, and the boards'
shared module it came from loads the exports' wording, which start-up does not need. Qt's
accessibility classes are loaded on the first announcement, for the same reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

_recent: list[str] = []  # the last few things said, newest last (``announce_unless_said``)
_count = [0]  # how many were ever said: where "since then" starts
_KEPT = 8


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have a screen reader say ``text`` now, as a sighted user notices a message appear:
    NVDA and JAWS speak Qt's announcement event without the focus moving. ``urgent`` (a
    refusal, an error) interrupts what is being read; otherwise it waits its turn."""
    # imported here: making QAccessible's Python type and enums cost start-up ~3 ms, and
    # nothing is said before the first frame
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    _count[0] += 1
    _recent.append(text)
    del _recent[:-_KEPT]
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if urgent
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def announce_unless_said(widget: QWidget, text: str) -> None:
    """Say ``text`` once the code showing it has run, unless that code said the same news
    itself meanwhile (the same words, or words holding or held by them: "Planning: time is up"
    for the foot's "◷ Planning: time is up (20 minutes planned)"): heard once, not twice."""
    from PySide6.QtCore import QTimer

    start = _count[0]

    def say() -> None:
        since = _recent[max(0, len(_recent) - (_count[0] - start)):] if _count[0] > start else []
        if not any(said and (said in text or text in said) for said in since):
            announce(widget, text)

    QTimer.singleShot(0, widget, say)  # not at all if the widget is gone by then
