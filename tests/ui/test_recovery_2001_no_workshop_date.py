# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""M3 survivor of 2f635d4a: a recovery copy taken while the clock said 1 Jan 2001, of a workshop
with no date set yet (a new one, started this morning): only the FIRST_YEAR rule says its time
is wrong. With it undone, the copy was called '9464 days old' with Discard advised; every
existing test gives the workshop a date, whose 365-day rule covered it."""

from __future__ import annotations

import datetime as dt

from window_fixtures import recovery_folder, workshop_file  # noqa: F401

from tests.ui.test_recovery_clock_wrong import LOOKS_WRONG, _copy_taken_at, _words


def test_a_2001_copy_of_a_workshop_with_no_date_is_not_called_old(recovery_folder,
                                                                   workshop_file, qtbot):
    taken = dt.datetime(2001, 1, 1, 14, 2).astimezone()
    words = _words(_copy_taken_at(recovery_folder, workshop_file, taken, None))
    assert "days old" not in words and "Discard removes" not in words
    assert LOOKS_WRONG in words
