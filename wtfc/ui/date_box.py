"""Boxes that the mouse wheel changes only once they have the keyboard, and the row of count
boxes, one per room role, that Prepare and the Teams panel share.

Prepare's page, the Teams panel and Review's "Looking back" scroll on a short screen: a wheel
turned over a date or a count on the way down changed it unseen (the workshop's date, the next
review, a team's members), and leaving the box then recorded it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLayout, QSpinBox, QWidget

from wtfc.model.workshop import RoomRole

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
        label = QLabel(role.label)
        label.setBuddy(box)
        pair = QWidget()
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(box)
        layout.addWidget(pair)
        boxes[role] = box
    return boxes
