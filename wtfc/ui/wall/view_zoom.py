"""The wall view's zoom: the opening view, "Fit all", the kind filter's view, zoom keys and wheel,
and a finger's swipe and pinch on a touch screen.

Left to itself (opening, a kind filter, a fit kept while the wall changes) the view never
shrinks the cards' words below ``readable_px()``: a wall too big to show whole that way is
shown at that size and scrolls. That floor grows with the app's font, as the why-tree's does:
at 20 pt the wall opened with its words at the 9 pt design's 12 px while the rest had doubled.
Only the facilitator's own "Fit all" (Ctrl+0) or zooming out goes further, to see the whole
wall as an overview.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QInputDevice, QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView

from wtfc.ui.style import font_scale
from wtfc.ui.wall.card_item import NOTE_TEXT_PX, READABLE_TEXT_PX, CardItem

if TYPE_CHECKING:
    from wtfc.ui.wall.scene import WallScene

ZOOM_STEP = 1.15  # a wheel notch
KEY_ZOOM_STEP = 1.25  # Ctrl+= / Ctrl+-: fewer presses than notches for the same change
MIN_SCALE, MAX_SCALE = 0.02, 4.0
TOUCH_EVENTS = (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                QEvent.Type.TouchCancel)
TAP_SLOP = 8  # px a finger may tremble on a tap before it scrolls
# ms a finger is held still on a card to pick it up: a swipe that began on a card took it out
# of its theme (two thirds of an opening wall is cards), as touch lists do (Android, iOS)
HOLD_MS = 400


def readable_px() -> float:
    """On-screen px the view never shrinks the cards' words below by itself."""
    return READABLE_TEXT_PX * font_scale()


