"""Windows that fit the screen they open on.

A council laptop's 1366×768 screen at 125% or 150% scaling has only 1093×614 or 911×512
logical pixels, less its taskbar: a window or dialog sized for a desktop monitor ran off its
foot, with its Close button out of reach. These give a window the size it wants where the
screen has room, and less where it has not.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# a window's frame and title bar, about, which lie outside its geometry
FRAME = QSize(16, 40)


def available_geometry(widget: QWidget, *, where_it_is: bool = False) -> QRect | None:
    """The free part (less the taskbar) of the screen ``widget`` is or will be on: a dialog
    opens over its window (in its showEvent it is shown, not placed yet); ``where_it_is`` for
    one shown and placed, perhaps dragged to the projector (no flag marks a drag)."""
    # not widget.screen(): PySide makes the one shared QScreen wrapper a child of the widget
    # it was asked of, so freeing that widget (a dialog) kills every kept reference to it
    parent = widget.parentWidget()
    anchor = widget if where_it_is or parent is None else parent.window()
    screen = (QGuiApplication.screenAt(anchor.frameGeometry().center())
              or QGuiApplication.primaryScreen())
    return screen.availableGeometry() if screen is not None else None


def fitting_size(wanted: QSize, available: QRect) -> QSize:
    """``wanted``, or less where the screen's free part, frame included, is smaller."""
    return QSize(min(wanted.width(), available.width() - FRAME.width()),
                 min(wanted.height(), available.height() - FRAME.height()))


def fit_to_screen(window: QWidget, wanted: QSize, available: QRect) -> None:
    """Size ``window`` to ``wanted`` or less, then place its whole frame on the screen:
    centred on its parent's window where it has one, and never past the free part's edges
    (the top-left corner first)."""
    size = fitting_size(wanted, available)
    window.resize(size)
    frame = QRect(0, 0, size.width() + FRAME.width(), size.height() + FRAME.height())
    parent = window.parentWidget()
    frame.moveCenter(parent.window().geometry().center() if parent else available.center())
    x = max(available.left(), min(frame.left(), available.right() - frame.width() + 1))
    y = max(available.top(), min(frame.top(), available.bottom() - frame.height() + 1))
    window.move(x, y)
