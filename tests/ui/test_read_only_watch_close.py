# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A read-only window closed while its watch waits on a share that stopped answering: the
close did not stop the watch, so the look held Python's collector off until the share
answered (if ever) and the closed window went on looking every few seconds (F3 session 31)."""

from __future__ import annotations

import gc
import threading

import pytest
from lock_fds import no_folder_left_open  # noqa: F401  (autouse: no folder held open)
from settled import settle, until
from test_read_only_watch_off_thread import _held_share, _open_twice
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.ui import background, read_only_watch

LOOK = "wtfc read-only look"


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch):
    monkeypatch.setattr(read_only_watch, "CHECK_MS", 20)


def test_closing_a_read_only_window_stops_its_watch_and_the_collector_pause(
        qtbot, make_window, workshop_file, monkeypatch):
    first, second = _open_twice(make_window, workshop_file)
    answering, asked = _held_share(monkeypatch)
    try:
        until(qtbot, lambda: bool(asked))
        assert not gc.isenabled()  # paused while the look is out, as before
        assert second.close()  # the other window (the one with the file) stays open
        until(qtbot, gc.isenabled, timeout=1000)  # at once, not when the share answers
        settle()
        assert second.findChild(read_only_watch.ReadOnlyWatch) is None  # it looks no more
    finally:
        answering.set()
    until(qtbot, lambda: not any(t.name == LOOK for t in threading.enumerate()))
    settle()
    assert len(asked) == 1  # one look, the one the share held
    assert background._CollectorPause.running == 0  # resumed once, not twice
    assert gc.isenabled()
    assert first.isVisible() and not first.undo.read_only
