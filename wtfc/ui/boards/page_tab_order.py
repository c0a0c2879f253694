"""Tab through a board's own widgets before leaving it for the stage panel.

Ctrl+4 or Ctrl+5 puts the keyboard in the board's main view, below its heading controls. In
the order the widgets were made, Tab went on from the view's buttons to the stage panel, and
only after the stage panel came back to the heading's filter or theme box: a magnifier
jumped right, left, right, and a screen-reader user had left the page before reaching them.
So the heading's controls go after the board's last widget: view, buttons, heading, then out.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget


def heading_last(last: QWidget, heading: Sequence[QWidget | None]) -> None:
    """Put ``heading`` (the controls above the board's main view, in their order on screen)
    after ``last``, the board's last widget, in Tab order. Called once the board is in its
    window: Qt orders widgets of one window only, and none that takes no focus (a summary
    line that folds keeps its place, just above the view it sums up)."""
    for before, after in pairwise([last, *(w for w in heading if w is not None)]):
        QWidget.setTabOrder(before, after)


def tab_bar_above(board: QWidget) -> QTabBar | None:
    """The tab bar of the tabbed page holding ``board`` (Understand: "1. Choose priorities",
    "2. Root causes (why?)"); None where it has none. The page itself is no Tab stop from
    then on: Qt lets Tab stop on a widget whose focus proxy takes it, so Tab onto the page
    handed the keyboard to its bar, and the next Tab went on from the bar's own place (after
    the board's widgets), past the table for good."""
    widget = board.parentWidget()
    while widget is not None and not isinstance(widget, QTabWidget):
        widget = widget.parentWidget()
    if widget is None:
        return None
    # the bar keeps its own stop; Ctrl+Tab still reaches the page (None: Qt's nullptr)
    widget.setFocusProxy(None)  # type: ignore[arg-type]
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget.tabBar()
