# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""A crashed copy kept after a restore (the recovery folder refused this session's own copy)
goes when the window is closed and its work given up (Discard to "Save changes?"): else it
was offered again at every start until discarded by hand."""

from __future__ import annotations

from test_recovery_dialog import _crashed_copy
from test_restore_keeps_the_crashed_copy import _refusing, _restore
from window_fixtures import make_window, recovery_folder, workshop_file  # noqa: F401

from wtfc.ui.autosave import crashed_sessions


def test_closing_after_a_kept_restore_lets_the_crashed_copy_go(
        make_window, recovery_folder, workshop_file, monkeypatch):
    session, _newer = _crashed_copy(recovery_folder, workshop_file, stale_lock=True)
    _refusing(monkeypatch)
    window = make_window()
    crashed = _restore(window)
    assert session.exists()  # kept while this window's work is in memory alone
    window.close()  # "Discard" answered by the fixture
    assert not session.exists()
    assert not crashed.lock.isLocked()
    assert crashed_sessions(recovery_folder) == []  # not offered at the next start
