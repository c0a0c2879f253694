"""The letter's second paragraph starts with a capital letter however much of the day is known:
a new cycle with its venue booked and no date yet began "at Riverside Community Hall, people
who…"."""

from __future__ import annotations

import datetime as dt

import pytest
from export_workshop import make_workshop

from wtfc.export.content import ExportContent
from wtfc.export.feedback_sheet_words import feedback_words

VENUE = "Riverside Community Hall"


@pytest.mark.parametrize(("date", "venue", "start"), [
    (None, VENUE, f"At {VENUE}, people who plan"),
    (dt.date(2027, 5, 12), VENUE, f"On 12 May 2027 at {VENUE}, people who plan"),
    (dt.date(2027, 5, 12), "", "On 12 May 2027, people who plan"),
    (None, "", "People who plan, pay for and give care met"),
])
def test_the_paragraph_about_the_day_starts_with_a_capital(date, venue, start):
    ws = make_workshop().model_copy(update={"date": date, "venue": venue, "in_the_room": []})
    intro = feedback_words(ExportContent(ws, today=dt.date(2027, 5, 12))).intro
    assert intro[1].replace("\xa0", " ").startswith(start)
