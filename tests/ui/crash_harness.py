"""Runs the real app in a subprocess, kills it with SIGKILL, and judges what survived.

Shared by tests/ui/test_crash_recovery.py (a handful of kills) and benchmarks/bench_crash.py
(100 kills). The app edits through ``crash_edit_script.py`` and logs each edit's time, so after
the kill we know which edits had happened when, and can check that the workshop file still
opens and that the recovery copy (or the saved file) holds every edit older than the bound.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.child_env import child_env
from wtfc.model import recovery
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Workshop
from wtfc.ui.recovery_tidy import already_saved

SCRIPT = Path(__file__).with_name("crash_edit_script.py")
DELAY_MS = 200  # autosave after edits stop, shortened for the test
MAX_MS = 500  # autosave at least this often while edits keep coming
_EDIT = re.compile(r"edit (\d+)")


@dataclass
class KillResult:
    kill_time: float
    edits: list[tuple[int, float]]  # (edit number, when it was made)
    file_problem: str = ""  # "" when the workshop file (and its backups) open
    kept: set[int] = field(default_factory=set)  # edits in the recovery copy or the saved file
    had_snapshot: bool = False

    @property
    def lost_s(self) -> float:
        """How far back from the kill the oldest lost edit was (0 when nothing was lost)."""
        lost = [t for n, t in self.edits if n not in self.kept]
        return max(0.0, self.kill_time - min(lost)) if lost else 0.0

    def missing_older_than(self, seconds: float) -> list[int]:
        return [n for n, t in self.edits if n not in self.kept and t < self.kill_time - seconds]


def prepare(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "crash.wtfc"
    save_workshop(Workshop(title="Crash test"), path)
    return path


def _environment(folder: Path, mode: str, seed: int) -> dict[str, str]:
    env = child_env()
    env.update(QT_QPA_PLATFORM="offscreen", WTFC_RECOVERY_DIR=str(folder / "recovery"),
               WTFC_TEST_SCRIPT=str(SCRIPT), WTFC_CRASH_LOG=str(folder / f"{mode}.log"),
               WTFC_CRASH_MODE=mode, WTFC_CRASH_SEED=str(seed),
               WTFC_AUTOSAVE_DELAY_MS=str(DELAY_MS), WTFC_AUTOSAVE_MAX_MS=str(MAX_MS),
               XDG_CONFIG_HOME=str(folder / "config"))  # recent files stay out of the user's
    return env


def _start(folder: Path, path: Path, mode: str, seed: int) -> subprocess.Popen:
    (folder / f"{mode}.log").unlink(missing_ok=True)
    return subprocess.Popen([sys.executable, "-m", "wtfc", str(path)],
                            env=_environment(folder, mode, seed),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _edits(log: Path) -> list[tuple[int, float]]:
    if not log.exists():
        return []
    out = []
    for line in log.read_text().splitlines():
        parts = line.split()
        if len(parts) == 2:  # a torn last line cannot happen (one write each), but be safe
            out.append((int(parts[0]), float(parts[1])))
    return out


def kill_once(folder: Path, path: Path, *, seed: int, run_s: float,
              mode: str = "edit") -> KillResult:
    """Start the app on ``path``, let it edit for ``run_s`` after its first edit, SIGKILL it.
    ``mode`` "type": its edits are keys typed into the Purpose box, never left."""
    proc = _start(folder, path, mode, seed)
    log = folder / f"{mode}.log"
    deadline = time.monotonic() + 30
    while not _edits(log):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("the app did not start editing")
        time.sleep(0.02)
    time.sleep(run_s)
    kill_time = time.time()
    proc.kill()  # SIGKILL: no clean-up of any kind
    proc.wait()
    result = KillResult(kill_time, _edits(log))
    result.kept, result.file_problem, result.had_snapshot = _what_survived(folder, path)
    return result


def _what_survived(folder: Path, path: Path) -> tuple[set[int], str, bool]:
    problem = ""
    kept: set[int] = set()
    for candidate in [path, *sorted(folder.glob(path.name + ".bak*"))]:
        try:
            workshop = load_workshop(candidate).workshop
        except WorkshopFileError as exc:
            problem += f"{candidate.name}: {exc} "
            continue
        if candidate == path:
            kept |= _edit_numbers(workshop)
    had_snapshot = False
    for session in recovery.session_folders(folder / "recovery"):
        if (session / recovery.SNAPSHOT_NAME).exists():
            try:
                snapshot = recovery.read_snapshot(session)
            except WorkshopFileError as exc:
                problem += f"recovery copy: {exc} "
                had_snapshot = True
                continue
            kept |= _edit_numbers(snapshot.workshop)
            # killed just after a save wrote the file: a copy it holds is not offered
            had_snapshot = had_snapshot or not already_saved(snapshot)
    return kept, problem, had_snapshot


def _edit_numbers(workshop: Workshop) -> set[int]:
    """The edits a workshop holds: its cards "edit N", and the first N keys typed into its
    Purpose (the "type" mode; a space typed last is not kept, recorded words are trimmed)."""
    typed = set(range(1, len(workshop.purpose) + 1))
    return typed | {int(m.group(1)) for c in workshop.cards if (m := _EDIT.fullmatch(c.text))}


def restart_and_restore(folder: Path, path: Path) -> list[str]:
    """Start the app again; it answers the recovery dialog with Restore and saves. Its log."""
    proc = _start(folder, path, "recover", 0)
    try:
        proc.wait(timeout=30)
    finally:
        proc.kill()
    return (folder / "recover.log").read_text().splitlines()