class ZoomingView(QGraphicsView):
    """A ``QGraphicsView`` of a ``WallScene`` (``self.wall``) that zooms as the wall's does.

    Emits ``shown_changed(bool)`` as it comes on screen or goes (its page, read-out mode): the
    zoom keys are on only while there is a wall to see zoom.
    """

    shown_changed = Signal(bool)
    wall: WallScene

    def _start_zoom(self) -> None:
        # After a fit the view keeps showing the whole wall when the wall or the window changes
        # shape (opening the suggestions panel, a projector's window, a new theme) while the
        # words stay at least ``_fit_floor`` px tall (None: the facilitator asked for the whole
        # of a wall too big to read whole, an overview); past that it scrolls. Zooming ends it.
        self._fitted = False
        self._fit_floor: float | None = readable_px()
        self._settling = False  # fitting now: the layouts that sets off wait for it
        self._opening = False  # the opening view is owed: set once the wall is on screen
        self.wall.laid_out.connect(self._keep_fitted)
        # A finger scrolls and two pinch (``_on_touch``), on a card or off; a tap on a card,
        # or a finger held on one, is made a mouse (``_finger_mouse``): a click, a drag.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self._touching = False  # a touch the view took, from its first finger to its last
        self._fingers: dict[int, QPointF] = {}  # where each of its fingers was last
        self._tapped = False  # no finger has moved past TAP_SLOP: a tap clears the choice
        self._tap_at = QPointF()  # where the touch began
        self._last_tap: tuple[int, QPointF] | None = None  # when and where: for a double tap
        self._mouse_finger: int | None = None  # a finger holding a card: the view's mouse
        self._chosen_before: list = []  # what was chosen before that finger landed
        self._last_press: tuple[int, QPointF] | None = None  # a card's last tap: a double tap
        self._on_a_card = False  # the touch began with one finger on a card
        self._hold = QTimer(self)  # that finger held still: it picks the card up
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._held)

    def scale_factor(self) -> float:
        return self.transform().m11()

    def text_px(self) -> float:
        """How tall a card's words are on screen, in pixels."""
        return self.scale_factor() * NOTE_TEXT_PX

    def zoom_by(self, factor: float) -> None:
        target = max(MIN_SCALE, min(MAX_SCALE, self.scale_factor() * factor))
        factor = target / self.scale_factor()
        self.scale(factor, factor)
        self.wall.set_scale(self.scale_factor())
        self._fitted = False

    def zoom_in(self) -> None:
        self._zoom_by_key(KEY_ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_by_key(1 / KEY_ZOOM_STEP)

    def _zoom_by_key(self, factor: float) -> None:
        """Zoom about the middle of the view (not wherever the mouse happens to rest), keeping
        the card with the keyboard in sight."""
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        try:
            self.zoom_by(factor)
        finally:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        focus = self.wall.focusItem()
        if isinstance(focus, CardItem):
            self.ensureVisible(focus, 40, 40)

    # only ever given a rect (Qt's also takes an item, or four numbers)
    def fitInView(self, rect: QRectF, mode=Qt.AspectRatioMode.KeepAspectRatio) -> None:  # type: ignore[override]
        super().fitInView(rect, mode)
        self.wall.set_scale(self.scale_factor())

    def fit_all(self) -> None:
        """Fit all (Ctrl+0): the whole wall, however small its words must be. Kept whole as
        the wall changes, but a wall readable whole is not then shrunk past readable."""
        self._settle(None, self.wall.sceneRect().topLeft())
        floor = readable_px()
        self._fit_floor = floor if self.text_px() >= floor else None

    def show_readable(self) -> None:
        """The whole wall where its words stay readable that way; otherwise readable words from
        the top left, where the method starts (What's working). Kept so as the wall changes."""
        self._settle(readable_px(), self.wall.sceneRect().topLeft())

    def show_opening_view(self) -> None:
        """How a wall first appears (a big wall, a small laptop screen: readable from the top
        left, not whole). Ctrl+0 still shows it all."""
        self.show_readable()

    def _keep_fitted(self) -> None:
        if self._fitted and not self._settling:
            # where the facilitator was, if the wall must now scroll
            self._settle(self._fit_floor, self.mapToScene(0, 0))

    def _settle(self, floor: float | None, corner: QPointF) -> None:
        """Fit the whole wall, its words no smaller than ``floor`` pixels (None: however
        small); where that is too small, at ``floor`` with ``corner`` at the top left. The
        fit shows or hides the scroll bars, and the wall is laid out again for the view's new
        shape: fitted again for that, a few times at most (the bars could come and go)."""
        self._settling = True
        try:
            for _ in range(3):
                rect = self.wall.sceneRect()
                whole = self._fit(floor)
                if not whole:
                    self._scroll_to(corner)
                if self.wall.sceneRect() == rect:
                    break
        finally:
            self._settling = False
        # kept whole while it is whole; at the floor it scrolls, and stays as it is
        self._fitted, self._fit_floor = whole, floor

    def _fit(self, floor: float | None) -> bool:
        """Fit the whole wall, its words no smaller than ``floor``: whether it is whole."""
        rect = self.wall.sceneRect()
        if rect.isEmpty():
            return True
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if floor is None or self.text_px() >= floor - 1e-6:
            return True
        self.zoom_by(floor / self.text_px())
        return False

    def _scroll_to(self, top_left: QPointF) -> None:
        """Put the scene point ``top_left`` at the view's top left (as near as the wall lets)."""
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        self.centerOn(top_left + QPointF(shown.width() / 2, shown.height() / 2))

    def shows_whole_wall(self) -> bool:
        shown = self.mapFromScene(self.wall.sceneRect()).boundingRect()
        return self.viewport().rect().adjusted(-2, -2, 2, 2).contains(shown)

    def open_when_shown(self) -> None:
        """Give the wall its opening view once it is on screen and laid out for the view's
        shape (now, if it is). Set while the page was hidden, as it is when a file is opened
        on Collect, it judged a wall not yet laid out: small enough to fit whole, so the
        real wall was then fitted whole too, at a scale where its words are grey bars."""
        self._opening = True
        if self.isVisible():
            QTimer.singleShot(0, self._open_if_owed)

    def _open_if_owed(self) -> None:
        # after the show's resize and the layouts it sets off (queued before this call)
        if self._opening and self.isVisible():
            self._opening = False
            self._lay_out_now()
            self.show_opening_view()

    def _lay_out_now(self) -> None:
        """Before the opening view: the wall laid out as it must be now (edits while hidden)."""
        self.wall.catch_up()

    def zoom_to_theme(self, theme_id: str) -> bool:
        rect = self.wall.theme_rect(theme_id)
        if rect is None:
            return False
        self.fitInView(rect.adjusted(-30, -30, 30, 30), Qt.AspectRatioMode.KeepAspectRatio)
        if self.scale_factor() > 1.5:  # a small theme: readable, not huge
            self.zoom_by(1.5 / self.scale_factor())
            self.centerOn(rect.center())
        self._fitted = False
        return True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.shown_changed.emit(True)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.shown_changed.emit(False)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            self.zoom_by(ZOOM_STEP**steps)
            event.accept()
        else:
            super().wheelEvent(event)

    def viewportEvent(self, event) -> bool:
        # a touchpad pinch comes to the viewport as a native zoom gesture
        if (
            event.type() == QEvent.Type.NativeGesture
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value())
            event.accept()
            return True
        if event.type() in TOUCH_EVENTS and self._on_touch(event):
            return True
        return super().viewportEvent(event)

    # -- fingers on a touch screen ---------------------------------------------------------------
    def _on_touch(self, event) -> bool:
        """A touch the wall takes itself: True when it did. Without this, Qt made the first
        finger a mouse: a swipe on empty wall drew a selection box, and a pinch chose a card.
        Only a touch screen's: a touchpad's fingers scroll by the wheel and pinch by gesture."""
        if event.device().type() != QInputDevice.DeviceType.TouchScreen:
            return False
        kind = event.type()
        down = {p.id(): QPointF(p.position()) for p in event.points()
                if p.state() != p.State.Released}
        if self._mouse_finger is not None and not self._touching and (
                len(down) > 1 or kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchCancel)):
            # a second finger after a held card began its drag: a pinch
            self._mouse_let_go()
            self._finger_mouse(QEvent.Type.MouseButtonRelease, QPointF(), event.timestamp())
            self._mouse_finger = None
            self._touching, self._fingers, self._tapped = True, {}, False
        elif kind == QEvent.Type.TouchBegin:
            points = event.points()
            self._touching, self._fingers, self._tapped = True, {}, True
            self._tap_at = QPointF(points[0].position())
            # a finger on a card scrolls like any other; held still, it picks the card up
            self._on_a_card = len(points) == 1 and self._on_card(points[0].position())
            if self._on_a_card:
                self._chosen_before = self.wall.selectedItems()
                self._hold.start()
        elif not self._touching:
            if self._mouse_finger is None:
                return False
            at = next((QPointF(p.position()) for p in event.points()
                       if p.id() == self._mouse_finger), None)
            if at is not None:
                lifted = kind == QEvent.Type.TouchEnd
                self._finger_mouse(QEvent.Type.MouseButtonRelease if lifted
                                   else QEvent.Type.MouseMove, at, event.timestamp())
                if lifted:
                    self._mouse_finger = None
            event.accept()
            return True
        if len(down) > 1 or kind == QEvent.Type.TouchCancel:
            self._tapped = False  # two fingers are never a tap
        if down and set(down) == set(self._fingers) and not self._follow_fingers(
                list(self._fingers.values()), list(down.values())):
            down = self._fingers  # trembling on a tap: measured from where the finger landed
        self._fingers = down  # a finger added or lifted: the next move starts from here
        if kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._hold.stop()
            if self._tapped and self._on_a_card:
                self._card_tapped(self._tap_at, event.timestamp())
            elif self._tapped:
                self._finger_tapped(self._tap_at, event.timestamp())
            self._touching = False
        event.accept()
        return True

    def _held(self) -> None:
        """A finger held still on a card for ``HOLD_MS``: it picks the card up (chosen and
        raised), and from here it drags it as the mouse does."""
        if self._touching and self._on_a_card and self._tapped and len(self._fingers) == 1 \
                and self.isVisible():  # read-out put over the wall meanwhile: nothing to pick up
            (finger, at), = self._fingers.items()
            self._touching, self._mouse_finger = False, finger
            self._finger_mouse(QEvent.Type.MouseButtonPress, at, 0)

    def _card_tapped(self, at: QPointF, stamp: int) -> None:
        """A tap on a card chooses it, as a click does; a second soon after in the same place
        is a double click: the card opens."""
        last, self._last_press = self._last_press, (stamp, QPointF(at))
        press = QEvent.Type.MouseButtonPress
        if last is not None and 0 <= stamp - last[0] <= QApplication.doubleClickInterval() \
                and (at - last[1]).manhattanLength() <= 2 * TAP_SLOP:
            press, self._last_press = QEvent.Type.MouseButtonDblClick, None
        self._finger_mouse(press, at, stamp)
        self._finger_mouse(QEvent.Type.MouseButtonRelease, at, stamp)

    def _finger_mouse(self, kind: QEvent.Type, at: QPointF, stamp: int) -> None:
        """The mouse a finger on a card makes, as Qt's own would. Made here, not by Qt, so
        that a second finger still reaches the view, and a drag can end as a pinch begins."""
        left = Qt.MouseButton.LeftButton
        buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else left
        mouse = QMouseEvent(kind, at, self.viewport().mapToGlobal(at),
                            Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else left,
                            buttons, QApplication.keyboardModifiers())
        if stamp:
            mouse.setTimestamp(stamp)
        QApplication.sendEvent(self.viewport(), mouse)

    def _mouse_let_go(self) -> None:
        """The finger on a card becomes part of a pinch: what it began (a card's drag) ends
        with nothing changed, and the cards chosen before it landed are chosen again."""
        self.wall.clearSelection()
        for item in self._chosen_before:
            item.setSelected(True)

    def _on_card(self, at: QPointF) -> bool:
        """Whether a finger landing at ``at`` (viewport px) is on a card: a tap chooses it and
        a hold picks it up. Anywhere else (a theme's name too) a tap clears the choice."""
        point = self.mapToScene(at.toPoint())
        return any(isinstance(item, CardItem) for item in self.wall.items(point))

    def _finger_tapped(self, at: QPointF, stamp: int) -> None:
        """A tap off the cards lets the chosen cards go, as a click there does; a second tap
        soon after in the same place is a double tap (``finger_double_tapped``)."""
        last, self._last_tap = self._last_tap, (stamp, at)
        if last is not None and 0 <= stamp - last[0] <= QApplication.doubleClickInterval() \
                and (at - last[1]).manhattanLength() <= 2 * TAP_SLOP:
            self._last_tap = None
            self.finger_double_tapped(at)
            return
        self.wall.clearSelection()

    def finger_double_tapped(self, at: QPointF) -> None:
        """A double tap off the cards at ``at`` (viewport px): the wall renames a theme there."""

    def _follow_fingers(self, before: list[QPointF], after: list[QPointF]) -> bool:
        """Fingers moved: the wall point under their middle stays under it (a swipe or a
        two-finger pan scrolls), and two or more fingers spreading apart zoom in as much.
        False while one finger has not yet gone past ``TAP_SLOP``."""
        def middle(points: list[QPointF]) -> QPointF:
            return sum(points, QPointF()) / len(points)

        def spread(points: list[QPointF], centre: QPointF) -> float:
            # the true distance: |dx|+|dy| grew as two fingers turned, and the wall zoomed
            return sum(math.hypot((p - centre).x(), (p - centre).y()) for p in points) / len(points)

        was, now = middle(before), middle(after)
        if self._tapped and (now - was).manhattanLength() <= TAP_SLOP:
            return False  # a finger trembles on a tap: the wall stays still
        self._tapped = False
        held = self.mapToScene(was.toPoint())
        if len(after) > 1 and spread(before, was) > 0:
            anchor = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            try:
                self.zoom_by(spread(after, now) / spread(before, was))
            finally:
                self.setTransformationAnchor(anchor)
        off = self.mapFromScene(held) - now.toPoint()
        bars = self.horizontalScrollBar(), self.verticalScrollBar()
        bars[0].setValue(bars[0].value() + off.x())
        bars[1].setValue(bars[1].value() + off.y())
        return True
