"""A dialog that grows and shrinks with a wrapped line shown in it as words are typed.

Qt gives a shown window its minimum height, not its height for its width, when a wrapped
line in it appears or gets longer: the ⚠ personal-detail line was cut at larger text (a name
and a phone number make it three lines at 16 pt), in the Rename theme dialog its top and
last lines, and in the action dialog, whose fields scroll, it opened below their fold with
room on the screen to show it. ``LineRoom`` refits the dialog each time the line changes: as
tall as its lines need at its width, never past the free part of its screen (moving up
first; past that the fields scroll, the line in sight under the box being typed in), only
growing while the line shows, and back down when it goes. A height the facilitator set by
hand is kept, and only grown when the line would not fit in it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QDialog, QLayout, QWidget

from wtfc.ui import screen_fit
from wtfc.ui.keep_in_sight import scroller_of
from wtfc.ui.scrolling_form import ScrollingForm

ZERO = QPoint(0, 0)


class LineRoom(QObject):
    """``LineRoom(line)``, then ``refit(was)`` after each change of ``line``'s words or whether
    it shows, ``was`` the window's height before it (Qt has grown it to its least height for a
    line just shown by then, which is not the height to come back down to). Does nothing
    where ``line`` is not laid out in a dialog (a board's page makes its own room)."""

    def __init__(self, line: QWidget) -> None:
        super().__init__(line)
        self._line = line
        self._given: int | None = None  # the height last given here: any other is not ours
        self._least = 0  # the height to come back down to: the dialog's own, or the hand's
        self._watched: QWidget | None = None  # the window whose first show fits a shown line

    def refit(self, was: int) -> None:
        window = self._line.window()
        parent = self._line.parentWidget()
        layout, rows = window.layout(), parent.layout() if parent is not None else None
        if not isinstance(window, QDialog) or layout is None or not _holds(rows, self._line):
            return  # (a line laid over another widget places itself)
        if not window.isVisible():
            if self._watched is not window:  # opened with the line showing: fitted on show
                window.installEventFilter(self)
                self._watched = window
            return
        if was != self._given:  # the dialog sized itself, or the facilitator resized it
            self._least = was
        room = _room(window)
        target = max(self._least, _wanted_height(layout, window))
        if self._line.isVisible():
            # its words grow and shrink as a detail is typed key by key: followed each time,
            # the dialog's foot bounced up and down a line under the typing (A5 M2), so it
            # only grows until the line goes
            target = max(target, was)
        target = min(target, room) if room is not None else target
        if target != window.height():
            window.resize(window.width(), target)
            _keep_on_screen(window)
        self._given = window.height()
        if self._line.isVisible():
            QTimer.singleShot(0, self, self._in_sight)  # once the layout has made its room

    def _in_sight(self) -> None:
        """Where the dialog's fields scroll: the line scrolled into sight, the box typed in (or
        to be, as the dialog opens: not yet the active window) staying in sight first."""
        box = self._line.window().focusWidget()
        area = scroller_of(box) if box is not None else None
        fields = area.widget() if area is not None else None
        if box is None or area is None or fields is None or not self._line.isVisible():
            return
        typed = box.mapTo(fields, ZERO).y()
        ends = [typed + box.height() - 1, typed]
        if fields.isAncestorOf(self._line):  # (under the fields, as the action dialog's: seen)
            ends.insert(0, self._line.mapTo(fields, ZERO).y() + self._line.height() - 1)
        # (at the left edge: a sideways scroll to the line's end cut the fields' labels)
        for y in ends:
            area.ensureVisible(0, y, 0, 6)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window = self._watched
        if (watched is window and window is not None and event.type() == QEvent.Type.Show
                and self._line.isVisibleTo(window)):
            self.refit(window.height())
        return False


def _holds(layout: QLayout | None, widget: QWidget) -> bool:
    """Whether ``layout``, or a row or column inside it, lays out ``widget``."""
    if layout is None:
        return False
    items = (layout.itemAt(n) for n in range(layout.count()))
    return any(item is not None and (item.widget() is widget or _holds(item.layout(), widget))
               for item in items)


def _wanted_height(layout: QLayout, window: QWidget) -> int:
    """How tall ``window`` must be at its width for all its lines, wrapped ones too."""
    for form in window.findChildren(ScrollingForm):  # a line just shown in its fields: the
        form.updateGeometry()  # box's height is asked again, not the one Qt kept
    layout.invalidate()
    layout.activate()  # the window's least height too: a stale one would stop it coming down
    if layout.hasHeightForWidth():
        return layout.totalHeightForWidth(window.width())
    return layout.totalSizeHint().height()


def _room(window: QWidget) -> int | None:
    """The tallest ``window`` can be with its frame on the free part of its screen."""
    available = screen_fit.available_geometry(window, where_it_is=True)  # perhaps dragged
    if available is None:
        return None
    frame = window.frameGeometry().height() - window.height()
    return available.height() - (frame or screen_fit.FRAME.height())


def _keep_on_screen(window: QWidget) -> None:
    """Moved up where its taller frame would run off the foot of the free part."""
    available = screen_fit.available_geometry(window, where_it_is=True)
    frame = window.frameGeometry()
    if available is not None and frame.bottom() > available.bottom():
        window.move(frame.left(), max(available.top(), available.bottom() - frame.height() + 1))
