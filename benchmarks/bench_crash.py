"""Crash safety: the app is killed with SIGKILL at 100 random moments while it edits and saves.

``crash.kills`` kills done; ``crash.corrupt_files`` kills after which the workshop file, a
backup or the recovery copy did not open (goal 0); ``crash.max_lost_s`` the most work lost,
seconds from the oldest lost edit to the kill (the autosave here waits 200 ms after edits stop
and at most 500 ms while they go on, so the goal is under about 0.5 s plus the write);
``crash.lost_beyond_bound`` kills that lost an edit older than 1 s (goal 0). Set
``WTFC_CRASH_KILLS`` for fewer kills. Uses tests/ui/crash_harness.py (the same as the tests).
"""

from __future__ import annotations

import importlib.util
import os
import random
import sys
import tempfile
from pathlib import Path

HARNESS = Path(__file__).resolve().parent.parent / "tests" / "ui" / "crash_harness.py"


def _harness():
    spec = importlib.util.spec_from_file_location("crash_harness", HARNESS)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["crash_harness"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def run() -> dict[str, float]:
    harness = _harness()
    kills = int(os.environ.get("WTFC_CRASH_KILLS", "100"))
    rng = random.Random(2024)
    corrupt = beyond = 0
    max_lost = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for kill in range(kills):
            folder = Path(tmp) / f"kill{kill}"
            path = harness.prepare(folder)
            result = harness.kill_once(folder, path, seed=kill, run_s=rng.uniform(0.05, 2.0))
            corrupt += bool(result.file_problem)
            beyond += bool(result.missing_older_than(1.0))
            max_lost = max(max_lost, result.lost_s)
    return {"crash.kills": float(kills), "crash.corrupt_files": float(corrupt),
            "crash.max_lost_s": max_lost, "crash.lost_beyond_bound": float(beyond)}


if __name__ == "__main__":
    for name, value in run().items():
        print(f"{name:24s} {value:.3f}")
