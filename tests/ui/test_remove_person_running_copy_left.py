# ruff: noqa: F811  (pytest fixtures imported from window_fixtures are parameters here)
"""Remove this person… (39671dfb) takes a withdrawn person's cards out of recovery copies kept
with Decide later, but leaves alone the copy of a wtfc that is still running (another wtfc
with this file open keeps one): that window holds the workshop, and its next recovery copy
would undo the rewrite under it. No test held a copy's lock, so rewriting a running wtfc's copy
(and telling the facilitator it was done) passed. Place: tests/ui/ (beside
test_remove_person_recovery_copies.py, whose helpers it imports)."""

from __future__ import annotations

from window_fixtures import make_window, recovery_folder  # noqa: F401

from tests.ui.test_remove_person_recovery_copies import _day, _remove
from wtfc.model import recovery
from wtfc.ui.autosave import session_lock


def test_a_running_wtfcs_recovery_copy_is_left_alone_and_not_said_to_be_cleaned(
        make_window, recovery_folder, tmp_path, monkeypatch):
    path, session = _day(tmp_path, recovery_folder)
    running = session_lock(session)
    assert running.tryLock(0)  # the wtfc that keeps this copy is still running
    try:
        before = (session / recovery.SNAPSHOT_NAME).read_bytes()
        window = make_window(autosave=False)
        assert window.files.open_path(path)
        asked = _remove(window, "P90", monkeypatch)
        assert "recovery copy" not in asked  # nothing promised of a copy it may not touch
        assert (session / recovery.SNAPSHOT_NAME).read_bytes() == before
    finally:
        running.unlock()
