"""Scrolling a part of a page into sight in the scroller that holds it (Prepare's page, the
Teams panel, Review's "Looking back"): a line that appears or changes below the box being
typed in is otherwise off the bottom of a short screen, unseen."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QScrollArea, QWidget


def scroller_of(widget: QWidget) -> QScrollArea | None:
    """The nearest scroll area round ``widget`` (None when none is)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def bring_into_sight(part: QWidget, keep: QWidget) -> None:
    """Scroll so ``part`` shows, and ``keep`` (the box being typed in, inside or beside it)
    still does where both do not fit."""
    area = scroller_of(keep)
    if area is None:
        return
    if part.height() <= area.viewport().height():
        area.ensureWidgetVisible(part, 0, 0)
    area.ensureWidgetVisible(keep)


def hint_in_sight(hint: QWidget, box: QWidget) -> None:
    """After the layout has made room for ``hint`` (just shown under ``box`` as words are
    typed in it), scroll it into sight, the box staying in sight first."""

    def scroll() -> None:
        if hint.isVisible() and box.hasFocus():
            area = scroller_of(box)
            if area is not None:
                area.ensureWidgetVisible(hint, 0, 6)
                area.ensureWidgetVisible(box, 0, 6)

    QTimer.singleShot(0, hint, scroll)
