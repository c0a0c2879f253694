"""What the room agreed for an action is kept when it is changed after the day, and an action
done says when: each edit done, undone and redone, and the words every output says it with."""

from __future__ import annotations

import datetime as dt

from workshop_builders import do_undo_redo, sample_workshop

from wtfc.model.agreed_words import (
    agreed_date_note,
    agreed_what,
    by_when_words,
    changed_words,
    done_late,
    done_words,
    now_words,
    since_agreed_words,
    slipped,
    span_words,
)
from wtfc.model.compare_words import tally_words
from wtfc.model.document import Document
from wtfc.model.operations.actions import add_action, edit_action, move_status
from wtfc.model.storage import workshop_to_bytes
from wtfc.model.workshop import ActionStatus, Role

DAY = dt.date(2026, 11, 12)  # the workshop
LATER = dt.date(2027, 5, 12)  # the officer, six months on
AGREED = dt.date(2027, 3, 1)  # "Pay for outcomes, not minutes" by this date


def _doc(date: dt.date | None = DAY) -> Document:
    return Document(sample_workshop().model_copy(update={"date": date}))


def test_a_date_moved_after_the_day_keeps_the_one_agreed_and_still_reads_as_slipped():
    doc = _doc()
    edit = edit_action(doc, action_id="ap", by_when=dt.date(2027, 10, 1), today=LATER)
    assert edit.label == "Edit action 'Pay for outcomes, not minutes'"

    def done(d):
        action = d.get("actions", "ap")
        assert (action.by_when, action.agreed_by_when) == (dt.date(2027, 10, 1), AGREED)
        assert slipped(action)
        assert by_when_words(action) == "By 1 Oct 2027 (agreed: 1 Mar 2027)"
        assert by_when_words(action, long=True) == "By 1 October 2027 (agreed: 1 March 2027)"
        assert agreed_date_note(action) == "agreed: 1 Mar 2027"

    do_undo_redo(doc, edit, done, changed={"actions": {"ap"}})
    # moved again: what the room agreed stays the first date, not the one set in between
    edit_action(doc, action_id="ap", by_when=dt.date(2028, 1, 1), today=LATER).do(doc)
    assert doc.get("actions", "ap").agreed_by_when == AGREED


def test_words_changed_after_the_day_keep_the_rooms_and_say_so():
    doc = _doc()
    edit = edit_action(doc, action_id="ap", what="Pay one provider for outcomes first",
                       today=LATER)

    def done(d):
        action = d.get("actions", "ap")
        assert action.agreed_what == "Pay for outcomes, not minutes"
        assert agreed_what(action) == "Pay for outcomes, not minutes"
        assert changed_words(action) == \
            "Changed since the workshop: was 'Pay for outcomes, not minutes'"
        assert now_words(action) == "Now: 'Pay one provider for outcomes first'"
        assert by_when_words(action) == "By 1 Mar 2027"  # the date is as agreed

    do_undo_redo(doc, edit, done, changed={"actions": {"ap"}})


def test_changed_back_to_what_was_agreed_is_no_change():
    doc = _doc()
    edit_action(doc, action_id="ap", what="Pay one provider first", by_when=dt.date(2027, 9, 1),
                today=LATER).do(doc)
    edit = edit_action(doc, action_id="ap", what="Pay for outcomes, not minutes",
                       by_when=AGREED, today=LATER)

    def done(d):
        action = d.get("actions", "ap")
        assert (action.agreed_what, action.agreed_by_when) == (None, None)
        assert changed_words(action) == "" and not slipped(action)

    do_undo_redo(doc, edit, done, changed={"actions": {"ap"}})


def test_edits_on_the_day_or_with_no_date_are_the_rooms_own_agreement():
    for doc, today in ((_doc(), DAY), (_doc(), DAY - dt.timedelta(days=3)), (_doc(None), LATER)):
        edit_action(doc, action_id="ap", what="Pay for outcomes", by_when=dt.date(2027, 4, 1),
                    today=today).do(doc)
        action = doc.get("actions", "ap")
        assert (action.what, action.agreed_what, action.agreed_by_when) == \
            ("Pay for outcomes", None, None)


