"""Fingers on a touch screen (a council laptop's, an interactive whiteboard's) over a list, a
table, a tree or a canvas: one finger scrolls, two pan (and pinch, where the view zooms), a tap
is a click and a double tap a double click, a finger held still picks up what can be dragged,
and a finger held still and lifted opens the menu a right-click opens.

Left to Qt, a finger on a widget that takes no touch is made a mouse: a flick to scroll the
card table chose the eight rows it passed over (and Delete then deleted all eight), and a flick
on the why-tree picked a cause up and hung it under another box. Each view gets a ``Fingers``
(its event filter) that takes the touch on its viewport first; the mouse is left as it was.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QInputDevice, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QGraphicsView, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractScrollArea

TAP_SLOP = 8  # px a finger may tremble on a tap before it scrolls
# ms a finger is held still to pick a thing up (or, lifted, for its menu): a swipe that began
# on a card took it out of its theme (two thirds of an opening wall is cards), as touch lists
# do (Android, iOS)
HOLD_MS = 400
_BEGIN, _END, _CANCEL = (QEvent.Type.TouchBegin, QEvent.Type.TouchEnd,
                         QEvent.Type.TouchCancel)
_PRESS, _MOVE, _RELEASE = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                           QEvent.Type.MouseButtonRelease)
_MARK = "wtfc fingers"  # a view given its fingers once


class Fingers(QObject):
    """A touch screen's fingers on ``area``'s viewport, taken before Qt makes them a mouse
    (a touch on its scroll bars or headers is left to Qt).

    What a touch does is asked of the hooks a view's kind overrides: ``landed`` (can a finger
    held here pick something up?), ``moved`` (scroll, and zoom where the view does),
    ``tapped``, ``pressed_long`` and ``let_go``.
    """

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.area = area
        # Taken on the view, from its viewport (where Qt hands an untaken touch on), not on
        # the viewport: asked for before the window is up, a viewport Qt made had PySide look
        # through every widget class for its wrapper (33 more classes built at start-up, as
        # wall/view.py found)
        area.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        area.installEventFilter(self)
        self._touching = False  # a touch taken here, from its first finger to its last
        self._fingers: dict[int, QPointF] = {}  # where each of its fingers was last
        self._tapped = False  # no finger has moved past TAP_SLOP: still a tap (or a hold)
        self._tap_at = QPointF()  # where the touch began
        self._last_tap: tuple[int, QPointF, bool] | None = None  # when, where, on what: a double
        self._holdable = False  # the touch began with one finger on a thing it can pick up
        self._long = False  # that finger was held still its HOLD_MS on nothing to pick up
        self._mouse_finger: int | None = None  # a finger holding a thing: the view's mouse
        self._mouse_at = QPointF()  # where it picked the thing up
        self._mouse_moved = False  # and it has since moved past TAP_SLOP: a drag, no menu
        self.hold = QTimer(self)  # a finger held still: it picks up, or asks for the menu
        self.hold.setSingleShot(True)
        self.hold.setInterval(HOLD_MS)
        self.hold.timeout.connect(self._held)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isinstance first: the view's every event passes here
        if isinstance(event, QTouchEvent) and watched is self.area:
            return self.on_touch(event)
        return False

    def _on_port(self, point) -> QPointF:
        """A touch point's place on the viewport (the view's scroll bars and headers are not)."""
        # from the screen: a touch handed on from a widget over the viewport (the wall's) came
        # with its place off by that widget's
        return self.area.viewport().mapFromGlobal(point.globalPosition())

    # -- the hooks ---------------------------------------------------------------------------
    def landed(self, at: QPointF) -> bool:
        """One finger landed at ``at`` (viewport px): whether holding it still picks up what
        is there (from then on it drags it as the mouse does). A list's rows: never."""
        return False

    def moved(self, was: QPointF, now: QPointF, spread: float | None) -> None:
        """Fingers whose middle went from ``was`` to ``now`` (``spread``: how much farther
        apart two or more went, None for one finger): what was under them stays under them."""
        off = was - now
        bars = self.area.horizontalScrollBar(), self.area.verticalScrollBar()
        bars[0].setValue(bars[0].value() + round(off.x()))
        bars[1].setValue(bars[1].value() + round(off.y()))

    def tapped(self, at: QPointF, stamp: int, double: bool) -> None:
        """A tap chooses what is there, as a click does (and takes the keyboard as a click
        does); the second of two quick taps in one place is a double click."""
        if self.area.focusPolicy() & Qt.FocusPolicy.ClickFocus and not self.area.hasFocus():
            self.area.setFocus(Qt.FocusReason.MouseFocusReason)
        self.click(at, stamp, double)

    def pressed_long(self, at: QPointF) -> None:
        """A finger held still and lifted: what a right-click there does (Windows' own "press
        and hold"): what is under it chosen, then its menu."""
        right = Qt.MouseButton.RightButton
        self.mouse(_PRESS, at, 0, right)
        self.mouse(_RELEASE, at, 0, right)
        self.menu(at)

    def let_go(self) -> None:
        """The finger holding a thing became part of a pinch: its drag ends, nothing changed."""

    # -- what the hooks use ------------------------------------------------------------------
    def click(self, at: QPointF, stamp: int, double: bool = False) -> None:
        self.mouse(QEvent.Type.MouseButtonDblClick if double else _PRESS, at, stamp)
        self.mouse(_RELEASE, at, stamp)

    def mouse(self, kind: QEvent.Type, at: QPointF, stamp: int,
              button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
        """The mouse a finger makes, as Qt's own would. Made here, not by Qt, so that a second
        finger still reaches the view, and a drag can end as a pinch begins."""
        buttons = Qt.MouseButton.NoButton if kind == _RELEASE else button
        event = QMouseEvent(kind, at, self.area.viewport().mapToGlobal(at),
                            Qt.MouseButton.NoButton if kind == _MOVE else button,
                            buttons, QApplication.keyboardModifiers())
        if stamp:
            event.setTimestamp(stamp)
        QApplication.sendEvent(self.area.viewport(), event)

    def menu(self, at: QPointF) -> None:
        """The context menu at ``at``, as a right-click asks for it."""
        from PySide6.QtGui import QContextMenuEvent  # a long press is rare: not at start-up

        port, point = self.area.viewport(), at.toPoint()
        QApplication.sendEvent(port, QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, port.mapToGlobal(point),
            QApplication.keyboardModifiers()))

    # -- the touch ---------------------------------------------------------------------------
    def on_touch(self, event: QTouchEvent) -> bool:
        """A touch taken here: True when it was. Only a touch screen's: a touchpad's fingers
        scroll by the wheel and pinch by gesture."""
        if event.device().type() != QInputDevice.DeviceType.TouchScreen:
            return False
        kind = event.type()
        down = {p.id(): self._on_port(p) for p in event.points()
                if p.state() != p.State.Released}
        if self._mouse_finger is not None and not self._touching and (
                len(down) > 1 or kind in (_BEGIN, _CANCEL)):
            # a second finger after a held thing began its drag: a pinch
            self.let_go()
            self.mouse(_RELEASE, QPointF(), event.timestamp())
            self._mouse_finger = None
            self._touching, self._fingers, self._tapped = True, {}, False
        elif kind == _BEGIN:
            points = event.points()
            port = self.area.viewport()
            if not all(port.rect().contains(p.toPoint()) and port.childAt(p.toPoint()) is None
                       for p in down.values()):
                # on a scroll bar or a header, or on a widget over the viewport (a row's open
                # editor): Qt's mouse, as ever
                return False
            self._touching, self._fingers, self._tapped, self._long = True, {}, True, False
            self._tap_at = self._on_port(points[0])
            # a finger on a thing scrolls like any other; held still, it picks the thing up
            self._holdable = len(points) == 1 and self.landed(self._tap_at)
            self.hold.start()
        elif not self._touching:
            if self._mouse_finger is None:
                return False
            self._drag(event)
            event.accept()
            return True
        if len(down) > 1 or kind == _CANCEL:
            self._tapped = False  # two fingers are never a tap
        if down and set(down) == set(self._fingers) and not self._follow(
                list(self._fingers.values()), list(down.values())):
            down = self._fingers  # trembling on a tap: measured from where the finger landed
        self._fingers = down  # a finger added or lifted: the next move starts from here
        if kind in (_END, _CANCEL):
            self.hold.stop()
            self._touching = False
            if self._tapped and self._long:
                self.pressed_long(self._tap_at)
            elif self._tapped:
                self._tap(self._tap_at, event.timestamp())
        event.accept()
        return True

    def _drag(self, event: QTouchEvent) -> None:
        """The finger holding a thing moves it as the mouse does; lifted where it picked it up
        (never moved past TAP_SLOP), its menu opens too."""
        at = next((self._on_port(p) for p in event.points()
                   if p.id() == self._mouse_finger), None)
        if at is None:
            return
        self._mouse_moved |= (at - self._mouse_at).manhattanLength() > TAP_SLOP
        lifted = event.type() == _END
        self.mouse(_RELEASE if lifted else _MOVE, at, event.timestamp())
        if lifted:
            self._mouse_finger = None
            if not self._mouse_moved:
                self.pressed_long(at)

    def _held(self) -> None:
        """A finger held still ``HOLD_MS``: it picks up what it is on (and from here drags it as
        the mouse does); on nothing to pick up, lifted now it asks for the menu."""
        if not (self._touching and self._tapped and len(self._fingers) == 1
                and self.area.isVisible()):  # e.g. read-out put over the wall meanwhile
            return
        if not self._holdable:
            self._long = True
            return
        (finger, at), = self._fingers.items()
        self._touching, self._mouse_finger = False, finger
        self._mouse_at, self._mouse_moved = QPointF(at), False
        self.mouse(_PRESS, at, 0)

    def _tap(self, at: QPointF, stamp: int) -> None:
        """A tap; a second soon after in the same place, on the same kind of thing, is a double
        tap (a tap on bare wall is never a card's second)."""
        last, self._last_tap = self._last_tap, (stamp, QPointF(at), self._holdable)
        double = last is not None and 0 <= stamp - last[0] <= QApplication.doubleClickInterval() \
            and (at - last[1]).manhattanLength() <= 2 * TAP_SLOP and last[2] == self._holdable
        if double:
            self._last_tap = None
        self.tapped(at, stamp, double)

    def _follow(self, before: list[QPointF], after: list[QPointF]) -> bool:
        """Fingers moved: ``moved`` with their middles and spread. False while one finger has
        not yet gone past ``TAP_SLOP``."""
        was, now = _middle(before), _middle(after)
        if self._tapped and (now - was).manhattanLength() <= TAP_SLOP:
            return False  # a finger trembles on a tap: the view stays still
        self._tapped = False
        spread = None
        if len(after) > 1:
            apart = _spread(before, was)
            spread = _spread(after, now) / apart if apart > 0 else 1.0
        self.moved(was, now, spread)
        return True


