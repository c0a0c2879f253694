"""The report's "Since last time" said "Compared with last time's workshop, “…” (12 November
2026)." in the report of the 12 November workshop, given the morning's save (or a later file) as
last time's: a pairing that reads as nonsense. Last time's date is printed only where it came
before this workshop's, as the letter and Review's room view say it; the chapter is made all
the same."""

from __future__ import annotations

import datetime as dt

import pytest
from export_workshop import make_workshop

from wtfc.export.content import ExportContent
from wtfc.export.report_review import since_last_time
from wtfc.export.report_sections import Styles

TODAY = dt.date(2027, 5, 12)
APRIL = dt.date(2027, 4, 20)


def _opening(held_on: dt.date | None, then: dt.date | None) -> str:
    """The chapter's first sentence, as the report prints it."""
    now = make_workshop().model_copy(update={"date": held_on})
    last = make_workshop().model_copy(update={"date": then, "title": "Spring cycle"})
    flow = since_last_time(ExportContent(now, today=TODAY), last, Styles())
    return next(x.text for x in flow if "Compared with" in getattr(x, "text", ""))


@pytest.mark.parametrize("then", [APRIL, dt.date(2027, 4, 30)])
def test_a_same_day_or_later_last_time_is_not_dated(then):
    said = _opening(APRIL, then)
    assert said.startswith("Compared with last time's workshop, “Spring cycle”.")
    assert "2027" not in said


@pytest.mark.parametrize(("held_on", "then", "dated"), [
    (APRIL, dt.date(2026, 10, 1), "(1 October 2026)"),
    (None, dt.date(2026, 10, 1), "(1 October 2026)"),  # no date this time: nothing to pair
])
def test_an_earlier_last_time_keeps_its_date(held_on, then, dated):
    assert _opening(held_on, then).startswith(
        f"Compared with last time's workshop, “Spring cycle” {dated}.")
