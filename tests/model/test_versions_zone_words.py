"""On the night the clocks go back an earlier version's time comes twice, and its label says
which: "01:10 GMT" / "01:50 BST". It said the system's zone name, which on Windows is "GMT
Standard Time" / "GMT Summer Time" (localised on a Welsh install), in the menu, the damaged-file
offer and History's "Go back to the version saved today at 01:50 GMT Summer Time". Now it comes
from the UTC offset; outside the UK's offsets it says "(before the clocks went back)" or
"(after …)" (review 34 A12 M2)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from wtfc.model.versions import EarlierVersion

NIGHT = dt.datetime(2026, 10, 25, 9, 0)  # the morning after the clocks went back (UK, EU)


class _WindowsZone(dt.tzinfo):
    """A fixed offset named as Windows names it (``astimezone().tzname()`` there)."""

    def __init__(self, hours: int, name: str) -> None:
        self.offset, self.name = dt.timedelta(hours=hours), name

    def utcoffset(self, _when: dt.datetime | None) -> dt.timedelta:
        return self.offset

    def dst(self, _when: dt.datetime | None) -> dt.timedelta:
        return dt.timedelta(0)

    def tzname(self, _when: dt.datetime | None) -> str:
        return self.name


@pytest.fixture
def zone(monkeypatch):
    """Sets the local zone (put back as it was after the test)."""
    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()
    yield use
    monkeypatch.undo()
    time.tzset()


def _label(hour: int, minute: int, hours: int, name: str, day: int = 25) -> str:
    saved = dt.datetime(2026, 10, day, hour, minute, tzinfo=_WindowsZone(hours, name))
    path = Path("spring.wtfc.bak")
    return EarlierVersion(Path("spring.wtfc"), 1, path, saved).describe(NIGHT)


def test_the_uk_night_the_clocks_go_back_says_gmt_and_bst_not_windows_names(zone):
    zone("Europe/London")
    assert _label(1, 10, 0, "GMT Standard Time") == "Saved today at 01:10 GMT"
    assert _label(1, 50, 1, "GMT Summer Time") == "Saved today at 01:50 BST"
    assert _label(1, 50, 1, "Amser Haf GMT") == "Saved today at 01:50 BST"  # a Welsh install


def test_elsewhere_it_says_before_or_after_the_clocks_went_back(zone):
    zone("Europe/Berlin")
    assert _label(2, 30, 2, "Mitteleuropäische Sommerzeit") == \
        "Saved today at 02:30 (before the clocks went back)"
    assert _label(2, 30, 1, "Mitteleuropäische Zeit") == \
        "Saved today at 02:30 (after the clocks went back)"


def test_an_ordinary_night_says_no_zone(zone):
    zone("Europe/London")
    assert _label(1, 50, 1, "GMT Summer Time", day=24) == "Saved yesterday at 01:50"
    assert _label(10, 20, 0, "GMT Standard Time") == "Saved today at 10:20"
