"""An evening workshop runs past midnight: the room's own rewording at 00:10 was printed in the
report, the posters and the feedback letter as "Changed since the workshop: was …" and "(agreed:
…)". The workshop's day now ends in the small hours (review 34 R3-3); each edit done, undone
and redone."""

from __future__ import annotations

import datetime as dt

from workshop_builders import do_undo_redo, sample_workshop

from wtfc.model.agreed_words import by_when_words, changed_words
from wtfc.model.document import Document
from wtfc.model.operations.actions import add_action, edit_action
from wtfc.model.workshop import Role
from wtfc.model.workshop_day import workshop_day

DAY = dt.date(2026, 11, 30)  # the evening workshop
NEXT = DAY + dt.timedelta(days=1)
AGREED = dt.date(2027, 4, 1)


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def _doc_with_action(added: dt.datetime) -> tuple[Document, str]:
    doc = Document(sample_workshop().model_copy(update={"date": DAY}))
    edit = add_action(doc, theme_id="staff", role=Role.PROVIDERS, what="Fund comunity transport",
                      by_when=AGREED, today=added.date(), now=added)
    edit.do(doc)
    return doc, edit.changes[-1].part_id


def _reworded(doc: Document, action_id: str, at: dt.datetime):
    return edit_action(doc, action_id=action_id, what="Fund community transport",
                       by_when=dt.date(2027, 5, 1), today=at.date(), now=at)


def test_the_rooms_rewording_at_ten_past_midnight_is_its_own_agreement():
    doc, action_id = _doc_with_action(_at(DAY, 23, 50))

    def done(d):
        action = d.get("actions", action_id)
        assert (action.agreed_what, action.agreed_by_when) == (None, None)
        assert by_when_words(action) == "By 1 May 2027"
        assert changed_words(action) == ""

    do_undo_redo(doc, _reworded(doc, action_id, _at(NEXT, 0, 10)), done,
                 changed={"actions": {action_id}})


def test_the_same_rewording_next_morning_is_a_change_since():
    doc, action_id = _doc_with_action(_at(DAY, 23, 50))

    def done(d):
        action = d.get("actions", action_id)
        assert (action.agreed_what, action.agreed_by_when) == ("Fund comunity transport", AGREED)
        assert by_when_words(action) == "By 1 May 2027 (agreed: 1 Apr 2027)"

    do_undo_redo(doc, _reworded(doc, action_id, _at(NEXT, 10)), done,
                 changed={"actions": {action_id}})


def test_an_action_added_after_midnight_is_the_rooms_and_not_added_later():
    doc, action_id = _doc_with_action(_at(NEXT, 0, 5))
    assert doc.get("actions", action_id).added_on is None
    _reworded(doc, action_id, _at(NEXT, 0, 20)).do(doc)
    assert doc.get("actions", action_id).agreed_what is None


def test_typed_up_late_at_night_its_day_runs_into_the_small_hours_too():
    later = DAY + dt.timedelta(days=3)
    doc, action_id = _doc_with_action(_at(later, 23, 30))
    assert doc.get("actions", action_id).added_on == later
    _reworded(doc, action_id, _at(later + dt.timedelta(days=1), 1)).do(doc)
    assert doc.get("actions", action_id).agreed_what is None


def test_the_clock_counts_only_on_the_callers_day():
    """A dialog opened at 23:58 keeps its day; saved at 00:02 it is still that day."""
    assert workshop_day(DAY, _at(NEXT, 0, 2)) == DAY
    assert workshop_day(NEXT, _at(NEXT, 3, 59)) == DAY
    assert workshop_day(NEXT, _at(NEXT, 4)) == NEXT
