"""The focus ring itself (wtfc/ui/focus_ring.py says when it shows): a 2-px line in the focus
blue, MARGIN_PX outside the focused widget, drawn by a QFocusFrame that Qt keeps in place."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFocusFrame,
    QProxyStyle,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)

from wtfc.ui.style import FOCUS, palette_ink

RING_PX = 2  # WCAG 2.4.13: at least a 2-px line, 3:1 against what it surrounds
MARGIN_PX = 3  # the ring lies this far out from the widget: 2 px of ring, 1 px clear of its edge
_CLICK_RECTS = ((QCheckBox, QStyle.SubElement.SE_CheckBoxClickRect),
                (QRadioButton, QStyle.SubElement.SE_RadioButtonClickRect))


class RingFrame(QFocusFrame):
    """The ring itself: above the widget in its window (or scroll area), as on macOS, so a
    container's tight margins do not clip it."""

    def __init__(self) -> None:
        super().__init__()
        self._metrics = _AboveWithMargin()  # kept: the widget does not own its style
        self.setStyle(self._metrics)

    def paintEvent(self, event: QPaintEvent) -> None:
        widget = self.widget()
        if widget is None:
            return
        ring = QRectF(self.rect())
        for kind, element in _CLICK_RECTS:
            if isinstance(widget, kind):
                # round the box and its words, not the whole row a layout stretched it to
                words = _click_rect(widget, element)
                ring.setRight(min(ring.right(), words.right() + 2 * MARGIN_PX + 1))
        # the focus blue where it reads on what the widget stands on; on a dark or
        # high-contrast desktop, the palette's own text colour
        colour = palette_ink(FOCUS, QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                             text=QPalette.ColorRole.WindowText, palette=widget.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, RING_PX))
        half = RING_PX / 2
        painter.drawRoundedRect(ring.adjusted(half, half, -half, -half), 4, 4)
        painter.end()


def _click_rect(widget: QAbstractButton, element: QStyle.SubElement) -> QRect:
    option = QStyleOptionButton()
    option.initFrom(widget)
    option.text = widget.text()
    option.icon = widget.icon()
    option.iconSize = widget.iconSize()
    return widget.style().subElementRect(element, option, widget)


class _AboveWithMargin(QProxyStyle):
    """The ring's own style (no other widget's): QFocusFrame asks it where to go. Above the
    widget, parented to its window, toolbar or scroll area's viewport and following every
    parent between; and MARGIN_PX larger than the widget all round."""

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        return super().styleHint(hint, option, widget, returnData)

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin,
                      QStyle.PixelMetric.PM_FocusFrameVMargin):
            return MARGIN_PX
        return super().pixelMetric(metric, option, widget)
