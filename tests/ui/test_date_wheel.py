"""The wheel over a date box, just after a date is typed in it, steps the day, as after Enter:
it stepped the year the typing left the keyboard in, so a notch after "1/2/2027" made it
1 February 2028, the workshop a year late with nothing said. Up and Down after typing do the
same; over a box without the keyboard the wheel changes nothing and the page scrolls."""

from __future__ import annotations

import datetime as dt

import pytest
from input_events import turn_wheel
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter

DAY = dt.date(2027, 3, 1)


def _prepare(qtbot, show):
    doc = Document(Workshop(title="Spring reviews", date=DAY))
    undo = UndoAdapter(doc)
    page = show(DetailsPage(doc, undo), 900, 700)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page, doc, undo


@pytest.mark.parametrize("step", ["wheel", Qt.Key.Key_Up])
def test_after_a_typed_date_a_step_is_a_day_and_enter_records_it(qtbot, show, step):
    page, doc, undo = _prepare(qtbot, show)
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.date, "1/2/2027")
    if step == "wheel":
        turn_wheel(page.date)  # one notch away from the user
    else:
        qtbot.keyClick(QApplication.focusWidget(), step)
    assert page.date.text() == "2 February 2027"  # not 1 February 2028
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert doc.workshop.date == dt.date(2027, 2, 2) and undo.stack.count() == 1
    undo.stack.undo()
    assert doc.workshop.date == DAY and page.date.text() == "1 March 2027"
    undo.stack.redo()
    assert doc.workshop.date == dt.date(2027, 2, 2)


def test_a_second_notch_steps_the_day_again(qtbot, show):
    page, _doc, _undo = _prepare(qtbot, show)
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.date, "15 march 2027")
    turn_wheel(page.date)
    turn_wheel(page.date)
    assert page.date.text() == "17 March 2027"


def test_the_wheel_over_a_box_without_the_keyboard_changes_nothing(qtbot, show):
    page, doc, undo = _prepare(qtbot, show)
    page.title.setFocus()
    qtbot.waitUntil(page.title.hasFocus)
    turn_wheel(page.date)  # on the way down the page
    assert page.date.text() == "1 March 2027" and not page.date.hasFocus()
    assert doc.workshop.date == DAY and undo.stack.count() == 0


def test_a_notch_after_a_date_typed_wrong_steps_nothing_and_says_why(qtbot, show):
    """After "31/2/27" a notch stepped the old date's YEAR and saved 1 March 2028 under
    "There is no 31 February 2027." (review 24 code_b1 F2, the menu's Step's sibling)."""
    page, doc, undo = _prepare(qtbot, show)
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.date, "31/2/27")
    turn_wheel(page.date)
    assert page.date.text() == "1 March 2027"  # put back, as Up or Enter do: not stepped
    assert page.date.problem == "There is no 31 February 2027."
    page.title.setFocus()
    qtbot.waitUntil(lambda: not page.date.hasFocus())
    assert doc.workshop.date == DAY and not undo.stack.count()


def test_a_notch_after_a_due_date_typed_wrong_steps_nothing(qtbot, show):
    from PySide6.QtCore import QDate

    from wtfc.ui.date_box import DateBox

    box = show(DateBox(lambda: DAY), 300, 60)  # an action's due date
    box.setDate(QDate(2027, 4, 1))
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    box.setFocus(Qt.FocusReason.TabFocusReason)
    shown = box.text()
    qtbot.keyClicks(box, "31/2/27")
    turn_wheel(box)
    assert box.text() == shown and box.problem == "There is no 31 February 2027."
