"""Boxes that the mouse wheel changes only once they have the keyboard, the row of count
boxes, one per room role, that Prepare and the Teams panel share, and a box after its label.

Prepare's page, the Teams panel and Review's "Looking back" scroll on a short screen: a wheel
turned over a date or a count on the way down changed it unseen (the workshop's date, the next
review, a team's members), and leaving the box then recorded it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QDateEdit, QLabel, QLayout, QSpinBox, QWidget

from wtfc.model.workshop import RoomRole
from wtfc.ui.flow_layout import group

MAX_COUNT = 10_000  # the most the file keeps for one role

if TYPE_CHECKING:
    _Box = QWidget
else:
    _Box = object


class _WheelNeedsFocus(_Box):
    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # to the page, which scrolls


class DateBox(_WheelNeedsFocus, QDateEdit):
    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel


class CountBox(_WheelNeedsFocus, QSpinBox):
    def __init__(self) -> None:
        super().__init__()
        self.setRange(0, MAX_COUNT)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel


def role_count_boxes(layout: QLayout, spoken: Callable[[RoomRole], str],
                     done: Callable[[RoomRole], object]) -> dict[RoomRole, CountBox]:
    """A labelled count box per role, in the roles' order, added to ``layout``; ``spoken``
    names each box for a screen reader and ``done`` records it when it is left."""
    boxes: dict[RoomRole, CountBox] = {}
    for role in RoomRole:
        box = CountBox()
        box.setAccessibleName(spoken(role))
        box.editingFinished.connect(lambda r=role: done(r))
        layout.addWidget(labelled(role.label, box))
        boxes[role] = box
    return boxes


def labelled(text: str, box: QWidget) -> QWidget:
    """``box`` after a label saying ``text`` (its buddy), kept together on one row of a flow."""
    label = QLabel(text)
    label.setBuddy(box)
    return group(label, box)
