"""A comparison the wrong way round is told only when both dates say so."""

from __future__ import annotations

import datetime as dt

import pytest

from wtfc.model.last_time_order import dated_after
from wtfc.model.workshop import Workshop

APRIL, NOVEMBER = dt.date(2026, 4, 21), dt.date(2026, 11, 12)


def test_last_time_dated_after_this_workshop_is_said_with_both_dates():
    said = dated_after(Workshop(title="Autumn", date=NOVEMBER), Workshop(date=APRIL))
    assert said == ("Last time's workshop “Autumn” is dated 12 November 2026, after this "
                    "workshop (21 April 2026), so the comparison runs backwards: themes it "
                    "calls new may be ones that have gone since, and the other way round.")
    assert "“Untitled workshop”" in dated_after(Workshop(title=" ", date=NOVEMBER),
                                              Workshop(date=APRIL))


@pytest.mark.parametrize(("before", "now"), [
    (APRIL, NOVEMBER), (APRIL, APRIL), (None, APRIL), (NOVEMBER, None), (None, None)])
def test_the_right_order_the_same_day_or_a_missing_date_says_nothing(before, now):
    assert dated_after(Workshop(date=before), Workshop(date=now)) == ""