def test_a_first_date_where_the_room_agreed_none_is_not_a_slip():
    doc = _doc()
    edit_action(doc, action_id="as", by_when=dt.date(2027, 6, 1), today=LATER).do(doc)
    action = doc.get("actions", "as")
    assert action.agreed_by_when is None and by_when_words(action) == "By 1 Jun 2027"


def test_done_after_the_agreed_date_says_how_late_even_after_the_date_moved():
    doc = _doc()
    edit_action(doc, action_id="ap", by_when=dt.date(2027, 6, 1), today=dt.date(2027, 2, 1)).do(doc)
    edit = move_status(doc, action_id="ap", status=ActionStatus.DONE, today=LATER)
    assert edit.label == "Mark 'Pay for outcomes, not minutes' as done"

    def done(d):
        action = d.get("actions", "ap")
        assert action.done_on == LATER
        assert done_late(action)
        assert done_words(action) == "Done, 2 months after the date agreed"

    do_undo_redo(doc, edit, done, changed={"actions": {"ap"}})


def test_done_on_goes_when_it_stops_being_done_and_a_check_dated_by_hand_dates_it():
    doc = _doc()
    move_status(doc, action_id="ap", status=ActionStatus.DONE, today=dt.date(2027, 2, 20)).do(doc)
    assert done_words(doc.get("actions", "ap")) == "Done"  # on time
    edit = edit_action(doc, action_id="ap", status=ActionStatus.IN_PROGRESS, today=LATER)

    def reopened(d):
        assert d.get("actions", "ap").done_on is None

    do_undo_redo(doc, edit, reopened, changed={"actions": {"ap"}})
    # the dialog: done, found at a check the officer dates 20 April
    edit_action(doc, action_id="ap", status=ActionStatus.DONE, checked_on=dt.date(2027, 4, 20),
                today=LATER).do(doc)
    action = doc.get("actions", "ap")
    assert action.done_on == dt.date(2027, 4, 20)
    assert done_words(action) == "Done, 7 weeks after the date agreed"


def test_an_action_added_as_done_is_dated():
    doc = _doc()
    edit = add_action(doc, theme_id="staff", role=Role.PROVIDERS, what="Ring ahead",
                      status=ActionStatus.DONE, checked_on=dt.date(2027, 1, 5))
    edit.do(doc)
    assert doc.get("actions", edit.changes[-1].part_id).done_on == dt.date(2027, 1, 5)


def test_how_long_after_reads_as_a_person_would_say_it():
    assert [span_words(n) for n in (1, 5, 20, 100, 380, 800)] == [
        "1 day", "5 days", "3 weeks", "3 months", "1 year", "2 years and 2 months"]


def test_the_letter_says_what_changed_and_the_tally_says_done_late():
    doc = _doc()
    edit_action(doc, action_id="ap", what="Pay one provider for outcomes first",
                by_when=dt.date(2027, 10, 1), today=LATER).do(doc)
    assert since_agreed_words(doc.get("actions", "ap")) == (
        "We changed this: it is now 'Pay one provider for outcomes first'. The date we agreed, "
        "1 March 2027, has moved to 1 October 2027.")
    edit_action(doc, action_id="ap", by_when=None, today=LATER).do(doc)
    assert since_agreed_words(doc.get("actions", "ap")).endswith(
        "The date we agreed, 1 March 2027, is to be agreed again.")
    assert since_agreed_words(doc.get("actions", "as")) == ""
    edit_action(doc, action_id="ap", what="Pay one provider first.", today=LATER).do(doc)
    assert since_agreed_words(doc.get("actions", "ap")).startswith(
        "We changed this: it is now 'Pay one provider first'. The date")
    done = [(3, "Done"), (1, "In progress")]
    assert tally_words(done, 4, 0, done_late=1) == \
        "4 actions: 3 done (1 after the date agreed), 1 in progress"
    assert tally_words(done, 4, 0, done_late=3).startswith("4 actions: 3 done (all after")
    assert tally_words([(1, "Done")], 1, 0, done_late=1) == \
        "1 action: 1 done after the date agreed"
    assert tally_words(done, 4, 0) == "4 actions: 3 done, 1 in progress"


