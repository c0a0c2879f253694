"""On "No date yet" (Prepare's workshop date, Review's next review), the wheel turned over the
box with the keyboard in it showed "2 January 0100", and ticking Date set recorded it; a click
on the box after a refused typed date opened the calendar on January 0100."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.input_events import turn_wheel
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.review_reflection import LookingBack
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter


def _prepare(show):
    doc = Document(Workshop(title="Spring reviews"))
    return show(DetailsPage(doc, UndoAdapter(doc)), 900, 700), dt.date.today()


def _review(show):
    doc = Document(Workshop(date=dt.date(2027, 1, 12)))
    return show(LookingBack(doc, UndoAdapter(doc)), 1100, 500), dt.date(2027, 7, 12)  # 6 months on


WHERE = pytest.mark.parametrize("where", [_prepare, _review], ids=["prepare", "next_review"])


def _focused(qtbot, page, typed: str):
    box = page.date
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(box, typed)
    return box


@WHERE
@pytest.mark.parametrize("typed", ["", "31/2/2027", "Bob"])
def test_the_wheel_on_no_date_yet_changes_nothing(qtbot, show, where, typed):
    page, _ = where(show)
    box = _focused(qtbot, page, typed)
    turn_wheel(box)
    assert box.text() == "No date yet" and box.date_or_none() is None
    assert not page.has_date.isChecked()


@WHERE
@pytest.mark.parametrize("typed", ["31/2/2027", "Bob"])
def test_a_click_after_a_refused_date_opens_the_calendar_on_the_start_date(qtbot, show, where,
                                                                          typed):
    page, start = where(show)
    box = _focused(qtbot, page, typed)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(box.width() - 6,
                                                                 box.height() // 2))
    calendar = box.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    shown = calendar.selectedDate()
    assert (shown.year(), shown.month(), shown.day()) == (start.year, start.month, start.day)
    box.calendarWidget().window().hide()
