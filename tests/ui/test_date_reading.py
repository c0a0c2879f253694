"""A date typed the UK way is read day first (no Qt): "1/2/2027" is 1 February, not 12
February as Qt's box took it, and not 2 January."""

from __future__ import annotations

import datetime as dt

import pytest

from wtfc.ui.date_reading import Unreadable, out_of_range, read_typed_date

SHOWN = dt.date(2027, 2, 27)


@pytest.mark.parametrize(("typed", "read"), [
    ("1/2/2027", dt.date(2027, 2, 1)), ("01/02/2027", dt.date(2027, 2, 1)),
    ("1.2.27", dt.date(2027, 2, 1)), ("1-2-27", dt.date(2027, 2, 1)),
    ("15/03/2027", dt.date(2027, 3, 15)), ("3/4/26", dt.date(2026, 4, 3)),
    ("31/3/27", dt.date(2027, 3, 31)), ("15 3 2027", dt.date(2027, 3, 15)),
    ("03 apr 2026", dt.date(2026, 4, 3)), ("3 April 26", dt.date(2026, 4, 3)),
    ("1 Feb 2027", dt.date(2027, 2, 1)), ("2027-02-01", dt.date(2027, 2, 1)),
    ("01022027", dt.date(2027, 2, 1)), ("010227", dt.date(2027, 2, 1)),
    ("15", dt.date(2027, 2, 15)), ("3/4", dt.date(2027, 4, 3)),
    ("sept 2027", dt.date(2027, 9, 1)), ("Mar 3 2027", dt.date(2027, 3, 3)),
    # ordinals, as many write a date in the UK ("names more than one month" before)
    ("1st Feb 2027", dt.date(2027, 2, 1)), ("3rd March", dt.date(2027, 3, 3)),
    ("22nd march 27", dt.date(2027, 3, 22)), ("5th", dt.date(2027, 2, 5)),
    ("Feb 1st 2027", dt.date(2027, 2, 1)), ("11TH april 2027", dt.date(2027, 4, 11)),
])
def test_typed_dates_are_read_day_first_with_missing_parts_from_the_date_shown(typed, read):
    assert read_typed_date(typed, SHOWN) == read


@pytest.mark.parametrize(("typed", "words"), [
    ("31/2/2027", "There is no 31 February 2027."),
    ("1/13/2027", "There is no month 13"),
    ("3 brr 2027", "“brr” is not a month"),
    ("1/2/202", "“202” is not a year"),
    ("1/2/3/4", "too many numbers"),
])
def test_what_is_no_date_is_said_in_words(typed, words):
    with pytest.raises(Unreadable, match=words):
        read_typed_date(typed, SHOWN)


def test_a_new_date_from_2000_to_the_last_is_taken_and_others_are_said():
    last = dt.date(2076, 12, 31)
    assert out_of_range(dt.date(2000, 1, 1), last) == ""
    assert out_of_range(last, last) == ""
    assert out_of_range(dt.date(2150, 4, 3), last) == (
        "3 April 2150 was not taken: a date here is from 1 January 2000 to 31 December 2076. "
        "The date is as it was.")
    assert "1 January 1999" in out_of_range(dt.date(1999, 1, 1), last)


@pytest.mark.parametrize("shown", [dt.date(2026, 11, 29), dt.date(2026, 12, 31)])
def test_a_month_and_year_is_its_first_whatever_day_is_shown(shown):
    """"feb 2027" typed over a date on the 29th was refused ("There is no 29 February 2027") and
    "may 2027" became the 29th unsaid (code review 23 H H3)."""
    assert read_typed_date("feb 2027", shown) == dt.date(2027, 2, 1)
    assert read_typed_date("May 2027", shown) == dt.date(2027, 5, 1)
