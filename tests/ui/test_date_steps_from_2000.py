"""The arrows, the wheel and the calendar keep a date box to the dates typing takes, from 2000
on: Down in the year went on to 1999 and back to 0100, and the calendar opened with every year
to 0100 to pick from. A date before 2000 a file holds is still shown and kept as it is: the
calendar opens on it, and the arrows only go on from it (tests/ui/test_old_dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter

KEY = Qt.Key
YEAR = QDateEdit.Section.YearSection


def _prepare(qtbot, show, date):
    doc = Document(Workshop(title="Spring reviews", date=date))
    undo = UndoAdapter(doc)
    page = show(DetailsPage(doc, undo), 900, 700)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(page.date.hasFocus)
    return page, doc, undo


def _open_calendar(qtbot, box):
    """A click on the box's arrow, as a facilitator opens its calendar."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    option = QStyleOptionComboBox()
    option.initFrom(box)
    option.editable = True
    option.subControls = QStyle.SubControl.SC_All
    arrow = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                       QStyle.SubControl.SC_ComboBoxArrow, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=arrow.center())
    calendar = box.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def test_down_in_the_year_stops_at_2000_and_records_only_what_is_shown(qtbot, show):
    page, doc, undo = _prepare(qtbot, show, dt.date(2001, 6, 15))
    page.date.setCurrentSection(YEAR)
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Down)
    assert page.date.text() == "15 June 2000"  # not 1998
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Tab)
    assert doc.workshop.date == dt.date(2000, 6, 15) and undo.stack.count() == 1
    undo.stack.undo()
    assert doc.workshop.date == dt.date(2001, 6, 15)
    undo.stack.redo()
    assert doc.workshop.date == dt.date(2000, 6, 15)


def test_the_menus_step_down_is_off_at_2000(qtbot, show):
    page, _doc, _undo = _prepare(qtbot, show, dt.date(2000, 6, 15))
    page.date.setCurrentSection(YEAR)
    assert page.date.kept_steps(-1) == 0 and page.date.kept_steps(1) == 1
    page.date.stepBy(-1)  # what Step down, the wheel and PageDown call
    assert page.date.text() == "15 June 2000"


def test_the_calendar_goes_back_to_1_january_2000_and_no_further(qtbot, show):
    page, doc, undo = _prepare(qtbot, show, dt.date(2000, 2, 10))
    calendar = _open_calendar(qtbot, page.date)
    assert calendar.minimumDate() == QDate(2000, 1, 1)
    assert calendar.maximumDate().year() == dt.date.today().year + 50
    for _ in range(12):  # a week back at a time, past New Year's Day
        qtbot.keyClick(calendar.focusWidget() or calendar, KEY.Key_Up)
    assert calendar.selectedDate() == QDate(2000, 1, 1)
    assert calendar.minimumDate() == QDate(2000, 1, 1)  # Qt gave it 0100 again at each week
    qtbot.keyClick(calendar.focusWidget() or calendar, KEY.Key_Return)  # picked
    qtbot.waitUntil(lambda: not calendar.isVisible())
    qtbot.waitUntil(lambda: doc.workshop.date == dt.date(2000, 1, 1))
    assert undo.stack.count() == 1


@pytest.mark.parametrize("held", [dt.date(1899, 12, 30), dt.date(1999, 12, 31)])
def test_a_date_before_2000_in_the_file_is_shown_and_kept(qtbot, show, held):
    page, doc, undo = _prepare(qtbot, show, held)
    page.date.setCurrentSection(YEAR)
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Down)  # no further back
    assert page.date.date_or_none() == held
    calendar = _open_calendar(qtbot, page.date)
    assert calendar.selectedDate() == QDate(held.year, held.month, held.day)
    assert calendar.minimumDate() == calendar.selectedDate()  # shown, not gone to 2000
    qtbot.keyClick(calendar.focusWidget() or calendar, KEY.Key_Up)  # a week back: not there
    assert calendar.selectedDate() == QDate(held.year, held.month, held.day)
    qtbot.keyClick(calendar.focusWidget() or calendar, KEY.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    page.title.setFocus()  # left: nothing was changed, so nothing is recorded
    assert doc.workshop.date == held and undo.stack.count() == 0
    assert page.date.text() == f"{held.day} December {held.year}"


def test_from_a_date_before_2000_the_arrows_go_on(qtbot, show):
    page, doc, undo = _prepare(qtbot, show, dt.date(1899, 12, 30))
    page.date.setCurrentSection(YEAR)
    qtbot.keyClick(QApplication.focusWidget(), KEY.Key_Up)
    assert page.date.text() == "30 December 1900"
    QApplication.focusWidget().clearFocus()
    assert doc.workshop.date == dt.date(1900, 12, 30) and undo.stack.count() == 1
