"""A laptop whose clock is years behind (a flat CMOS battery: 1 January 2001) at the review
meeting, no check recorded yet: nothing warned, an edit was taken as the room still agreeing so
the agreed words and date were gone for good, and a day done in the future (a clock ahead) was
no sign at all (review 34 R3-4, R3-6)."""

from __future__ import annotations

import datetime as dt

from workshop_builders import do_undo_redo, sample_workshop

from wtfc.model.agreed_words import by_when_words, changed_words
from wtfc.model.clock_check import clock_warning
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action
from wtfc.model.record_checks import record_warnings
from wtfc.model.workshop import ActionStatus, Workshop

DAY = dt.date(2026, 11, 30)
FLAT = dt.date(2001, 1, 1)  # the laptop's clock


def _workshop(**changes) -> Workshop:
    """The sample: two actions, neither checked, done or added after the day."""
    ws = sample_workshop().model_copy(update={"date": DAY})
    return ws.model_copy(update={"actions": [
        a.model_copy(update=changes) if a.id == "ap" else a for a in ws.actions]})


def test_a_clock_years_before_the_workshop_is_said_on_opening_and_export():
    warnings = record_warnings(_workshop(), today=FLAT, warn_passed=False)
    assert warnings == [
        "This computer's date is 1 January 2001, more than a year before this workshop's own "
        "date (30 November 2026): its clock may be wrong. An export would say how things stood "
        "on 1 January 2001, and show as late only what was due before then. If the computer's "
        "date is wrong, put it right, then export; if the workshop's date is a slip, correct "
        "it on 1 Prepare."]


def test_a_workshop_being_prepared_weeks_or_months_ahead_says_nothing():
    assert clock_warning(_workshop(), DAY - dt.timedelta(days=300)) == ""
    assert clock_warning(_workshop(), DAY) == ""


def test_a_day_done_ahead_of_the_clock_is_said_after_the_check_was_put_right():
    ws = _workshop(status=ActionStatus.DONE, checked_on=dt.date(2027, 2, 20),
                   done_on=dt.date(2028, 11, 29))
    assert clock_warning(ws, dt.date(2027, 2, 20)) == (
        "This computer's date is 20 February 2027, before a day recorded in this workshop "
        "(29 November 2028): its clock may be wrong. An export would say how things stood on "
        "20 February 2027, and show as late only what was due before then. ‘Pay for outcomes, "
        "not minutes’ is recorded as done on 29 November 2028. If the computer's date is "
        "wrong, put it right, then export; if that date is a slip, correct ‘Checked on’ on "
        "the action: the day it was done goes back with it.")


def test_a_day_added_ahead_of_the_clock_is_said():
    warning = clock_warning(_workshop(added_on=dt.date(2027, 6, 1)), dt.date(2027, 3, 1))
    assert "before a day recorded in this workshop (1 June 2027)" in warning
    assert "‘Pay for outcomes, not minutes’ is recorded as added on 1 June 2027" in warning


def test_an_edit_on_a_clock_years_behind_keeps_what_the_room_agreed():
    doc = Document(_workshop())
    edit = edit_action(doc, action_id="ap", what="Pay for outcomes", by_when=dt.date(2027, 10, 1),
                       today=FLAT)

    def done(d):
        action = d.get("actions", "ap")
        assert (action.agreed_what, action.agreed_by_when) == (
            "Pay for outcomes, not minutes", dt.date(2027, 3, 1))
        assert by_when_words(action) == "By 1 Oct 2027 (agreed: 1 Mar 2027)"
        assert changed_words(action) == \
            "Changed since the workshop: was 'Pay for outcomes, not minutes'"

    do_undo_redo(doc, edit, done, changed={"actions": {"ap"}})


def test_before_the_day_with_a_later_day_recorded_is_no_longer_the_room_agreeing():
    """Days before the workshop are the room's own while nothing says the day has passed; once
    the file records a check after it, a clock before the day is wrong."""
    before = DAY - dt.timedelta(days=20)
    for checked, kept in ((None, None), (DAY + dt.timedelta(days=90), "Post the rota weekly")):
        ws = sample_workshop().model_copy(update={"date": DAY})
        ws = ws.model_copy(update={"actions": [
            a.model_copy(update={"checked_on": checked}) for a in ws.actions]})
        doc = Document(ws)
        edit_action(doc, action_id="as", what="Post the rota every Friday", today=before).do(doc)
        assert doc.get("actions", "as").agreed_what == kept
