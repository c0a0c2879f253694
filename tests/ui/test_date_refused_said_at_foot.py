"""A date the box refuses holds up Ctrl+S, the close button and a stage change: the reason was
only a tooltip under the box, far from the pointer. It is said at the window's foot too, and
goes once the date is put back (Esc)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.settled import settle
from wtfc.model.workshop import Stage
from wtfc.ui.details_page import DetailsPage


def _typed_on_prepare(qtbot, w, typed: str):
    """``typed`` in Prepare's date box, the window active: the box keeps the words."""
    w.go_to_stage(Stage.PREPARE)
    page = w.findChild(DetailsPage)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.date, typed)
    return w, page


def test_ctrl_s_with_a_refused_date_says_why_at_the_foot(qtbot, demo_window):
    w, page = _typed_on_prepare(qtbot, demo_window, "31/2/2027")
    qtbot.keyClick(page.date, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    said = ("The date typed in “Workshop date” was not taken: There is no 31 February 2027. "
            "Put it right or press Esc.")
    qtbot.waitUntil(lambda: w.statusBar().currentMessage() == said)
    assert page.date.text() == "31/2/2027"  # kept, to be put right
    qtbot.keyClick(page.date, Qt.Key.Key_Escape)
    assert w.statusBar().currentMessage() == ""
    assert page.date.text() == "12 November 2026"


def test_a_click_away_that_puts_the_date_back_leaves_the_foot_quiet(qtbot, demo_window):
    """Left by a click, the box puts the old date back: nothing waits on it, so the foot no
    longer says it was not taken (it did for 15 s, on the next stage too) (code review 23 H H1)."""
    w, page = _typed_on_prepare(qtbot, demo_window, "31/2/2027")
    qtbot.keyClick(page.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "was not taken" in w.statusBar().currentMessage())
    qtbot.mouseClick(page.title, Qt.MouseButton.LeftButton)
    settle()
    assert page.date.text() == "12 November 2026"
    assert w.statusBar().currentMessage() == ""
