"""A lock left a year ago by a laptop that crashed (on a shared drive) used to read word for word
as yesterday's: "open on LAPTOP-7F3KQ2 since 10:20 on 29 Nov". Its time now has the year when it
is not this year's, and another computer's lock a week or more old says that copy is almost
certainly closed (the cue that "Open anyway (that copy is closed)" is safe). A live lock on this
computer is never called closed: wtfc has seen its process running. A lock's time is when the
file was opened, never refreshed: one a week to a month old may be a workshop left open on the
office PC all week, so it says either may be so (review 34 A12 M1: "almost certainly closed")."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtWidgets import QMessageBox
from renders import save_render

from wtfc.model.lock_status import left_long_ago, open_in_wtfc, since_words
from wtfc.model.recovery import this_host
from wtfc.ui.file_lock import Holder
from wtfc.ui.locked_file_box import ask_about_locked_file
from wtfc.ui.read_only_watch import _time

TODAY = dt.date(2026, 11, 30)
CLOSED = "almost certainly closed"
EITHER = "it may still be open there, or that copy of wtfc stopped without closing the file"


def _ago(days: int) -> dt.datetime:
    return dt.datetime.combine(dt.date.today() - dt.timedelta(days=days), dt.time(10, 20))


def test_a_time_not_this_years_says_its_year():
    assert since_words(dt.datetime(2025, 11, 29, 10, 20), TODAY) == "10:20 on 29 Nov 2025"
    assert since_words(dt.datetime(2026, 11, 29, 10, 20), TODAY) == "10:20 on 29 Nov"
    assert since_words(dt.datetime(2026, 11, 30, 10, 20), TODAY) == "10:20"
    assert since_words(dt.datetime(2025, 11, 29, 10, 20), TODAY, short=False) == \
        "10:20 on 29 November 2025"


def test_how_long_ago_a_lock_was_left():
    def ago(day: dt.date) -> str:
        return left_long_ago(dt.datetime.combine(day, dt.time(10, 20)), TODAY)
    assert ago(dt.date(2026, 11, 29)) == ""
    assert ago(dt.date(2026, 11, 24)) == ""  # six days: a laptop asleep over a weekend
    assert ago(dt.date(2026, 11, 20)) == (" That was 10 days ago (when it was opened there): "
                                          f"{EITHER}.")
    assert " 3 weeks ago (when" in ago(dt.date(2026, 11, 5))
    assert EITHER in ago(dt.date(2026, 11, 1)) and CLOSED not in ago(dt.date(2026, 11, 1))
    assert " 4 weeks ago," in ago(dt.date(2026, 10, 31)) and CLOSED in ago(dt.date(2026, 10, 31))
    assert " 4 months ago," in ago(dt.date(2026, 7, 29))
    assert " over a year ago," in ago(dt.date(2025, 11, 29))
    assert " over 3 years ago," in ago(dt.date(2023, 6, 1))


def test_a_lock_left_a_year_ago_on_another_computer_says_so():
    old = Holder("LAPTOP-7F3KQ2", 4242, _ago(366)).describe("spring.wtfc")
    assert old.startswith("'spring.wtfc' is open on LAPTOP-7F3KQ2 since 10:20 on ")
    assert f" {_ago(366).year}." in old and "over a year ago" in old and CLOSED in old
    new = Holder("LAPTOP-7F3KQ2", 4242, _ago(0)).describe("spring.wtfc")
    assert CLOSED not in new and str(_ago(0).year) not in new.replace("spring", "")


def test_a_workshop_left_open_on_the_office_pc_all_week_is_not_called_closed():
    """Opened there at Friday's workshop, still open at the next Friday's review."""
    said = Holder("OFFICE-PC", 4242, _ago(7)).describe("spring.wtfc")
    assert "That was 7 days ago (when it was opened there)" in said
    assert EITHER in said and CLOSED not in said


def test_an_old_lock_on_this_computer_is_not_called_closed():
    """Its process runs (a lock whose process is gone is taken over without asking)."""
    said = Holder(this_host(), os.getpid(), _ago(400)).describe("spring.wtfc")
    assert str(_ago(400).year) in said and CLOSED not in said


def test_wtfc_import_refusal_says_the_year_and_that_the_copy_is_closed(tmp_path):
    lock = tmp_path / "spring.wtfc.lock"
    lock.write_text("4242\nwtfc\nLAPTOP-7F3KQ2\n")
    stamp = _ago(366).timestamp()
    os.utime(lock, (stamp, stamp))
    said = open_in_wtfc(tmp_path / "spring.wtfc")
    assert said is not None and "since 10:20 on " in said
    assert f" {_ago(366).year}. That was over a year ago" in said and CLOSED in said


def test_the_read_only_bar_says_the_year_of_a_save_last_year():
    stamp = int(_ago(366).timestamp() * 1e9)
    assert _time((stamp, 0)).endswith(f" {_ago(366).year}")


def test_picture_of_the_box_for_a_lock_left_a_year_ago(qtbot, monkeypatch):
    seen: list[str] = []

    def shown(box: QMessageBox) -> int:
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        seen.append(box.text())
        save_render(box, "locked_file_left_a_year_ago")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown)
    holder = Holder("LAPTOP-7F3KQ2", 4242, _ago(366))
    assert ask_about_locked_file(None, holder, "spring.wtfc") == ""
    assert CLOSED in seen[0]
