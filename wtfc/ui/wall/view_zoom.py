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

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QGraphicsView

from wtfc.ui.fingers import CanvasFingers
from wtfc.ui.style import font_scale
from wtfc.ui.wall.card_item import NOTE_TEXT_PX, READABLE_TEXT_PX, CardItem

if TYPE_CHECKING:
    from wtfc.ui.wall.scene import WallScene

ZOOM_STEP = 1.15  # a wheel notch
KEY_ZOOM_STEP = 1.25  # Ctrl+= / Ctrl+-: fewer presses than notches for the same change
MIN_SCALE, MAX_SCALE = 0.02, 4.0


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
        # A finger scrolls and two pinch, on a card or off; a tap on a card, or a finger held
        # on one, is made a mouse: a click, a drag (``WallFingers``)
        self.fingers = WallFingers(self)

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
        return super().viewportEvent(event)

    # -- fingers on a touch screen (``WallFingers``) --------------------------------------------
    def _mouse_let_go(self) -> None:
        """The finger on a card becomes part of a pinch: what it began (a card's drag) ends
        with nothing changed, and the cards chosen before it landed are chosen again."""
        self.wall.clearSelection()
        for item in self.fingers.chosen_before:
            item.setSelected(True)

    def _on_card(self, at: QPointF) -> bool:
        """Whether a finger landing at ``at`` (viewport px) is on a card: a tap chooses it and
        a hold picks it up. Anywhere else (a theme's name too) a tap clears the choice."""
        point = self.mapToScene(at.toPoint())
        return any(isinstance(item, CardItem) for item in self.wall.items(point))

    def finger_double_tapped(self, at: QPointF) -> None:
        """A double tap off the cards at ``at`` (viewport px): the wall renames a theme there."""


class WallFingers(CanvasFingers):
    """The wall's fingers: one scrolls and two pinch, on a card or off; a tap on a card chooses
    it (a double tap opens it), a tap off the cards lets them go, a finger held on a card picks
    it up, and held and lifted without moving opens the card's or the theme's menu."""

    area: ZoomingView

    def __init__(self, view: ZoomingView) -> None:
        super().__init__(view)
        self.chosen_before: list = []  # what was chosen before a finger landed on a card

    def landed(self, at: QPointF) -> bool:
        on_card = self.area._on_card(at)
        if on_card:
            self.chosen_before = self.area.wall.selectedItems()
        return on_card

    def zoom(self, factor: float) -> None:
        self.area.zoom_by(factor)

    def tapped(self, at: QPointF, stamp: int, double: bool) -> None:
        """On a card, a click (a double click opens it); off the cards, a tap lets the chosen
        cards go, as a click there does, and a double tap renames a theme there."""
        if self._holdable:
            self.click(at, stamp, double)
        elif double:
            self.area.finger_double_tapped(at)
        else:
            self.area.wall.clearSelection()

    def pressed_long(self, at: QPointF) -> None:
        # the menu only: the view's own right-click chooses the card it is for (a press on
        # bare wall would let the chosen cards go, and "Move to theme…" with them)
        self.menu(at)

    def let_go(self) -> None:
        self.area._mouse_let_go()
