"""A count box the mouse wheel changes only once it has the keyboard, the row of them, one per
room role, that Prepare and the Teams panel share, and a box after its label (split from
``date_box``, whose wheel rule it shares)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout, QSpinBox, QWidget

from wtfc.model.workshop import RoomRole
from wtfc.ui.date_box import ENGLISH_DATES, _WheelNeedsFocus
from wtfc.ui.flow_layout import group

MAX_COUNT = 10_000  # the most the file keeps for one role


class CountBox(_WheelNeedsFocus, QSpinBox):
    def __init__(self) -> None:
        super().__init__()
        self.setRange(0, MAX_COUNT)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel
        # Latin digits, as every other number wtfc shows: an ar-SA or bn-BD region gave
        # "٦" or "১২৩৪" here, beside "6 of 19" in the words above
        self.setLocale(ENGLISH_DATES)


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
