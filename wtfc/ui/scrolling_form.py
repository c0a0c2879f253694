"""A dialog's fields that scroll when the screen is too short for them, and a window that grows
for a line that appears in it only as far as the screen has room.

The action dialog grew for its "Saved now, this action loses its link…" warning from 418 to
488 logical pixels, taller than a 1366×768 laptop at 150% (512, less its taskbar and the title
bar): Save and Cancel went off the foot of the screen. Its fields now scroll, the buttons stay
under them, and the dialog grows for a new line only to the screen's foot, moving up first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QLayout, QScrollArea, QStyle, QWidget

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
        if isinstance(layout, QFormLayout):  # narrower than its rows: fields under labels
            layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.setWidget(fields)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, and scrolls to them
        fields.installEventFilter(self)

    def updateGeometry(self) -> None:
        """Asked again for its height (a line shown or grown in the fields, by the window that
        refits for it): the fields take their new height, and the scroll range its own, now
        (Qt does it passes of the event loop later: a line scrolled to before then, the fields
        already scrolling, stayed cut at its old height)."""
        super().updateGeometry()
        layout = self._fields.layout()
        if layout is not None:
            layout.activate()
        QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._fields and event.type() == QEvent.Type.LayoutRequest:
            # their lines changed with no window refitting: the same, as soon as Qt says
            QCoreApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))
        return super().eventFilter(watched, event)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        frame = 2 * self.frameWidth()
        if self._fields.hasHeightForWidth():
            return self._fields.heightForWidth(width - frame) + frame
        return self._fields.sizeHint().height() + frame

    def bar_width(self) -> int:
        """The room the scroll bar takes beside the fields when they scroll."""
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        # wide enough for the fields beside the scroll bar: without it a bar that appeared
        # (a short screen, a line grown) lay over the fields' right edge or rewrapped them
        width = self._fields.sizeHint().width() + 2 * self.frameWidth()
        return QSize(width + self.bar_width(), self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        lines = FEWEST_LINES * self.fontMetrics().lineSpacing()
        width = self._fields.minimumSizeHint().width() + 2 * self.frameWidth()
        return QSize(width + self.bar_width(), lines)


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


def _room_across(window: QWidget) -> int | None:
    """The widest ``window`` can be with its frame on the free part of its screen."""
    available = screen_fit.available_geometry(window)
    if available is None:
        return None
    frame = window.frameGeometry().width() - window.width()
    return available.width() - (frame or FRAME.width())


def size_to_open(window: QWidget) -> None:
    """Before ``window`` is first shown: tall enough for all its lines where the screen has
    room (Qt opens a window whose contents can scroll at 2/3 of the screen's height: the
    action dialog at 341 of 512 pixels, scrolling where it had room to show everything), and
    no wider than the screen (its rows wrap there, their lines taller)."""
    layout = window.layout()
    if layout is None:
        return
    width = max(window.minimumWidth(), layout.totalSizeHint().width())
    across = _room_across(window)
    if across is not None:  # (never below the least its rows can wrap to: Qt's own floor)
        width = max(min(width, across), layout.totalMinimumSize().width())
    height = _wanted_height(layout, window, width)
    room = _room(window)
    window.resize(width, height if room is None else min(height, room))
    if room is not None and height > room:  # its title bar guessed: the room it has, framed
        _WhenShown(window, _fit_framed)


class _WhenShown(QObject):
    """Calls ``then(window)`` once, as ``window`` is first shown (framed by then)."""

    def __init__(self, window: QWidget, then: Callable[[QWidget], None]) -> None:
        super().__init__(window)
        self._window, self._then = window, then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            self._then(self._window)
            self.deleteLater()
        return False


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
    _keep_on_screen(window)


def _keep_on_screen(window: QWidget) -> None:
    """Moved up where its frame runs off the foot of the free part of its screen."""
    available = screen_fit.available_geometry(window, where_it_is=True)
    frame = window.frameGeometry()
    if available is not None and frame.bottom() > available.bottom():
        window.move(frame.left(), max(available.top(), available.bottom() - frame.height() + 1))


def _fit_framed(window: QWidget) -> None:
    """As it is first shown: the room its real title bar leaves, not the one guessed; kept on
    the screen again once the dialog has placed itself (after this, for its old size)."""
    grow_to_fit(window)
    QTimer.singleShot(0, window, lambda: _keep_on_screen(window))
