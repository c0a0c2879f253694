"""A widget with a style sheet of its own keeps the font of the window it is in.

Qt gives such a widget the system's font rather than its parent's when the style sheet is set
before the widget has a parent, or changed while it is on screen: the card dialog's verdict
and the import dialog's warnings were drawn at 9 pt in 12 pt dialogs (smaller still beside a
larger system font). ``keep_parent_font`` puts the parent's font back each time; the style
sheet's own weight (a warning's bold) still applies on top of it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

_WATCHED = (QEvent.Type.FontChange, QEvent.Type.ParentChange, QEvent.Type.Polish)


class ParentFont(QObject):
    """An event filter: after its widget's font or parent changes, the parent's font again."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._setting = False  # the font change this filter makes itself is let through

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() in _WATCHED and not self._setting and isinstance(watched, QWidget)
                and (parent := watched.parentWidget()) is not None
                and not _same_face(watched.font(), parent.font())):
            self._setting = True
            try:
                watched.setFont(parent.font())
            finally:
                self._setting = False
        return False


def _same_face(font: QFont, other: QFont) -> bool:
    """The same size and family, whatever the weight (a style sheet may make it bold)."""
    return font.pointSizeF() == other.pointSizeF() and font.family() == other.family()


def keep_parent_font(widget: QWidget) -> None:
    """``widget`` (a label with a style sheet) always has its parent's font."""
    widget.installEventFilter(ParentFont(widget))
