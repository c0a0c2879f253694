"""Kept versions are offered newest first by the order saving kept them (``.bak`` is the newest),
whatever the clock said: on the night the clocks go back, a save at 01:10 GMT is 20 minutes after
one at 01:50 BST, and a ``.bak2`` written by a laptop whose clock was ahead is still older than
``.bak``. The menu, the damaged-file offer and ``wtfc check`` all take that order."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest
from workshop_builders import sample_workshop

from wtfc.model.storage import backup_path, save_workshop
from wtfc.model.versions import (
    describe_all,
    earlier_versions,
    newest_readable,
    versions_to_go_back_to,
)

UTC = dt.UTC
BST_0150 = dt.datetime(2026, 10, 25, 0, 50, tzinfo=UTC).timestamp()  # 01:50 BST
GMT_0110 = dt.datetime(2026, 10, 25, 1, 10, tzinfo=UTC).timestamp()  # 01:10 GMT, 20 min later
GMT_0105 = dt.datetime(2026, 10, 25, 1, 5, tzinfo=UTC).timestamp()  # 01:05 GMT


@pytest.fixture
def london(monkeypatch):
    """Local time is the UK's (put back as it was after the test)."""
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _kept(tmp_path, times: dict[int, float]):
    """'spring.wtfc' with ``.bak``, ``.bak2``… titled by their number, at the times given."""
    path = tmp_path / "spring.wtfc"
    save_workshop(sample_workshop().model_copy(update={"title": "Now"}), path)
    for number, stamp in times.items():
        kept = backup_path(path, number)
        save_workshop(sample_workshop().model_copy(update={"title": f"Kept {number}"}), kept)
        os.utime(kept, (stamp, stamp))
    return path


def test_the_night_the_clocks_go_back_the_later_save_is_offered_first(tmp_path, london):
    path = _kept(tmp_path, {1: GMT_0110, 2: BST_0150})
    assert [v.number for v in earlier_versions(path)] == [1, 2]
    assert [v.number for v in versions_to_go_back_to(path)] == [1, 2]
    found = newest_readable(path)
    assert found is not None and found[1].workshop.title == "Kept 1"
    # the two times tell the hours apart: 01:10 came after 01:50 that night
    now = dt.datetime(2026, 10, 25, 9, 0)
    assert describe_all(versions_to_go_back_to(path), now) == [
        "Saved today at 01:10 GMT", "Saved today at 01:50 BST"]


def test_no_zone_is_said_on_an_ordinary_day(tmp_path, london):
    stamp = dt.datetime(2026, 11, 20, 9, 40, tzinfo=UTC).timestamp()
    path = _kept(tmp_path, {1: stamp})
    now = dt.datetime(2026, 11, 20, 16, 0)
    assert describe_all(earlier_versions(path), now) == ["Saved today at 09:40"]


def test_a_version_kept_by_a_laptop_whose_clock_was_ahead_is_not_offered_as_the_newest(tmp_path):
    today = time.time()
    path = _kept(tmp_path, {1: today - 3600, 2: today + 2 * 365 * 86400, 3: today - 7200})
    assert [v.number for v in earlier_versions(path)] == [1, 2, 3]
    assert versions_to_go_back_to(path)[0].number == 1
    found = newest_readable(path)
    assert found is not None and found[1].workshop.title == "Kept 1"


def test_a_version_changed_elsewhere_goes_by_its_real_time_among_the_kept(tmp_path, london):
    path = _kept(tmp_path, {1: GMT_0110, 2: BST_0150})
    elsewhere = tmp_path / "spring (changed elsewhere 01-05).wtfc"
    save_workshop(sample_workshop().model_copy(update={"title": "Elsewhere"}), elsewhere)
    os.utime(elsewhere, (GMT_0105, GMT_0105))
    listed = versions_to_go_back_to(path)
    assert [(v.number, v.changed_elsewhere) for v in listed] == [(1, False), (0, True), (2, False)]
