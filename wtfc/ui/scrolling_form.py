"""A dialog's fields that scroll when the screen is too short for them, and a window that grows
for a line that appears in it only as far as the screen has room.

The action dialog grew for its "Saved now, this action loses its link…" warning from 418 to
488 logical pixels, taller than a 1366×768 laptop at 150% (512, less its taskbar and the title
bar): Save and Cancel went off the foot of the screen. Its fields now scroll, the buttons stay
under them, and the dialog grows for a new line only to the screen's foot, moving up first.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLayout, QScrollArea, QWidget

from wtfc.ui import screen_fit
from wtfc.ui.screen_fit import FRAME

FEWEST_LINES = 6  # the fields' box is never squeezed below this many lines of text


class ScrollingForm(QScrollArea):
    """``fields`` whole where there is room (the box asks for their height at its width, so the
    dialog opens at its full size), scrolling where the window is shorter."""

    def __init__(self, fields: QWidget) -> None:
        super().__init__()
        self._fields = fields
        layout = fields.layout()
        if layout is not None:
            layout.setContentsMargins(0, 0, 0, 0)  # the window's margins are around it
        self.setWidget(fields)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, and scrolls to them

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        frame = 2 * self.frameWidth()
        if self._fields.hasHeightForWidth():
            return self._fields.heightForWidth(width - frame) + frame
        return self._fields.sizeHint().height() + frame

    def sizeHint(self) -> QSize:
        wanted = self._fields.sizeHint()
        return QSize(wanted.width(), self.heightForWidth(wanted.width()))

    def minimumSizeHint(self) -> QSize:
        lines = FEWEST_LINES * self.fontMetrics().lineSpacing()
        return QSize(self._fields.minimumSizeHint().width(), lines)


def _wanted_height(layout: QLayout, window: QWidget, width: int) -> int:
    """How tall ``window`` must be at ``width`` for all its lines, wrapped ones too."""
    for form in window.findChildren(ScrollingForm):  # a line just shown in the fields: the
        form.updateGeometry()  # box's height is asked again, not the one Qt kept
    layout.invalidate()
    if layout.hasHeightForWidth():
        return layout.totalHeightForWidth(width)
    return layout.totalSizeHint().height()


def _room(window: QWidget, *, where_it_is: bool = False) -> int | None:
    """The tallest ``window`` can be with its frame on the free part of its screen."""
    available = screen_fit.available_geometry(window, where_it_is=where_it_is)
    if available is None:
        return None
    frame = window.frameGeometry().height() - window.height()
    return available.height() - (frame or FRAME.height())  # not framed yet: about a title bar


def size_to_open(window: QWidget) -> None:
    """Before ``window`` is first shown: tall enough for all its lines where the screen has
    room (Qt opens a window whose contents can scroll at 2/3 of the screen's height: the
    action dialog at 341 of 512 pixels, scrolling where it had room to show everything)."""
    layout = window.layout()
    if layout is None:
        return
    width = max(window.minimumWidth(), layout.totalSizeHint().width())
    height = _wanted_height(layout, window, width)
    room = _room(window)
    window.resize(width, height if room is None else min(height, room))


def grow_to_fit(window: QWidget) -> None:
    """A window is not made taller for a wrapped line that appears in it (Qt gives a window
    its minimum height, not its height for its width: the line was cut to half its words).
    It grows to its height for its width, but no further than the free part of its screen
    (frame and title bar included), moving up first; past that its fields scroll."""
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    need = _wanted_height(layout, window, window.width())
    room = _room(window, where_it_is=True)  # shown: perhaps dragged to the other screen
    if room is not None:
        need = min(need, room)
    if need <= window.height():
        return
    window.resize(window.width(), need)
    available = screen_fit.available_geometry(window, where_it_is=True)
    frame = window.frameGeometry()
    if available is not None and frame.bottom() > available.bottom():
        window.move(frame.left(), max(available.top(), available.bottom() - frame.height() + 1))
