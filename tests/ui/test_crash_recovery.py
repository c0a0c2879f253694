"""The app is killed (SIGKILL) at random moments while it edits and saves: the workshop file
always opens, and the recovery copy holds every edit older than the autosave bound; started
again, the app offers the recovery copy and Restore brings every kept edit back. Words typed
in a box and not yet recorded are kept too."""

from __future__ import annotations

import random
import sys

import pytest
from crash_edit_script import TYPED
from crash_harness import MAX_MS, kill_once, prepare, restart_and_restore

from wtfc.model.storage import load_workshop

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL timing is POSIX here")

SLACK_S = 0.5  # the UI thread's event loop and the write itself, on a busy 2-core machine


def test_killed_at_random_moments_the_file_is_whole_and_old_edits_survive(tmp_path):
    rng = random.Random(8)
    total_edits = restored_runs = 0
    for kill in range(3):
        folder = tmp_path / f"kill{kill}"
        path = prepare(folder)
        result = kill_once(folder, path, seed=kill, run_s=rng.uniform(0.3, 1.2))
        assert result.file_problem == ""
        assert result.missing_older_than(MAX_MS / 1000 + SLACK_S) == []
        total_edits += len(result.edits)
        if result.had_snapshot:
            assert restart_and_restore(folder, path) == ["offered", "done"]
            restored = load_workshop(path).workshop
            assert {c.text for c in restored.cards} >= {f"edit {n}" for n in result.kept}
            assert not list((folder / "recovery").iterdir())  # the clean exit tidied up
            restored_runs += 1
    assert total_edits > 6
    assert restored_runs >= 1


def test_killed_while_typing_the_purpose_the_words_come_back(tmp_path):
    """Typed a key at a time and the box never left (nothing recorded, the stack clean): the
    recovery copy still holds what was typed up to the autosave bound, and Restore puts it in
    the Purpose."""
    path = prepare(tmp_path)
    result = kill_once(tmp_path, path, seed=3, run_s=1.5, mode="type")
    assert result.file_problem == ""
    assert result.had_snapshot
    assert result.missing_older_than(MAX_MS / 1000 + SLACK_S) == []
    assert restart_and_restore(tmp_path, path) == ["offered", "done"]
    purpose = load_workshop(path).workshop.purpose
    assert purpose == TYPED[:max(result.kept)]


def test_nothing_is_offered_after_a_clean_exit(tmp_path):
    path = prepare(tmp_path)
    assert restart_and_restore(tmp_path, path) == ["not offered"]
