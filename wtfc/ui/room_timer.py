"""The stage timer on the projector, when the facilitator chooses to show it to the room.

"Show the timer to the room" (Room view menu) draws the running timer's time, "12 min left",
then "4 min over", in the room view's top-right corner, large enough for the back of the room
(32 px, in the page label's look). Some groups work better knowing how long is left, others feel
rushed by it, so it is off until chosen. Only a running timer shows; a paused one, or a blanked
room view, shows nothing. Never the stage's notes or plan: only the time.

While it is chosen, the room window keeps a strip across its top for it (its contents margin),
so every view is laid out, and paged, in the rest: the time never covers a heading or a card's
words (drawn over the view, it sat on Review's heading and the wall's third theme name). The
strip stays while the timer is paused, so pausing does not move the room's words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from wtfc.ui.stage_clock import StageClock
from wtfc.ui.style import INK, WALL_BACKGROUND, pixel_font
from wtfc.ui.timer_words import short_time
from wtfc.ui.wall.readout_card import ReadOutCard
from wtfc.ui.wall.room_wall import page_label

ROOM_TIMER_PX = 32
INSET = 8  # from the screen's corner, as the page label


def _dark(view: QWidget | None) -> bool:
    """The room window's messages and its read-out card: light words on the darkest ink."""
    return isinstance(view, QLabel) or (isinstance(view, ReadOutCard) and view.room)


class RoomTimer(QObject):
    """Draws ``clock``'s running time in a strip across the top of ``room`` (the room window,
    whose ``act_blank`` blanks it and whose ``content`` is the view shown)."""

    def __init__(self, room: QWidget, clock: StageClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.room, self.clock = room, clock
        self.strip = QWidget(room)  # over the room window's top margin, not over the view
        self.strip.setAccessibleName("Stage timer strip")
        self.strip.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.strip.hide()
        self.label = page_label(self.strip, "Stage timer")  # as the page label looks
        self.label.setFont(pixel_font(ROOM_TIMER_PX, bold=True))
        self.label.setText("12 min left")
        self.label.adjustSize()
        self.strip_height = INSET + self.label.height()  # the strip: the same for every time
        self.action = QAction("Show the ti&mer to the room", self, checkable=True)
        self.action.setToolTip(
            "Show the running stage timer's time at the top of the room view ('12 min left')"
        )
        self.action.toggled.connect(self.update)
        clock.ticked.connect(self.update)
        blank = getattr(room, "act_blank", None)
        if blank is not None:
            blank.toggled.connect(self.update)
        room.installEventFilter(self)  # its size, and each view put in
        room.destroyed.connect(self._on_room_gone)  # the main window closed: the clock may tick

    def _on_room_gone(self) -> None:
        self.clock.ticked.disconnect(self.update)
        self.action.setEnabled(False)

    def _blank(self) -> bool:
        return bool(getattr(self.room, "is_blank", lambda: False)())

    def text(self) -> str | None:
        """What the room sees, or None for nothing: "12 min left", "Time is up"."""
        stage = self.clock.running
        if not self.action.isChecked() or stage is None or self._blank():
            return None
        words = short_time(self.clock.left_ms(stage), self.clock.elapsed_ms(stage))
        return words[0].upper() + words[1:]

    def update(self, *_: object) -> None:
        reserved = self.action.isChecked() and not self._blank()
        top = self.strip_height if reserved else 0
        if self.room.contentsMargins().top() != top:  # the view is laid out again below it
            self.room.setContentsMargins(0, top, 0, 0)
        if not reserved:
            self.strip.hide()
            return
        text = self.text()
        if text is not None and self.label.text() != text:
            self.label.setText(text)
            self.label.adjustSize()
        self.label.setVisible(text is not None)
        self._paint_strip()
        self._place()
        self.strip.raise_()  # over a view put in since
        self.strip.show()

    def _paint_strip(self) -> None:
        """The strip in the view's own ground, so the room sees one page, not a band."""
        ground = INK if _dark(getattr(self.room, "content", None)) else WALL_BACKGROUND
        sheet = f"background: {ground.name()};"
        if self.strip.styleSheet() != sheet:
            self.strip.setStyleSheet(sheet)

    def _place(self) -> None:
        self.strip.setGeometry(0, 0, self.room.width(), self.strip_height)
        self.label.move(self.room.width() - self.label.width() - INSET, INSET)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.room:
            if event.type() == QEvent.Type.Resize:
                self._place()
            elif event.type() == QEvent.Type.ChildAdded and not self.strip.isHidden():
                self.update()  # a new view (a stage change): its ground, and the strip on top
        return False
