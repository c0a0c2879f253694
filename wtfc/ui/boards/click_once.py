"""A board button clicked twice in a row out of habit (a double-click) acts once.

Plan's and Act's boards choose the next action in the lane after a delete, and the why-tree the
deleted reason's parent, so the keyboard keeps its place: the second click of a double-click on
"Delete (Del)" then deleted that too (on the tree, the whole branch above), unseen, as a second
undo step. "Next status (Space)" moved a status on twice (Not started → Done). The keys are not
guarded: Delete or Space pressed again acts again, as it always has, and a second click once the
double-click time has passed does too.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication


def once_per_double_click(slot: Callable[[], object]) -> Callable[[], None]:
    """``slot`` for a button's ``clicked``, ignored within the system's double-click time
    (``QApplication.doubleClickInterval``, 400 ms unless the user set another) of the end of
    the click that last ran it: timed from its start, a delete that took longer (Act laid out
    again on a slow laptop) let the double-click's second click, waiting meanwhile, act too."""
    last = -math.inf

    def clicked() -> None:
        nonlocal last
        if (time.monotonic() - last) * 1000 < QApplication.doubleClickInterval():
            return
        last = math.inf  # a click while it runs (a nested event loop) is the same click
        try:
            slot()
        finally:
            last = time.monotonic()

    return clicked
