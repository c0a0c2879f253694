"""A letter made with last time's file of this workshop's own date (the morning's save, a .bak
picked by mistake; the Review board and ``--previous`` warn of it) said "At our last workshop,
on 20 April 2027, we said we would do these things" in a letter of the 20 April workshop. Last
time's date is printed only where it came before this workshop's; "Since last time" is printed
all the same."""

from __future__ import annotations

import datetime as dt

import pytest
from export_checks import all_text, reader, squash
from export_workshop import make_workshop

from wtfc.export.feedback_sheet import feedback_sheet_pdf

TODAY = dt.date(2027, 5, 12)
APRIL = dt.date(2027, 4, 20)


@pytest.mark.parametrize(("then", "said"), [
    (APRIL, "At our last workshop, we said we would do these things."),
    (dt.date(2027, 4, 30), "At our last workshop, we said we would do these things."),
    (dt.date(2026, 10, 1), "At our last workshop, on 1 October 2026, we said we would do"),
])
def test_last_times_date_is_said_only_where_it_came_before(then, said):
    now = make_workshop().model_copy(update={"date": APRIL})
    last = make_workshop().model_copy(update={"date": then})
    text = all_text(reader(feedback_sheet_pdf(now, today=TODAY, previous=last)))
    assert squash(said) in text
    assert squash("This is what has happened to each of them") in text  # compared all the same
