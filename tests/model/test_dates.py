"""Dates read in English whatever the computer's language: on a laptop set to Welsh (the C
library's time locale, which the app's QApplication switches to the user's), the messages,
the undo list, the kept versions and the command line's lock notice still say "November"."""

from __future__ import annotations

import datetime as dt
import os

from workshop_builders import sample_document

from wtfc.model.dates import day_month, long_date, month_name, short_date, weekday_name
from wtfc.model.last_time_order import dated_after
from wtfc.model.lock_status import open_in_wtfc
from wtfc.model.operations.record import set_next_review
from wtfc.model.record_checks import refused_review
from wtfc.model.versions import EarlierVersion
from wtfc.model.workshop import Workshop

THURSDAY = dt.date(2026, 11, 12)


def test_dates_read_as_a_british_poster_prints_them():
    assert long_date(THURSDAY) == "12 November 2026"
    assert short_date(dt.date(2026, 9, 3)) == "3 Sep 2026"
    assert day_month(dt.date(2027, 5, 1), short=True) == "1 May"
    assert [month_name(dt.date(2026, m, 1), short=True) for m in (1, 6, 12)] == [
        "Jan", "Jun", "Dec"]
    assert (weekday_name(THURSDAY), weekday_name(THURSDAY, short=True)) == ("Thursday", "Thu")
    assert weekday_name(dt.datetime(2026, 11, 15, 9, 40)) == "Sunday"  # a time's day too


def test_on_a_welsh_laptop_the_words_about_dates_stay_english(welsh_time, tmp_path):
    assert "workshop itself (12 November 2026); 12 May 2026 is earlier" in refused_review(
        THURSDAY, dt.date(2026, 5, 12))
    last_time = Workshop(title="Spring", date=dt.date(2027, 3, 1))
    assert "is dated 1 March 2027, after this workshop (12 November 2026)" in dated_after(
        last_time, Workshop(date=THURSDAY))
    edit = set_next_review(sample_document(), when=dt.date(2027, 5, 12))
    assert edit.label == "Set the next review to 12 May 2027"  # the Undo menu's words

    kept = EarlierVersion(tmp_path / "a.wtfc", 1, tmp_path / "a.wtfc.bak",
                          dt.datetime(2026, 11, 12, 9, 40))
    assert kept.describe(dt.datetime(2026, 11, 29)) == "Saved Thu 12 Nov 2026 at 09:40"

    lock = tmp_path / "spring.wtfc.lock"
    lock.write_text("4242\nwtfc\nLAPTOP-23\n")
    taken = dt.datetime(2026, 2, 5, 14, 2).timestamp()
    os.utime(lock, (taken, taken))
    said = open_in_wtfc(tmp_path / "spring.wtfc")
    assert said is not None and "on LAPTOP-23 since 14:02 on 5 Feb." in said
