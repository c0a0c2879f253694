"""Real mouse events on a wall view's viewport: press, move with the button held, release."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
CTRL, PLAIN = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier


def send(view, kind, pos, button, buttons, mods=PLAIN) -> None:
    viewport = view.viewport()
    pos = QPointF(pos)
    QApplication.sendEvent(
        viewport,
        QMouseEvent(kind, pos, QPointF(viewport.mapToGlobal(pos.toPoint())), button, buttons, mods),
    )


def at(view, item) -> QPointF:
    """The viewport point at the middle of a scene item."""
    return QPointF(view.mapFromScene(item.sceneBoundingRect().center()))


def press(view, pos, mods=PLAIN) -> None:
    send(view, QEvent.Type.MouseButtonPress, pos, LEFT, LEFT, mods)


def move(view, pos, mods=PLAIN) -> None:
    send(view, QEvent.Type.MouseMove, pos, NONE, LEFT, mods)


def release(view, pos, mods=PLAIN) -> None:
    send(view, QEvent.Type.MouseButtonRelease, pos, LEFT, NONE, mods)


def click(view, pos, mods=PLAIN) -> None:
    press(view, pos, mods)
    release(view, pos, mods)


def drag_to(view, a, b, mods=PLAIN, steps: int = 8) -> None:
    """Press at ``a`` and move to ``b`` in steps, the button still held (no release)."""
    a, b = QPointF(a), QPointF(b)
    press(view, a, mods)
    for i in range(1, steps + 1):
        move(view, a + (b - a) * (i / steps), mods)
        QTest.qWait(2)


def drag(view, a, b, mods=PLAIN) -> None:
    drag_to(view, a, b, mods)
    release(view, b, mods)


def double_click(view, pos) -> None:
    click(view, pos)
    send(view, QEvent.Type.MouseButtonDblClick, pos, LEFT, LEFT)
    release(view, pos)
