"""A workshop dated in the second half of 9999 (a slipped year, or a hand-edited file): ticking
Review's "Date set" raised a ValueError, and then Save and every stage change failed unseen.
Now the review starts on 31 December 9999, and new dates in a box go to 50 years on while a
later date a file holds is shown and kept (review dates F4)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.review_reflection import LookingBack, first_review_date
from wtfc.ui.optional_date_box import OptionalDateBox
from wtfc.ui.undo import UndoAdapter

TODAY = dt.date(2026, 11, 29)


def test_six_months_after_a_workshop_late_in_9999_is_its_last_day():
    assert first_review_date(Workshop(date=dt.date(9999, 9, 1))) == dt.date(9999, 12, 31)
    assert first_review_date(Workshop(date=dt.date(2026, 8, 31))) == dt.date(2027, 2, 28)


def test_date_set_ticked_on_a_9999_workshop_records_a_date_and_save_is_not_blocked(qtbot):
    doc = Document(Workshop(title="Far", date=dt.date(9999, 9, 1),
                            next_review=dt.date(9999, 10, 1)))
    undo = UndoAdapter(doc)
    block = LookingBack(doc, undo)
    qtbot.addWidget(block)
    block.show()
    assert block.date.text() == "1 October 9999"  # a stored date past the range is kept
    block.has_date.click()  # untick: no next review
    assert doc.workshop.next_review is None
    block.has_date.click()  # tick: six months on, which 9999 cannot hold
    assert doc.workshop.next_review == dt.date(9999, 12, 31)
    assert block.date.text() == "31 December 9999"
    assert block.commit_pending()  # what Save and a stage change call first
    undo.stack.undo()
    assert doc.workshop.next_review is None
    undo.stack.redo()
    assert doc.workshop.next_review == dt.date(9999, 12, 31)


def test_a_new_date_goes_to_50_years_on_and_a_later_stored_one_is_kept(qtbot):
    box = OptionalDateBox(lambda: TODAY, today=lambda: TODAY)
    qtbot.addWidget(box)
    assert box.maximumDate() == QDate(2076, 12, 31)
    assert box.calendarWidget().maximumDate() == QDate(2076, 12, 31)
    box.set_date_or_none(dt.date(2150, 4, 3))
    assert box.date_or_none() == dt.date(2150, 4, 3) and box.text() == "3 April 2150"
    box.set_date_or_none(None)  # undone: no date again, and the range as it was
    assert box.text() == "No date yet" and box.maximumDate() == QDate(2076, 12, 31)
