"""Why a date typed into a box was not taken, said where it is noticed: in a tooltip under the
box, to a screen reader, and at a main window's foot while what was typed waits in the box
(``date_box.DateBox``). Loaded with the first date read, not at start-up."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QToolTip, QWidget

from wtfc.ui.announce import announce
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.undo import passed, passing

PROBLEM_SHOWN_MS = 15_000  # a refused date's reason at the window's foot


def say_problem(box: QWidget, problem: str, *, waiting: bool, said: str) -> str:
    """Says ``problem``; ``waiting``: what was typed is still in the box, to be put right or
    Esc. Returns what the window's foot now says of the box (``said`` before)."""
    # shown by hand, not on a rest of the pointer, so wrapped here as every tip is (``tip_wrap``)
    QToolTip.showText(box.mapToGlobal(box.rect().bottomLeft()), plain_tip(problem), box)
    # a screen reader reads no tooltip (NVDA's are off by default): Tab stayed, unexplained
    announce(box, problem, urgent=True)
    window = box.window()
    if not waiting:  # left by a click: the old date is back, nothing waits on it
        return unsay_problem(box, said)
    if isinstance(window, QMainWindow) and problem:
        # Ctrl+S, the close button or a stage change wait on the box: the tooltip, far
        # from the pointer, was all that said why nothing happened
        name = f"“{box.accessibleName()}”" if box.accessibleName() else "the date box"
        said = f"The date typed in {name} was not taken: {problem} Put it right or press Esc."
        passing(window, said, PROBLEM_SHOWN_MS)  # then "time is up" again, if it still holds
    return said


def unsay_problem(box: QWidget, said: str) -> str:
    """The date was put right or put back: the foot no longer says ``said``. Returns ""."""
    window = box.window()
    if said and isinstance(window, QMainWindow):
        passed(window, said)
    return ""