class CanvasFingers(Fingers):
    """Fingers on a ``QGraphicsView``: the point of the scene under their middle stays under
    it as they pan, and two spreading apart zoom by as much (``zoom``)."""

    area: QGraphicsView

    def moved(self, was: QPointF, now: QPointF, spread: float | None) -> None:
        view = self.area
        held = view.mapToScene(was.toPoint())
        if spread is not None:
            anchor = view.transformationAnchor()
            view.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            try:
                self.zoom(spread)
            finally:
                view.setTransformationAnchor(anchor)
        off = view.mapFromScene(held) - now.toPoint()
        bars = view.horizontalScrollBar(), view.verticalScrollBar()
        bars[0].setValue(bars[0].value() + off.x())
        bars[1].setValue(bars[1].value() + off.y())

    def zoom(self, factor: float) -> None:
        """Two or more fingers went ``factor`` times as far apart (1: they only moved)."""


class ItemFingers(Fingers):
    """Fingers on a list, table or tree: they scroll it by the pixel, never choose rows as
    they pass; a tap chooses a row, a long press opens its menu."""

    area: QAbstractItemView

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        view.setProperty(_MARK, True)  # given once (``give_fingers``)

    def moved(self, was: QPointF, now: QPointF, spread: float | None) -> None:
        view = self.area
        # by the row, a finger's 30 px would be 30 rows: by the pixel from a finger's first
        # scroll (the mouse's wheel still scrolls three rows a notch)
        if view.verticalScrollMode() != QAbstractItemView.ScrollMode.ScrollPerPixel:
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        if view.horizontalScrollMode() != QAbstractItemView.ScrollMode.ScrollPerPixel:
            view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        super().moved(was, now, spread)


def give_fingers(root: QWidget) -> None:
    """Every list, table and tree in ``root`` (and ``root``, if it is one) takes a finger's
    touch itself (``ItemFingers``); once each. Not a header (a finger on it sorts, as a tap
    should) nor a combo box's drop-down list (Qt's own popup)."""
    for view in [root, *root.findChildren(QAbstractItemView)]:
        # by name: looking up a class PySide has not yet built builds its enums
        if view.inherits("QAbstractItemView") and not view.inherits("QHeaderView") \
                and not view.property(_MARK) and not _in_combo_box(view):
            ItemFingers(view)  # type: ignore[arg-type]  # an item view, by name


def _in_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.inherits("QComboBox"):
            return True
        parent = parent.parentWidget()
    return False


def _middle(points: list[QPointF]) -> QPointF:
    return sum(points, QPointF()) / len(points)


def _spread(points: list[QPointF], centre: QPointF) -> float:
    # the true distance: |dx|+|dy| grew as two fingers turned, and the wall zoomed
    return sum(math.hypot((p - centre).x(), (p - centre).y()) for p in points) / len(points)
