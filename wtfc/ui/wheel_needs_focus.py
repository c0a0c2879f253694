"""The wheel rule for a drop-down box on a page that scrolls: the wheel changes the box only
once it has the keyboard; otherwise it scrolls the page. A plain QComboBox takes the wheel
whenever the pointer is over it, so scrolling the import's mapping step turned a left-out
"Client name" column into statements, unseen. The same rule as ``date_box``'s boxes, as an
event filter, so a box made elsewhere (a ``QComboBox`` or ``ElidingComboBox``) can take it."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

_Box = TypeVar("_Box", bound=QWidget)


class _WheelFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget)
                and not watched.hasFocus()):
            # handled here but not accepted: Qt passes the wheel on to the box's parents
            event.ignore()
            return True
        return False


_FILTER: _WheelFilter | None = None  # one for every box, made with the first


def wheel_needs_focus(box: _Box) -> _Box:
    """``box``, changed by the wheel only once it has the keyboard (a click or Tab gives it,
    not the wheel); returned, to wrap a box as it is made."""
    global _FILTER
    if _FILTER is None:
        _FILTER = _WheelFilter()
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel
    box.installEventFilter(_FILTER)
    return box
