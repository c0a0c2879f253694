"""Moving the workshop's date on Prepare past the next review is kept, not refused (the day of
the workshop is not held back by a later field), and said in words under the date on Prepare
and beside the next review's date on Review's Looking back, until either date is put right."""

from __future__ import annotations

import datetime as dt

import pytest
from collect_fixtures import save_render
from PySide6.QtCore import QDate

from wtfc.model.document import Document
from wtfc.model.operations.record import set_next_review
from wtfc.model.workshop import Workshop
from wtfc.ui.boards.review import ReviewBoard
from wtfc.ui.details_page import DetailsPage

DAY, REVIEW = dt.date(2026, 11, 12), dt.date(2027, 5, 12)
MOVED = dt.date(2027, 6, 3)


@pytest.fixture
def doc():
    return Document(Workshop(title="Spring reviews", date=DAY, next_review=REVIEW))


def _move_the_date(page, when: dt.date) -> None:
    """The date chosen and the box left (two windows here: the keyboard is in neither)."""
    page.date.setDate(QDate(when))
    page.date.editingFinished.emit()


def test_a_date_moved_past_the_review_is_kept_and_said_on_both_pages(qtbot, show, doc, undo):
    page = show(DetailsPage(doc, undo), 900, 560)
    review = show(ReviewBoard(doc, undo, today=lambda: DAY), 1366, 768)
    block = review.looking_back
    assert not page.date_note.isVisibleTo(page) and not block.date_note.isVisibleTo(block)
    _move_the_date(page, MOVED)
    assert doc.workshop.date == MOVED  # kept, one undo step, no dialog
    assert undo.stack.count() == 1
    assert page.date_note.isVisibleTo(page)
    assert page.date_note.text() == (
        "The next review (12 May 2027) is now before the workshop: choose a later date on "
        "Review, under Looking back on this workshop."
    )
    note = (
        "This is before the workshop itself (3 June 2027): the report and the feedback sheet "
        "would say the group will look again on 12 May 2027. Choose a later date, or change "
        "the workshop's date on Prepare."
    )
    assert block.date_note.isVisibleTo(block) and block.date_note.text() == note
    assert block.date.accessibleDescription() == note  # read with the date it is about
    save_render(page, "prepare_date_past_review")
    save_render(block, "looking_back_review_before_the_workshop")
    undo.stack.undo()
    assert not page.date_note.isVisibleTo(page) and not block.date_note.isVisibleTo(block)
    undo.stack.redo()
    assert page.date_note.isVisibleTo(page) and block.date_note.isVisibleTo(block)
    undo.push(set_next_review(doc, when=dt.date(2027, 12, 3)))  # the review put right
    assert not page.date_note.isVisibleTo(page) and not block.date_note.isVisibleTo(block)
