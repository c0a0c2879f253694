"""A date still being typed when the window saves or closes (Ctrl+S, Save on closing) is
recorded first, as a title still being typed is: the file held the old date while the box
read "15/3/2027", and the title bar said nothing was left to save."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.review_reflection import LookingBack
from wtfc.ui.details_page import DetailsPage
from wtfc.ui.undo import UndoAdapter

DAY, REVIEW = dt.date(2026, 11, 12), dt.date(2027, 5, 12)


def _prepare(show):
    doc = Document(Workshop(title="Spring reviews", date=DAY))
    return show(DetailsPage(doc, UndoAdapter(doc)), 900, 700), lambda: doc.workshop.date


def _review(show):
    doc = Document(Workshop(date=DAY, next_review=REVIEW))
    return show(LookingBack(doc, UndoAdapter(doc)), 1100, 500), lambda: doc.workshop.next_review


WHERE = pytest.mark.parametrize("where", [_prepare, _review], ids=["prepare", "next_review"])


@WHERE
def test_a_date_still_typed_is_recorded_before_a_save(qtbot, show, where):
    page, recorded = where(show)
    before = recorded()
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.date, "15/3/2027")
    assert page.commit_pending()  # what Ctrl+S and Save on closing do first
    assert recorded() == dt.date(2027, 3, 15) and page.undo.stack.count() == 1
    page.undo.stack.undo()
    assert recorded() == before


@WHERE
def test_a_date_typed_that_is_none_stops_the_save_and_says_why(qtbot, show, where):
    page, recorded = where(show)
    before = recorded()
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.date, "31/2/2027")
    assert not page.commit_pending()  # the save waits, as for a refused title
    assert page.date.text() == "31/2/2027" and recorded() == before
    qtbot.waitUntil(lambda: QToolTip.text() == "There is no 31 February 2027.")
    assert page.undo.stack.count() == 0


def test_a_date_typed_on_no_date_yet_is_recorded_before_a_save(qtbot, show):
    doc = Document(Workshop(title="Spring reviews"))
    page = show(DetailsPage(doc, UndoAdapter(doc)), 900, 700)
    page.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(page.date, "1/2/2027")
    assert page.commit_pending()
    assert doc.workshop.date == dt.date(2027, 2, 1) and page.has_date.isChecked()
    assert page.undo.stack.count() == 1
