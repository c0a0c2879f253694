"""The stage timer on the projector, when the facilitator chooses to show it to the room.

"Show the timer to the room" (Room view menu) draws the running timer's time, "12 min left",
then "4 min over", in the room view's bottom-right corner, beside "Page 1 of 3", large enough
for the back of the room (32 px, in the page label's look). Some groups work better knowing how
long is left, others feel rushed by it, so it is off until chosen. Only a running timer shows; a
paused one, or a blanked room view, shows nothing. Never the stage's notes or plan: only the time.

While it is chosen, each view keeps the timer's box clear (``room_corner.py``): the foot row a
paged view keeps for its page label already, or a corner the wall's columns end above, so the
time never covers a heading or a card's words and costs them nothing. A strip across the top
cost the wall's cards a line (two to one at 1024×768 and 1366×768, three to two at 1920×1080)
and the boards a page. A view that keeps no corner (a message, the read-out card) still gets the
strip: the room window's top margin. The box stays while the timer is paused or the room is
blanked (the strip then black), so neither moves the room's words nor lays a big wall out again.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget

from wtfc.ui.stage_clock import StageClock
from wtfc.ui.style import INK, WALL_BACKGROUND, pixel_font
from wtfc.ui.timer_words import short_time
from wtfc.ui.wall.readout_card import ReadOutCard
from wtfc.ui.wall.room_corner import PAGE_LABEL_PAD, TIMER_PX, timer_pad_y, timer_size
from wtfc.ui.wall.room_wall import page_label

INSET = 8  # from the screen's corner, as the page label


def _dark(view: QWidget | None) -> bool:
    """The room window's messages and its read-out card: light words on the darkest ink."""
    return isinstance(view, QLabel) or (isinstance(view, ReadOutCard) and view.room)


def _keeps_corner(view: QWidget | None) -> bool:
    """A view that keeps the timer's box clear: ``keep_timer(on)``, ``timer_corner()``."""
    return view is not None and hasattr(view, "keep_timer") and hasattr(view, "timer_corner")


class RoomTimer(QObject):
    """Draws ``clock``'s running time on ``room`` (the room window, whose ``act_blank`` blanks
    it and whose ``content`` is the view shown): in the corner the view keeps for it, or in a
    strip across the top of a view that keeps none."""

    def __init__(self, room: QWidget, clock: StageClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.room, self.clock = room, clock
        self.strip = QWidget(room)  # over the room window's top margin, not over the view
        self.strip.setAccessibleName("Stage timer strip")
        self.strip.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.strip.hide()
        self.label = page_label(room, "Stage timer")  # as the page label looks
        self.label.setFont(pixel_font(TIMER_PX, bold=True))
        self.label.setStyleSheet(  # the page label's height, in larger type
            f"color: white; background: {INK.name()}; "
            f"padding: {timer_pad_y():.1f}px {PAGE_LABEL_PAD[0]:.0f}px;")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setText("12 min left")
        self.box = timer_size()  # the same for every time: the views keep this clear
        self.strip_height = INSET + round(self.box[1])
        self._view: QWidget | None = None  # the view told to keep the corner
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._place)
        self.action = QAction(self, text="Show the ti&mer to the room", checkable=True)
        self.action.setToolTip(
            "Show the running stage timer's time in the room view's corner ('12 min left')"
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
        # kept while blanked, as while paused: giving the corner back and taking it again laid
        # the whole wall out twice (2,000 cards: 300 ms) for a view nobody saw
        reserved = self.action.isChecked()
        self.room.setProperty("keeps_timer", reserved)  # a wall made next is laid out for it
        view = getattr(self.room, "content", None)
        self._follow(view if reserved and _keeps_corner(view) else None)
        in_corner = self._view is not None
        top = self.strip_height if reserved and not in_corner else 0
        if self.room.contentsMargins().top() != top:  # the view is laid out again below it
            self.room.setContentsMargins(0, top, 0, 0)
        if not reserved:
            self.strip.hide()
            self.label.hide()
            return
        text = self.text()
        if text is not None and self.label.text() != text:
            self.label.setText(text)
        self.strip.setVisible(not in_corner)
        if not in_corner:
            self._paint_strip()
        self._place()
        self.label.setVisible(text is not None)
        self.strip.raise_()  # over a view put in since
        self.label.raise_()

    def _follow(self, view: QWidget | None) -> None:
        """Tell ``view`` to keep the timer's corner (and the one before to give it back)."""
        if view is self._view:
            return
        old: Any = self._view  # a view with ``keep_timer`` and ``pages_changed``
        self._view = view
        if old is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # deleted already
                old.removeEventFilter(self)
                old.pages_changed.disconnect(self._place)
                shown = getattr(self.room, "content", None) is old  # not one being replaced
                if shown:
                    old.keep_timer(False)
        if view is not None:
            view.keep_timer(True)  # type: ignore[attr-defined]
            view.pages_changed.connect(self._place)  # type: ignore[attr-defined]
            view.installEventFilter(self)  # its size: the corner moves with it

    def _paint_strip(self) -> None:
        """The strip in the view's own ground, so the room sees one page, not a band."""
        ground = INK if _dark(getattr(self.room, "content", None)) else WALL_BACKGROUND
        sheet = "background: black;" if self._blank() else f"background: {ground.name()};"
        if self.strip.styleSheet() != sheet:
            self.strip.setStyleSheet(sheet)

    def _place(self) -> None:
        width, height = self.box
        wide = max(round(width), self.label.sizeHint().width())  # longer words: leftwards
        view = self._view
        if view is not None and not view.isVisibleTo(self.room):
            return  # put in, not shown yet: placed once laid out at its size (``_later``)
        if view is not None:
            corner: QRect = view.timer_corner()  # type: ignore[attr-defined]
            right = view.mapTo(self.room, QPoint(corner.right(), corner.top()))
            self.label.setGeometry(right.x() - wide + 1, right.y(), wide, corner.height())
            self.label.raise_()  # over the view, which the room's stack raises as it shows it
            return
        self.strip.setGeometry(0, 0, self.room.width(), self.strip_height)
        self.label.setGeometry(self.room.width() - wide - INSET, INSET, wide, round(height))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Resize:
            self._later.start()  # once the view has laid itself out for its size
        elif watched is self.room:
            if event.type() == QEvent.Type.Resize:
                self._place()
            elif event.type() == QEvent.Type.ChildAdded and self.action.isChecked():
                self.update()  # a new view (a stage change): its corner, or the strip's ground
                self._later.start()  # and on top of it once it is shown
        return False
