"""Earlier versions and recovery copies holding 20 MB of "[]," are not read whole either.

Opening such a .wtfc is refused before any reader builds its lists (json_bounds, F12), but the
version a save replaced (.bak: whatever file was there, after a Save As over it or a file
changed elsewhere) was read whole to say whether it still holds words taken off, and a
recovery copy's first line as which workshop it is of: ~600 MB to 1 GB for 20 MB, and ~10 GB
for a file under the 200 MB limit, where the app dies with no message. Each is read in a child
with its memory capped, so a regression is a failed test rather than a machine swapping; the
child says what it found, its time and peak memory.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_workshop_of_empty_lists import _empty_lists

from tests.child_env import child_env
from wtfc.model.demo import demo_path

resource = pytest.importorskip("resource")  # (not on Windows: the child's peak memory)

CAP = 1536 * 1024 * 1024  # the child's address space

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
what, saved, *paths = sys.argv[1:]
from wtfc.model import recovery
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import load_workshop
if what == "kept":  # (Qt's modules, loaded only where asked)
    from wtfc.ui.colleague_copies import still_holding
    from wtfc.ui.remove_earlier_versions import _taken_off, words_still_kept
now = load_workshop(saved).workshop
start = time.perf_counter()
said = []
for path in map(Path, paths):
    if what == "recovery":
        try:
            said.append(f"restored {len(recovery.read_snapshot(path).workshop.cards)} cards")
        except WorkshopFileError as exc:
            said.append([type(exc).__name__, str(exc), recovery.read_damaged(path) is None])
    else:  # the version a save replaced: the note after the save, the question, a colleague's
        said.append([words_still_kept(Path(saved), path, now), _taken_off(path, now),
                     [copy.name for copy in still_holding(Path(saved), [path])]])
seconds = time.perf_counter() - start
try:  # the child's own peak: on Linux ru_maxrss keeps the forking pytest's (hundreds of MB)
    with open("/proc/self/status") as status:
        peak_mb = next(int(n.split()[1]) for n in status if n.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB (bytes on macOS)
    peak_mb = peak / 1024 / (1024 if sys.platform == "darwin" else 1)
print(json.dumps({"said": said, "seconds": seconds, "peak_mb": peak_mb}))
"""


def _child(what: str, saved: Path, *paths: Path) -> dict:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))

    done = subprocess.run([sys.executable, "-c", _CHILD, what, str(saved), *map(str, paths)],
                          capture_output=True, text=True, preexec_fn=cap, timeout=60,
                          cwd=Path(__file__).resolve().parents[2], env=child_env())
    assert done.returncode == 0, done.stderr[-2000:]  # not killed, no traceback
    return json.loads(done.stdout.splitlines()[-1])


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The workshop as the save wrote it: the demo."""
    path = tmp_path_factory.mktemp("saved") / "spring.wtfc"
    path.write_bytes(demo_path().read_bytes())
    return path


def _copy(folder: Path, first_line: bytes) -> Path:
    """A session folder whose recovery copy's first line is ``first_line``, then the demo."""
    from wtfc.model.recovery import SNAPSHOT_NAME

    folder.mkdir()
    (folder / SNAPSHOT_NAME).write_bytes(first_line + b"\n" + demo_path().read_bytes())
    return folder


def test_a_recovery_copy_whose_first_line_is_empty_lists_is_too_big_and_not_offered(
        tmp_path: Path, saved: Path) -> None:
    lists = b"[" + b"[]," * 6_700_000 + b"[]]"  # 20 MB
    found = _child("recovery", saved, _copy(tmp_path / "session", lists))
    # as a copy past the size limit: not a workshop, nothing in it to rescue
    assert found["said"] == [["WorkshopFileError",
                              "The recovery copy is too big to be a workshop.", True]]
    # its peak, not its time: a loaded machine stretches seconds (speed is for benchmarks)
    assert found["peak_mb"] < 200  # was 2.6 s, 1,076 MB (read twice)


def test_a_recovery_copy_whose_first_line_nests_too_deep_is_damaged_not_a_crash(
        tmp_path: Path, saved: Path) -> None:
    found = _child("recovery", saved, _copy(tmp_path / "session", b"[" * 100_000))  # (was
    # a RecursionError out of read_snapshot)
    assert found["said"][0][:2] == ["DamagedSnapshot", "The recovery copy is damaged: the part "
                                    "that says which workshop it is cannot be read."]


def test_an_earlier_version_of_empty_lists_is_read_as_no_workshop(
        tmp_path: Path, saved: Path) -> None:
    """A Save As over such a file keeps it as the .bak, read after the save; so is a
    colleague's version a save replaced. Unreadable, it holds nothing said to be taken off."""
    found = _child("kept", saved, _empty_lists(tmp_path, "spring.wtfc.bak"))
    assert found["said"] == [["", "a name you redacted", []]]
    assert found["peak_mb"] < 200  # was 5.7 s, 608 MB (read three times): its peak, not its time


def test_an_earlier_version_nested_nearly_as_deep_as_json_reads_is_not_a_crash(
        tmp_path: Path, saved: Path) -> None:
    """json reads a list ~990 deep that counting its words then overflowed."""
    depths = range(940, 1000, 2)  # (where the limit falls depends on the stack)
    for depth in depths:
        (tmp_path / f"{depth}.bak").write_bytes(
            b'{"title": ' + b"[" * depth + b'"my garden"' + b"]" * depth + b"}")
    found = _child("kept", saved, *(tmp_path / f"{depth}.bak" for depth in depths))
    assert found["said"] == [["", "a name you redacted", []]] * len(depths)
