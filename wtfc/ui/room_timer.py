"""The stage timer on the projector, when the facilitator chooses to show it to the room.

"Show the timer to the room" (Room view menu) draws the running timer's time, "12 min left",
then "4 min over", in the room view's top-right corner, large enough for the back of the room
(32 px; the page label, "Page 1 of 3", is 28 in the corner below, and looks the same). Some
groups work better knowing how long is left, others feel rushed by it, so it is off until
chosen. Only a running timer shows; a paused one, or a blanked room view, shows nothing. Never
the stage's notes or plan: only the time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from wtfc.ui.stage_clock import StageClock
from wtfc.ui.style import pixel_font
from wtfc.ui.timer_words import short_time
from wtfc.ui.wall.room_wall import page_label

ROOM_TIMER_PX = 32
INSET = 8  # from the screen's corner, as the page label


class RoomTimer(QObject):
    """Draws ``clock``'s running time over the views of ``room`` (the room window), whose
    ``act_blank`` blanks it."""

    def __init__(self, room: QWidget, clock: StageClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.room, self.clock = room, clock
        # over the view on show, not in the room window's layout; as the page label looks
        self.label = page_label(room, "Stage timer")
        self.label.setFont(pixel_font(ROOM_TIMER_PX, bold=True))
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.hide()
        self.action = QAction("Show the ti&mer to the room", self, checkable=True)
        self.action.setToolTip(
            "Show the running stage timer's time in a corner of the room view ('12 min left')"
        )
        self.action.toggled.connect(self.update)
        clock.ticked.connect(self.update)
        blank = getattr(room, "act_blank", None)
        if blank is not None:
            blank.toggled.connect(self.update)
        room.installEventFilter(self)  # its size: the label keeps to its corner
        room.destroyed.connect(self._on_room_gone)  # the main window closed: the clock may tick

    def _on_room_gone(self) -> None:
        self.clock.ticked.disconnect(self.update)
        self.action.setEnabled(False)

    def text(self) -> str | None:
        """What the room sees, or None for nothing: "12 min left", "Time is up"."""
        stage = self.clock.running
        if not self.action.isChecked() or stage is None:
            return None
        if getattr(self.room, "is_blank", lambda: False)():
            return None
        words = short_time(self.clock.left_ms(stage), self.clock.elapsed_ms(stage))
        return words[0].upper() + words[1:]

    def update(self, *_: object) -> None:
        text = self.text()
        if text is None:
            self.label.hide()
            return
        if self.label.text() != text:
            self.label.setText(text)
            self.label.adjustSize()
        self._place()
        self.label.raise_()  # over a view put in since
        self.label.show()

    def _place(self) -> None:
        self.label.move(self.room.width() - self.label.width() - INSET, INSET)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.room and event.type() == QEvent.Type.Resize:
            self._place()
        return False
