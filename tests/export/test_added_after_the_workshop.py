"""An action typed in weeks after the workshop is told apart from the room's own (review 34
R5 F6): the report (its chapter and "What was agreed"), the action poster and the letter say
"Added after the workshop (26 November 2024)" under it, and the cover counts it; one typed up
from the flip chart the day after is the room's and prints as it always did."""

from __future__ import annotations

import datetime as dt

from export_checks import page_texts, squash

from wtfc.export.action_poster import action_poster_pdf
from wtfc.export.feedback_sheet import feedback_sheet_pdf
from wtfc.export.report import report_pdf
from wtfc.model.workshop import Workshop

TODAY = dt.date(2025, 1, 1)
LATER = squash("Added after the workshop (26 November 2024)")


def _added(workshop: Workshop) -> Workshop:
    """a1 added two weeks after the workshop (12 November 2024), a2 the day after."""
    ws = workshop.model_copy(deep=True)
    ws.actions[0].added_on = dt.date(2024, 11, 26)
    ws.actions[1].added_on = dt.date(2024, 11, 13)
    return ws


def _text(data: bytes) -> str:
    return squash("".join(page_texts(data)))


def test_the_report_says_which_action_was_added_later_and_the_cover_counts_it(workshop):
    ws = _added(workshop)
    text = _text(report_pdf(ws, today=TODAY))
    assert text.count(LATER) == 2  # in "What was agreed" and in its chapter
    assert text.index(LATER) > text.index(squash(ws.actions[0].what))
    assert squash("3 actions (1 added after the workshop).") in text
    assert squash("Added after the workshop (13 November 2024)") not in text


def test_the_action_poster_and_the_letter_say_it_too(workshop):
    ws = _added(workshop)
    assert LATER in _text(action_poster_pdf(ws, today=TODAY))
    letter = _text(feedback_sheet_pdf(ws, today=TODAY))
    assert letter.count(squash("Added after the workshop (26 November 2024).")) == 1
    assert "13November2024" not in letter


def test_actions_added_on_the_day_after_are_the_rooms(workshop):
    ws = _added(workshop)
    ws.actions[0].added_on = dt.date(2024, 11, 14)
    text = _text(report_pdf(ws, today=TODAY))
    assert "Addedafter" not in text
    assert squash("3 actions agreed.") in text
