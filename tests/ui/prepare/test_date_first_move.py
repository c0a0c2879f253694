"""Choosing a date is the first move on Prepare and on Review's Looking back: "No date yet" is
not greyed out, a click on it (or Space, Enter or an arrow) opens the calendar on a date to
start from, and the date picked there is one undo step, its "Date set" ticked with it; closed
without a pick, nothing changes. Unticking "Date set" still clears the date."""

from __future__ import annotations

import datetime as dt

import pytest
from collect_fixtures import save_render
from PySide6.QtCore import QDate, QPoint, Qt

from tests.ui.settled import settle
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.review_reflection import LookingBack
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter

KEY = Qt.Key


@pytest.fixture
def page(show, doc, undo):
    return show(DetailsPage(doc, undo), 900, 560)


def _pick(qtbot, box, when: dt.date) -> None:
    """What a click on a day of the open calendar (or Enter on it) does."""
    calendar = box.calendarWidget()
    assert calendar.isVisible()
    calendar.setSelectedDate(QDate(when))
    calendar.activated.emit(QDate(when))
    qtbot.waitUntil(lambda: not calendar.isVisible())
    settle()  # (the pick is heard once the calendar has closed)


def _click(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(20, box.height() // 2))


def test_a_click_on_no_date_yet_opens_the_calendar_and_a_pick_is_one_step(qtbot, page, doc,
                                                                           undo):
    today = dt.date.today()
    assert page.date.isEnabled() and page.date.text() == "No date yet"
    _click(qtbot, page.date)
    calendar = page.date.calendarWidget()
    assert calendar.isVisible() and calendar.selectedDate() == QDate(today)  # not 1900's
    assert doc.workshop.date is None and undo.stack.count() == 0  # nothing yet
    save_render(page, "prepare_date_calendar")
    later = today + dt.timedelta(days=12)
    _pick(qtbot, page.date, later)
    assert doc.workshop.date == later and undo.stack.count() == 1
    assert page.has_date.isChecked() and page.date.text() == QDate(later).toString("d MMMM yyyy")
    undo.stack.undo()
    assert doc.workshop.date is None and page.date.text() == "No date yet"
    assert not page.has_date.isChecked()
    undo.stack.redo()
    assert doc.workshop.date == later and page.has_date.isChecked()
    page.has_date.click()  # the way to clear it
    assert doc.workshop.date is None and page.date.text() == "No date yet"


def test_closing_the_calendar_without_a_pick_leaves_no_date(qtbot, page, doc, undo):
    _click(qtbot, page.date)
    popup = page.date.calendarWidget().window()
    qtbot.keyClick(popup, KEY.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    settle()
    assert page.date.text() == "No date yet" and doc.workshop.date is None
    assert undo.stack.count() == 0 and not page.has_date.isChecked()


def test_from_the_keyboard_space_on_the_box_opens_the_calendar(qtbot, page, doc, undo):
    page.date.setFocus()
    qtbot.keyClick(page.date, KEY.Key_Space)
    assert page.date.calendarWidget().isVisible()
    _pick(qtbot, page.date, dt.date(2027, 4, 20))
    assert doc.workshop.date == dt.date(2027, 4, 20) and undo.stack.count() == 1
    qtbot.keyClick(page.date, KEY.Key_Up)  # with a date, the arrows change the day as before
    qtbot.keyClick(page.date, KEY.Key_Return)
    assert doc.workshop.date == dt.date(2027, 4, 21)


def test_a_read_only_workshop_keeps_the_box_shut(show, doc, undo):
    undo.read_only = True
    page = show(DetailsPage(doc, undo), 900, 560)
    page._refresh()
    assert not page.date.isEnabled() and not page.has_date.isEnabled()


def test_the_next_review_opens_six_months_after_the_workshop(qtbot, show):
    doc = Document(Workshop(date=dt.date(2027, 3, 1)))
    undo = UndoAdapter(doc)
    block = show(LookingBack(doc, undo), 1100, 500)
    assert block.date.isEnabled() and block.date.text() == "No date yet"
    _click(qtbot, block.date)
    assert block.date.calendarWidget().selectedDate() == QDate(2027, 9, 1)
    _pick(qtbot, block.date, dt.date(2027, 10, 5))
    assert doc.workshop.next_review == dt.date(2027, 10, 5) and block.has_date.isChecked()
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert doc.workshop.next_review is None and block.date.text() == "No date yet"


@pytest.mark.parametrize("key", [KEY.Key_Backspace, KEY.Key_Delete])
def test_backspace_or_delete_on_no_date_yet_leave_it_saying_so(qtbot, page, doc, undo, key):
    """The usual first try to clear a box (or a slip) edited the words themselves: "No date
    ye", or an empty box once the page's words were selected, still empty after Tab."""
    page.title.setFocus()
    qtbot.keyClick(page.title, KEY.Key_Tab)  # onto the date box, its words selected
    assert page.date.hasFocus()
    qtbot.keyClick(page.date, key)
    qtbot.keyClick(page.date, KEY.Key_End)
    qtbot.keyClick(page.date, KEY.Key_Backspace)
    assert page.date.text() == "No date yet"
    assert not page.date.calendarWidget().isVisible()
    qtbot.keyClick(page.date, KEY.Key_Tab)
    assert page.has_date.hasFocus()  # on to "Date set"
    assert page.date.text() == "No date yet"
    assert doc.workshop.date is None and undo.stack.count() == 0


def test_a_letter_on_no_date_yet_starts_a_typed_date(qtbot, page, doc):
    """A digit or a letter is typed as in a box with a date (tests/ui/test_date_typed_on_none.py):
    the calendar's own editor read what followed its own way."""
    page.date.setFocus()
    qtbot.keyClicks(page.date, "nov 3 2027")
    assert not page.date.calendarWidget().isVisible() and page.date.text() == "nov 3 2027"
    qtbot.keyClick(page.date, KEY.Key_Return)
    assert doc.workshop.date == dt.date(2027, 11, 3) and page.has_date.isChecked()


def test_words_cut_from_no_date_yet_come_back_when_the_box_is_left(qtbot, page):
    """The right-click menu's Delete or Cut edit the words with no key pressed."""
    page.date.setFocus()
    page.date.lineEdit().setText("")
    page.title.setFocus()
    assert page.date.text() == "No date yet"


def test_tab_and_shift_tab_leave_no_date_yet(qtbot, page):
    """QDateEdit's Tab walks a date's day, month and year; on "No date yet" it looked for a day
    it never found, and Tab and Shift+Tab stayed in the box for good."""
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.date, KEY.Key_Tab)
    assert page.has_date.hasFocus()
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.date, KEY.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert page.title.hasFocus()

