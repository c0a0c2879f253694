"""A keyboard focus ring on buttons, check boxes, radio buttons, combo boxes and spin boxes.

Fusion (Linux, and Windows' fallback) marks a focused button with a 1-px border 2.35:1 from the
unfocused one, and a check box with a tint 1.1:1 from the window: on a laptop at arm's length,
or mirrored to the projector, nobody could tell which button Space would press. So one frame for
the whole app draws a 2-px ring in the app's focus blue (the wall's and the why-tree's focus
colour) just outside the widget the keyboard moved focus to: Tab, Backtab or a shortcut mark the
window with WA_KeyboardFocusChange before QApplication says focus changed, and a click clears
the mark, so a click rings nothing (as Qt's own focus frames).

The frame is a QFocusFrame, so Qt itself, in C++, keeps it round the widget as the widget, its
parents or a scroll area move; Python runs on a focus change and on the ring's own paint only.
A proxy style drew this before, and put a Python call into every draw of every widget (every
table cell, header and menu): ~90 M instructions at start-up alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from wtfc.ui.focus_frame import RingFrame

# by Qt's class names: importing these Python types, or the ring's module (QStyle's ~620 enum
# members), would cost start-up what only the first Tab needs
_RINGED = ("QPushButton", "QCheckBox", "QRadioButton", "QComboBox", "QAbstractSpinBox")


def install_focus_ring(app: QApplication) -> None:
    """Once per application (the tests make the application again and again). Marked by a
    property: findChild would wrap the application's style for Python, loading QStyle."""
    if not app.property("wtfc focus ring"):
        FocusRing(app)
        app.setProperty("wtfc focus ring", True)


class FocusRing(QObject):
    """Puts the ring round the widget the keyboard focused, from QApplication.focusChanged, and
    takes it away when focus moves on by a click or to another kind of widget. Lives as long as
    its parent (the application; a test's window)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._frame: RingFrame | None = None  # made on the first Tab to a ringed widget
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._on_focus_changed)

    def frame(self) -> RingFrame | None:
        """The ring, if any widget was ever ringed (shown only round the focused one)."""
        return self._frame if self._frame is not None and isValid(self._frame) else None

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        ring = new is not None and any(new.inherits(kind) for kind in _RINGED) and \
            new.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        frame = self.frame()
        if ring and frame is None:  # first use, or its last window took it along when deleted
            from wtfc.ui.focus_frame import RingFrame

            frame = self._frame = RingFrame()
        if frame is not None:
            frame.setWidget(new if ring else None)  # type: ignore[arg-type]  # None: hide
