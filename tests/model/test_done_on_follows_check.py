"""Marked done on a laptop whose clock was ahead (29 Nov 2028, really 20 Feb 2027): once the
check date was put right, as the clock warning advises, the day it was done stayed in 2028 and
the letter said "Done, 1 year and 9 months after the date agreed" (review 34 R3-6)."""

from __future__ import annotations

import datetime as dt

from workshop_builders import do_undo_redo, sample_workshop

from wtfc.model.agreed_words import done_words
from wtfc.model.document import Document
from wtfc.model.operations.actions import edit_action, move_status
from wtfc.model.workshop import ActionStatus

AHEAD = dt.date(2028, 11, 29)  # the laptop's clock
REAL = dt.date(2027, 2, 20)  # the day it was done; agreed by 1 Mar 2027


def _done_ahead() -> Document:
    doc = Document(sample_workshop().model_copy(update={"date": dt.date(2026, 11, 12)}))
    move_status(doc, action_id="ap", status=ActionStatus.DONE, today=AHEAD).do(doc)
    assert done_words(doc.get("actions", "ap")) == "Done, 1 year and 9 months after the date agreed"
    return doc


def test_the_check_put_right_takes_the_day_it_was_done_with_it():
    doc = _done_ahead()
    edit = edit_action(doc, action_id="ap", checked_on=REAL, today=REAL)

    def done(d):
        action = d.get("actions", "ap")
        assert (action.checked_on, action.done_on) == (REAL, REAL)
        assert done_words(action) == "Done"

    do_undo_redo(doc, edit, done, changed={"actions": {"ap"}})


def test_a_dialog_saved_with_the_check_already_right_puts_the_day_done_right():
    """A file saved before this fix: the check put right, the day done still in 2028. The
    dialog passes every field, so saving the action with its check date puts it right."""
    ws = sample_workshop()
    ws = ws.model_copy(update={"date": dt.date(2026, 11, 12), "actions": [
        a.model_copy(update={"status": ActionStatus.DONE, "checked_on": REAL, "done_on": AHEAD})
        if a.id == "ap" else a for a in ws.actions]})
    doc = Document(ws)
    edit_action(doc, action_id="ap", status=ActionStatus.DONE, checked_on=REAL,
                today=REAL).do(doc)
    assert doc.get("actions", "ap").done_on == REAL


def test_a_later_check_of_a_done_action_keeps_the_day_it_was_done():
    doc = Document(sample_workshop().model_copy(update={"date": dt.date(2026, 11, 12)}))
    move_status(doc, action_id="ap", status=ActionStatus.DONE, today=REAL).do(doc)
    later = dt.date(2027, 5, 12)
    edit_action(doc, action_id="ap", checked_on=later, heard_at_check="It works",
                today=later).do(doc)
    action = doc.get("actions", "ap")
    assert (action.checked_on, action.done_on) == (later, REAL) and done_words(action) == "Done"
