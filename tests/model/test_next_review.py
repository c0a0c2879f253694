"""The next review is when the group looks again: never before the workshop itself, or the
feedback sheet would tell people "We will look again … on 1 January 2020"."""

from __future__ import annotations

import datetime as dt

import pytest
from workshop_builders import do_undo_redo, sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.details import edit_details
from wtfc.model.operations.record import set_next_review
from wtfc.model.record_checks import record_warnings
from wtfc.model.workshop import Workshop

DAY = dt.date(2026, 11, 12)


def _on_the_day():
    doc = sample_document()
    edit_details(doc, date=DAY).do(doc)
    return doc


def test_a_next_review_before_the_workshop_is_refused_in_plain_words():
    doc = _on_the_day()
    with pytest.raises(EditRefused) as refused:
        set_next_review(doc, when=dt.date(2020, 1, 1))
    assert str(refused.value) == (
        "The next review cannot be before the workshop itself (12 November 2026); 1 January "
        "2020 is earlier. Choose the date the group will look again, after the workshop."
    )
    assert doc.workshop.next_review is None


@pytest.mark.parametrize("when", [DAY, dt.date(2027, 5, 12)])
def test_a_next_review_on_or_after_the_workshop_is_kept(when):
    doc = _on_the_day()

    def done(d):
        assert d.workshop.next_review == when

    do_undo_redo(doc, set_next_review(doc, when=when), done, details=["next_review"])


def test_without_a_workshop_date_any_next_review_is_kept():
    doc = sample_document()
    assert doc.workshop.date is None
    set_next_review(doc, when=dt.date(2020, 1, 1)).do(doc)
    assert doc.workshop.next_review == dt.date(2020, 1, 1)


def test_a_file_with_a_next_review_before_the_workshop_opens_with_a_warning():
    ws = Workshop(date=DAY, next_review=dt.date(2020, 1, 1))  # opens: not refused
    assert record_warnings(ws) == [
        "The next review (1 January 2020) is before the workshop itself (12 November 2026), "
        "so the report and the feedback sheet would say the group will look again on "
        "1 January 2020. Set the right date on the Review board (Next review)."
    ]
    assert record_warnings(ws.model_copy(update={"next_review": DAY})) == []
    assert record_warnings(ws.model_copy(update={"date": None})) == []
    # a read-only copy cannot take the date: it is set in a copy saved with Save As
    assert record_warnings(ws, read_only=True)[0].endswith(
        "1 January 2020. Once you have saved a copy with Save As, set the right date on its "
        "Review board (Next review)."
    )


def test_a_next_review_passed_by_the_day_of_an_export_is_said_in_plain_words():
    """Workshop 12 November, next review 20 November, exported on the 29th: no mistake in the
    file, but the exports no longer print it as a promise, so the facilitator is told."""
    ws = Workshop(date=DAY, next_review=dt.date(2026, 11, 20))
    assert record_warnings(ws, today=dt.date(2026, 11, 29)) == [
        "The next review (20 November 2026) has passed, so the report says it has passed and "
        "the feedback sheet gives no date for looking again. Set the date of the next one on "
        "the Review board (Next review)."
    ]
    assert record_warnings(ws, today=dt.date(2026, 11, 20)) == []  # on the day: not passed
    assert record_warnings(ws) == []  # opening an old workshop: its review passed, as it should
    assert record_warnings(ws.model_copy(update={"date": None}), today=dt.date(2026, 11, 29))
    assert record_warnings(ws, today=dt.date(2026, 11, 29), read_only=True)[0].endswith(
        "looking again. Once you have saved a copy with Save As, set the date of the next one "
        "on its Review board (Next review)."
    )


def test_a_next_review_before_the_workshop_and_passed_is_said_once():
    ws = Workshop(date=DAY, next_review=dt.date(2020, 1, 1))
    assert record_warnings(ws, today=dt.date(2026, 11, 29)) == [
        "The next review (1 January 2020) is before the workshop itself (12 November 2026), "
        "so the report says it has passed and the feedback sheet gives no date for looking "
        "again. Set the right date on the Review board (Next review)."
    ]
