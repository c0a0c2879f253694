"""What people told us at the check is often why an action stopped or goes on ("People said a
lunch club was not what they wanted"): the report printed it under last time's stopped or
carried-on action and the letter to homes dropped it without saying so."""

from __future__ import annotations

import datetime as dt

from export_checks import all_text, reader, squash

from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.feedback_sheet_since import CARRYING_ON, since_words
from wtfc.model.workshop import Action, ActionStatus, Kind, Role, Theme, Workshop

TODAY = dt.date(2026, 11, 29)
HEARD = "People said a lunch club was not what they wanted"


def _last_time(what: str, status: ActionStatus, heard: str = HEARD) -> Workshop:
    theme = Theme(id="t1", kind=Kind.NOT_WORKING, name="I have nobody to talk to")
    return Workshop(title="Spring", date=dt.date(2026, 4, 21), themes=[theme], actions=[
        Action(theme_id="t1", role=Role.PROVIDERS, what=what, status=status,
               progress_note="Nobody came.", checked_on=dt.date(2026, 9, 1),
               heard_at_check=heard)])


def _was(previous: Workshop, now: list[str] | None = None, guard=None):
    [(_, [was])] = since_words(previous, TODAY, now, guard).themes
    return was


def test_a_stopped_actions_heard_words_are_in_the_letter():
    previous = _last_time("Start a lunch club at the library.", ActionStatus.DROPPED)
    was = _was(previous)
    assert "Nobody came." in was.happened
    assert was.so_far == f"What people told us at the check: {HEARD}"
    this_time = Workshop(title="Autumn", date=TODAY)
    text = squash(all_text(reader(feedback_sheet_pdf(this_time, today=TODAY,
                                                     previous=previous, guard=lambda t: t))))
    assert squash(HEARD) in text and squash("Nobody came.") in text


def test_a_carried_on_actions_heard_words_are_kept_through_the_guard():
    what = "Start a lunch club at the library on Tuesdays."
    previous = _last_time(what, ActionStatus.IN_PROGRESS, "Mrs Patel said she would come")
    was = _was(previous, [what], guard=lambda t: t.replace("Mrs Patel", "[name]"))
    assert was.happened.startswith(CARRYING_ON)
    assert was.so_far == "What people told us at the check: [name] said she would come"


def test_nothing_heard_adds_nothing():
    was = _was(_last_time("Start a lunch club at the library.", ActionStatus.DROPPED, ""))
    assert was.so_far == ""