def test_what_people_told_us_at_the_check_is_recorded_as_progress_on_one_line():
    doc = _doc()
    edit = edit_action(doc, action_id="ap", heard_at_check=" Six people say their carers\n"
                       "now ask them first ", checked_on=LATER, today=LATER)
    assert edit.label == "Record progress on 'Pay for outcomes, not minutes'"

    def done(d):
        action = d.get("actions", "ap")
        assert action.heard_at_check == "Six people say their carers now ask them first"
        assert (action.agreed_what, action.agreed_by_when) == (None, None)  # nothing agreed moved

    do_undo_redo(doc, edit, done, changed={"actions": {"ap"}})


def _typed_up(doc: Document, today: dt.date) -> str:
    """An action typed up from the flip chart on ``today``, with a typo and a first date."""
    edit = add_action(doc, theme_id="staff", role=Role.PROVIDERS, what="Fund comunity transport",
                      by_when=dt.date(2027, 4, 1), today=today)
    edit.do(doc)
    return edit.changes[-1].part_id


def test_an_action_typed_up_after_the_day_records_when_and_undo_takes_it_back():
    doc = _doc()
    next_day = DAY + dt.timedelta(days=1)
    edit = add_action(doc, theme_id="staff", role=Role.PROVIDERS, what="Fund community transport",
                      today=next_day)
    new = edit.changes[-1].part_id

    def added(d):
        assert d.get("actions", new).added_on == next_day

    do_undo_redo(doc, edit, added, changed={"actions": {new}})
    assert b'"added_on":"2026-11-13"' in workshop_to_bytes(doc.workshop)


def test_an_action_added_on_the_day_or_undated_records_no_day_and_writes_none():
    for doc, today in ((_doc(), DAY), (_doc(), DAY - dt.timedelta(days=2)), (_doc(None), LATER)):
        new = _typed_up(doc, today)
        assert doc.get("actions", new).added_on is None
        assert b"added_on" not in workshop_to_bytes(doc.workshop)  # as a format 5 file reads


def test_typed_up_the_day_after_and_corrected_that_day_is_what_the_room_agreed():
    """Code review A1 R2: the typo the room never saw was 'Changed since the workshop'."""
    doc = _doc()
    next_day = DAY + dt.timedelta(days=1)
    new = _typed_up(doc, next_day)
    edit = edit_action(doc, action_id=new, what="Fund community transport",
                       by_when=dt.date(2027, 5, 1), today=next_day)

    def corrected(d):
        action = d.get("actions", new)
        assert (action.agreed_what, action.agreed_by_when) == (None, None)
        assert changed_words(action) == "" and by_when_words(action) == "By 1 May 2027"
        assert not slipped(action)

    do_undo_redo(doc, edit, corrected, changed={"actions": {new}})


def test_typed_up_later_then_changed_on_a_later_day_keeps_what_was_typed_up():
    doc = _doc()
    new = _typed_up(doc, DAY + dt.timedelta(days=1))
    edit = edit_action(doc, action_id=new, what="Fund community transport",
                       by_when=dt.date(2027, 6, 1), today=DAY + dt.timedelta(days=2))

    def changed(d):
        action = d.get("actions", new)
        assert changed_words(action) == "Changed since the workshop: was 'Fund comunity transport'"
        assert by_when_words(action) == "By 1 Jun 2027 (agreed: 1 Apr 2027)" and slipped(action)

    do_undo_redo(doc, edit, changed, changed={"actions": {new}})
