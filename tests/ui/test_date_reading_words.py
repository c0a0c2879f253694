"""A date typed as it is said, or as an invitation writes it, is read: "3rd of March" and
"Wednesday 3rd March 2027" were refused as naming "more than one month"; a weekday that
disagrees with the date is said, and a word that is no part of a date is named (no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from wtfc.ui.date_reading import Unreadable, read_typed_date

SHOWN = dt.date(2026, 11, 12)


@pytest.mark.parametrize(("typed", "read"), [
    ("3rd of March", dt.date(2026, 3, 3)), ("the 3rd of March 2027", dt.date(2027, 3, 3)),
    ("Wednesday 3rd March 2027", dt.date(2027, 3, 3)), ("Wed 3 Mar 2027", dt.date(2027, 3, 3)),
    ("Mon 1/2/2027", dt.date(2027, 2, 1)), ("thurs 12th", dt.date(2026, 11, 12)),
])
def test_of_the_and_a_weekday_that_agrees_are_read(typed, read):
    assert read_typed_date(typed, SHOWN) == read


@pytest.mark.parametrize(("typed", "words"), [
    ("Tue 3 Mar 2027", "3 March 2027 is a Wednesday, not a Tuesday."),
    ("June Smith", "“Smith” is not part of a date."),
    ("Tuesday", "“Tuesday” is a day of the week, not a date."),
    ("of", "“of” is not a date."),
    ("June July", "names more than one month"),
])
def test_what_does_not_fit_is_said_in_words(typed, words):
    with pytest.raises(Unreadable, match=words):
        read_typed_date(typed, SHOWN)


def test_a_weekday_does_not_stand_for_a_part_on_no_date_yet():
    with pytest.raises(Unreadable, match="is not a whole date"):
        read_typed_date("Wed 3 March", SHOWN, whole=True)
    assert read_typed_date("Wed 3 March 2027", SHOWN, whole=True) == dt.date(2027, 3, 3)
