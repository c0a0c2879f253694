"""A comparison the wrong way round, or with a file of this workshop's own date, is told only
when both dates say so."""

from __future__ import annotations

import datetime as dt

import pytest

from wtfc.model.last_time_order import BACKWARDS, SAME_DAY, dated_after, order_line
from wtfc.model.workshop import Workshop

APRIL, NOVEMBER = dt.date(2026, 4, 21), dt.date(2026, 11, 12)


def test_last_time_dated_after_this_workshop_is_said_with_both_dates():
    said = dated_after(Workshop(title="Autumn", date=NOVEMBER), Workshop(date=APRIL))
    assert said == ("Last time's workshop “Autumn” is dated 12 November 2026, after this "
                    "workshop (21 April 2026), so the comparison runs backwards: themes it "
                    "calls new may be ones that have gone since, and the other way round.")
    assert "“Untitled workshop”" in dated_after(Workshop(title=" ", date=NOVEMBER),
                                              Workshop(date=APRIL))


def test_last_time_of_this_workshops_own_date_is_said_never_taken_without_a_word():
    """Code review W1 R4: the morning's save, picked as last time, read "20 April 2027
    compared with 20 April 2027" and "At our last workshop, on 20 April 2027" unsaid."""
    said = dated_after(Workshop(title="Spring reviews 2027", date=APRIL), Workshop(date=APRIL))
    assert said == ("Last time's workshop “Spring reviews 2027” has this workshop's own date, "
                    "21 April 2026: it may be an earlier save of this workshop, not last "
                    "time's, so what it shows as changed may have changed today.")
    assert order_line(Workshop(date=APRIL), Workshop(date=APRIL)) == SAME_DAY
    assert order_line(Workshop(date=NOVEMBER), Workshop(date=APRIL)) == BACKWARDS


@pytest.mark.parametrize(("before", "now"), [
    (APRIL, NOVEMBER), (None, APRIL), (NOVEMBER, None), (None, None)])
def test_the_right_order_or_a_missing_date_says_nothing(before, now):
    assert dated_after(Workshop(date=before), Workshop(date=now)) == ""
    assert order_line(Workshop(date=before), Workshop(date=now)) == ""
