"""A keyboard focus ring on buttons, check boxes, radio buttons, combo boxes and spin boxes.

Fusion (Linux, and Windows' fallback) marks a focused button with a 1-px border 2.35:1 from the
unfocused one, and a check box with a tint 1.1:1 from the window: on a laptop at arm's length,
or mirrored to the projector, nobody could tell which button Space would press. This proxy lets
the platform style draw as ever, then adds a 2-px ring in the app's focus blue (the wall's and
the why-tree's focus colour) while the keyboard is what moved focus there, as Qt's own focus
frames are drawn only then (a click does not ring the button clicked). A style sheet would have
replaced the native look; a proxy keeps it. Only drawing is overridden, and sizes of two kinds:
every other question the widgets ask the style goes straight to the platform's, in C++.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionButton, QWidget

from wtfc.ui.style import FOCUS, palette_ink

RING_PX = 2.0  # WCAG 2.4.13: at least a 2-px line, 3:1 against what it surrounds
ROOM_PX = 3  # a check box is drawn this far in from each side, so the ring passes beside its box
_STATE = QStyle.StateFlag
_CE = QStyle.ControlElement
_RINGED = frozenset({_CE.CE_PushButton, _CE.CE_CheckBox, _CE.CE_RadioButton})
_CLICK_RECTS = {_CE.CE_CheckBox: QStyle.SubElement.SE_CheckBoxClickRect,
                _CE.CE_RadioButton: QStyle.SubElement.SE_RadioButtonClickRect}
_WIDER = frozenset({QStyle.ContentsType.CT_CheckBox, QStyle.ContentsType.CT_RadioButton})
_RINGED_COMPLEX = frozenset({QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox})


class FocusRingStyle(QProxyStyle):
    """The platform's style with a clear keyboard focus ring (set once on the application)."""

    def sizeFromContents(self, kind, option, size, widget=None) -> QSize:
        size = super().sizeFromContents(kind, option, size, widget)
        # room for the ring beside a check box's box: drawn over it, the box lost its edge
        return size + QSize(2 * ROOM_PX, 0) if kind in _WIDER else size

    def drawControl(self, element, option, painter, widget=None) -> None:
        if element not in _RINGED:
            super().drawControl(element, option, painter, widget)
        elif element in _CLICK_RECTS:
            inset = QStyleOptionButton(option)
            inset.rect = option.rect.adjusted(ROOM_PX, 0, -ROOM_PX, 0)
            super().drawControl(element, inset, painter, widget)
            # round the box and its words, not the whole row a layout stretched it to
            words = self.subElementRect(_CLICK_RECTS[element], inset, widget)
            ring = QRect(option.rect)
            ring.setRight(min(option.rect.right(), words.right() + ROOM_PX))
            _ring(option, painter, widget, ring)
        else:
            super().drawControl(element, option, painter, widget)
            _ring(option, painter, widget)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _RINGED_COMPLEX:
            _ring(option, painter, widget)


def _ring(option: QStyleOption, painter: QPainter, widget: QWidget | None,
          rect: QRect | None = None) -> None:
    state = option.state
    if not (state & _STATE.State_HasFocus and state & _STATE.State_KeyboardFocusChange):
        return
    if widget is not None and widget.rect() != option.rect:  # one drawn in a cell of a view
        return
    # the focus blue where it reads on the window and the button face; on a dark or high-contrast
    # desktop, the palette's own text colour
    colour = palette_ink(FOCUS, QPalette.ColorRole.Window, QPalette.ColorRole.Button,
                         text=QPalette.ColorRole.WindowText, palette=option.palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, RING_PX))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING_PX / 2
    painter.drawRoundedRect(QRectF(rect or option.rect).adjusted(half, half, -half, -half), 3, 3)
    painter.restore()
