# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Three or more recovery copies of one file: the words say "each" and "the others", not
"both" and "the other"; a copy kept with Decide later days ago is not one of the "windows
that stopped with it open"; a damaged copy is counted as the first page counts it; and only
the newest copies are read in full (200 copies of one file took a minute of reading)."""

from __future__ import annotations

import datetime as dt
import re

from test_recovery_two_copies import _card, _crashed_copy
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.model import recovery
from wtfc.model.dates import day_month, short_date
from wtfc.model.recovery import compare_with_saved
from wtfc.ui.autosave import crashed_sessions
from wtfc.ui.recovery_dialog import Choice, offer_recovery
from wtfc.ui.recovery_text import describe


def _offered(window) -> list[str]:
    seen: list[str] = []
    offer_recovery(window, ask=lambda d: seen.append(d.text.text()) or Choice.LATER)
    return [re.sub(r"<[^>]+>", " ", text) for text in seen]


def test_three_copies_one_kept_from_another_day(make_window, recovery_folder, workshop_file):
    now = dt.datetime.now()
    _crashed_copy(recovery_folder, workshop_file, "a", _card("a1", "The bus never comes"),
                  taken=now - dt.timedelta(days=2))
    _crashed_copy(recovery_folder, workshop_file, "b", _card("b1", "My carer is late"), pid=2,
                  taken=now - dt.timedelta(minutes=3))
    _crashed_copy(recovery_folder, workshop_file, "c", _card("x1", "I like the lunch club"),
                  pid=3)
    pages = _offered(make_window())
    assert len(pages) == 3
    old_day = day_month(now - dt.timedelta(days=2), short=True)  # "28 Nov"
    if (now - dt.timedelta(days=2)).year != now.year:
        old_day = short_date(now - dt.timedelta(days=2))  # "30 Dec 2025" on 1 January
    day = rf"(?:today|{old_day}) at \d\d:\d\d:\d\d"
    for page in pages:
        assert "'spring.wtfc' has 3 recovery copies, from 3 times wtfc stopped with it open (" \
            in page
        assert "wtfc windows" not in page  # the one from two days ago was no window open today
        # each time says its day: "(15:14:08, 15:11:08 and 15:14:08 on 28 Nov 2026)" read as
        # all on 28 Nov, and today's 15:14:08 and 28 Nov's were one bare time
        assert re.search(rf"\({day}, {day} and {old_day} at \d\d:\d\d:\d\d\)", page)
        assert re.search(rf"This one is from {day}\.", page)
        assert not re.search(r"the copy from \d\d:", page)  # each other copy's day said too
        assert "To keep the work of each, restore one and keep the others with" in page
        assert "both" not in page and not re.search(r"keep the other\b", page)
    assert re.search(r"This one is from today at \d\d:\d\d:\d\d\.", pages[0])  # the newest
    assert re.search(rf"This one is from {old_day} at \d\d:\d\d:\d\d\.", pages[2])
    assert f"the copy from {old_day} at " in pages[0]


def test_a_damaged_copy_of_the_file_is_counted(make_window, recovery_folder, workshop_file):
    now = dt.datetime.now()
    _crashed_copy(recovery_folder, workshop_file, "a", _card("a1", "The bus never comes"),
                  taken=now - dt.timedelta(minutes=2))
    _crashed_copy(recovery_folder, workshop_file, "b", _card("b1", "My carer is late"),
                  _card("b1", "My carer is late again"), pid=2,  # one id twice: damaged
                  taken=now - dt.timedelta(minutes=1))
    _crashed_copy(recovery_folder, workshop_file, "c", _card("x1", "I like the lunch club"),
                  pid=3)
    pages = _offered(make_window())
    assert "wtfc has 3 recovery copies" in pages[0]
    readable = [page for page in pages if "'spring.wtfc' has" in page]
    assert len(readable) == 2  # the damaged one's page cannot name its cards
    for page in readable:
        assert "'spring.wtfc' has 3 recovery copies, from 3 wtfc windows" in page
        assert "cannot be read as a workshop" in page


def test_many_copies_read_only_the_newest_in_full(recovery_folder, workshop_file, monkeypatch):
    now = dt.datetime.now()
    for i in range(30):  # kept with Decide later again and again
        _crashed_copy(recovery_folder, workshop_file, f"s{i:02d}", _card(f"k{i}", f"Card {i}"),
                      pid=100 + i, taken=now - dt.timedelta(minutes=30 - i))
    found = crashed_sessions(recovery_folder)
    try:
        among = [c.snapshot.header.original_path for c in found if c.snapshot]
        mine = found[0]
        reads = []
        real = recovery.read_snapshot
        monkeypatch.setattr(recovery, "read_snapshot",
                            lambda session: reads.append(session) or real(session))
        words = re.sub(r"<[^>]+>", " ", describe(mine, compare_with_saved(mine.snapshot),
                                                 among=among))
        assert len(reads) <= 3  # not all 29 others, for their file's name
        assert "'spring.wtfc' has 30 recovery copies" in words
        assert "and 26 more)" in words  # four times listed
        assert words.count("This copy has 1 card that the copy from") == 3
        assert "The 26 older copies are not compared here." in words
    finally:
        for crashed in found:
            crashed.keep()
