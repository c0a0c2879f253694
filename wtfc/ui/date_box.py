"""A date box that the mouse wheel changes only once it has the keyboard.

Prepare's page and Review's "Looking back" scroll on a short screen: a wheel turned over a date
on the way down changed it unseen (the workshop's date, the next review), and leaving the box
then recorded it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QDateEdit


class DateBox(QDateEdit):
    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not focused by the wheel

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # to the page, which scrolls
