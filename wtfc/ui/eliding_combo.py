"""A drop-down list whose chosen text, when the box is narrower than it, ends in "…" with the
whole text in the tooltip, where Qt cut it mid-word with no sign ("Row 1: Car"). The list
that opens shows every item whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.wheel_needs_focus import wheel_needs_focus


class ElidingComboBox(QComboBox):
    """``ElidingComboBox(tip, least=20)``: ``tip`` says what the box is for; the whole chosen
    text follows it in the tooltip. The box asks for ``least`` letters, not its longest item,
    so a layout gives it what the row has left (a stretch) rather than all of its items."""

    def __init__(self, tip: str, least: int = 20, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tip = tip
        self.setToolTip(tip)
        self.setMinimumContentsLength(least)
        self.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.currentIndexChanged.connect(lambda _: self._say_whole())
        # it sits on pages that scroll (the import's mapping step): the wheel there is the page's
        wheel_needs_focus(self)

    def _say_whole(self) -> None:
        text = self.currentText()
        # the chosen text is a sheet's or a user's words: shown as typed, not as HTML
        self.setToolTip(plain_tip(f"{self._tip}:\n{text}") if text else self._tip)

    def paintEvent(self, event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, room.width())
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
