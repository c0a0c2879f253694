"""A date still being typed when the window saves or closes (Ctrl+S, Save on closing) is
recorded first, as a title still being typed is: the file held the old date while the box
read "15/3/2027", and the title bar said nothing was left to save."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip

from wtfc.model.dates import long_date
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.review_reflection import LookingBack
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter

DAY, REVIEW = dt.date(2026, 11, 12), dt.date(2027, 5, 12)


def _active(qtbot, page):
    page.activateWindow()  # the box has the keyboard, for the wheel and the tooltip
    qtbot.waitUntil(page.isActiveWindow)
    return page


def _prepare(qtbot, show):
    doc = Document(Workshop(title="Spring reviews", date=DAY))
    page = _active(qtbot, show(DetailsPage(doc, UndoAdapter(doc)), 900, 700))
    return page, lambda: doc.workshop.date


def _review(qtbot, show):
    doc = Document(Workshop(date=DAY, next_review=REVIEW))
    page = _active(qtbot, show(LookingBack(doc, UndoAdapter(doc)), 1100, 500))
    return page, lambda: doc.workshop.next_review


WHERE = pytest.mark.parametrize("where", [_prepare, _review], ids=["prepare", "next_review"])


@WHERE
def test_a_date_still_typed_is_recorded_before_a_save(qtbot, show, where):
    page, recorded = where(qtbot, show)
    before = recorded()
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.date, "15/3/2027")
    assert page.commit_pending()  # what Ctrl+S and Save on closing do first
    assert recorded() == dt.date(2027, 3, 15) and page.undo.stack.count() == 1
    page.undo.stack.undo()
    assert recorded() == before


@WHERE
def test_a_date_typed_that_is_none_stops_the_save_and_says_why(qtbot, show, where):
    page, recorded = where(qtbot, show)
    before = recorded()
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.date, "31/2/2027")
    assert not page.commit_pending()  # the save waits, as for a refused title
    assert page.date.text() == "31/2/2027" and recorded() == before
    qtbot.waitUntil(lambda: QToolTip.text() == "There is no 31 February 2027.")
    assert page.undo.stack.count() == 0


def test_a_date_typed_on_no_date_yet_is_recorded_before_a_save(qtbot, show):
    doc = Document(Workshop(title="Spring reviews"))
    page = _active(qtbot, show(DetailsPage(doc, UndoAdapter(doc)), 900, 700))
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.date, "1/2/2027")
    assert page.commit_pending()
    assert doc.workshop.date == dt.date(2027, 2, 1) and page.has_date.isChecked()
    assert page.undo.stack.count() == 1


def test_the_wheel_while_typing_steps_from_the_date_typed(qtbot, show):
    """The wheel stepped the date shown before the typing ("13 November 2026"), and Enter then
    recorded the hidden typed "15/3": a date the box was not showing."""
    from input_events import turn_wheel

    page, recorded = _prepare(qtbot, show)
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.date, "15/3/2027")
    turn_wheel(page.date)
    shown = page.date.date_or_none()
    assert shown == dt.date(2027, 3, 16)  # one step from 15 March (the day: test_date_wheel.py)
    assert page.date.text() == long_date(shown)
    qtbot.keyClick(page.date, Qt.Key.Key_Return)
    assert recorded() == shown


def test_a_refresh_while_typing_shows_the_record_and_forgets_the_typing(qtbot, show):
    """A Redo (or any refresh of the page) showed the record's date again, and Tab then
    recorded the typed date it no longer showed."""
    page, recorded = _prepare(qtbot, show)
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.date, "15/3/2027")
    page.date.set_date_or_none(DAY)  # as the page's refresh after a step does
    assert page.date.text() == "12 November 2026"
    qtbot.keyClick(page.date, Qt.Key.Key_Tab)
    assert recorded() == DAY and page.undo.stack.count() == 0
