"""The keyboard's focus ring kept where a change made by the keys remakes the box that had them.

On the import's mapping step a choice (Alt+F to fill the blanks, ↑ ↓ in a column's box) draws
every box anew, and the keys are put back on the new box or on the offer's button. Qt takes
the focused box away before that, and clears the window's mark that the keyboard moved focus
(WA_KeyboardFocusChange) with it: the ring (``focus_ring``) was drawn nowhere, and the keys sat
unseen on "Leave the blanks", where a Space would quietly undo the fill. So where the window
had the mark before the change, the widget with the keys is given them again, a beat later,
as by a shortcut, which Qt marks as a keyboard move; its ring comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

P = ParamSpec("P")
R = TypeVar("R")
W = TypeVar("W", bound=QWidget)
MARK = Qt.WidgetAttribute.WA_KeyboardFocusChange


def keeps_ring(method: Callable[Concatenate[W, P], R]) -> Callable[Concatenate[W, P], R]:
    """For a method that remakes its widget's boxes: the keys' ring comes back afterwards
    (later, when Qt has done taking the old boxes away) if the keys had moved focus before."""

    @wraps(method)
    def kept(self: W, *args: P.args, **kwargs: P.kwargs) -> R:
        marked = self.window().testAttribute(MARK)
        result = method(self, *args, **kwargs)
        if marked:
            QTimer.singleShot(0, lambda: _ring_again(self))
        return result

    return kept


def _ring_again(widget: QWidget) -> None:
    if not isValid(widget) or widget.window().testAttribute(MARK):
        return  # gone, or the ring never went (Space on a button that stays)
    keys = QApplication.focusWidget()
    if keys is not None and widget.isAncestorOf(keys):
        keys.clearFocus()  # a widget that has the keys is not given them again
        keys.setFocus(Qt.FocusReason.ShortcutFocusReason)
