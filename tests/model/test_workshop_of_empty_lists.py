"""A small .wtfc of empty lists is refused as too big before either reader builds them.

The demo with one field this version does not know holding "[],[],…" (20 MB) took 1 GB and
3.4 s on the window's thread before its plain error (pydantic's error keeps the whole field,
then Python's json builds it again), and a file under the 200 MB limit ~10 GB: on a laptop the
app died with no message. Every way in reads through ``load_workshop``/``workshop_from_bytes``
(File → Open, recent files, last time's workshop, New from…, ``wtfc check``, recovery copies,
a file changed elsewhere). Each is run in a child with its memory capped, so a regression is a
failed test rather than a machine swapping; the child says its own peak memory (its time too,
not asserted: a loaded machine stretches seconds).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import wtfc.model.json_bounds as json_bounds
from tests.child_env import child_env
from wtfc.model.demo import demo_path
from wtfc.model.errors import WorkshopFileError
from wtfc.model.storage import workshop_from_bytes

resource = pytest.importorskip("resource")  # (not on Windows: the child's peak memory)

MB = 1024 * 1024
CAP = 1536 * MB  # the child's address space: the old code's 1 GB stops here or fails below

_CHILD = r"""
import json, resource, sys, time
what, path = sys.argv[1:]
from wtfc.app import check_command
from wtfc.model.errors import WorkshopFileError
from wtfc.model.newer_format import newer_file_format
from wtfc.model.storage import load_workshop
start = time.perf_counter()
if what == "check":
    said = check_command([path])
elif what == "newer":
    from pathlib import Path
    said = newer_file_format(Path(path))
else:
    try:
        said = f"opened {len(load_workshop(path).workshop.cards)} cards"
    except WorkshopFileError as exc:
        said = str(exc)
seconds = time.perf_counter() - start
try:  # this process's own peak: ru_maxrss keeps the forking parent's (a big test worker)
    peak_mb = next(int(line.split()[1]) for line in open("/proc/self/status")
                   if line.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB (bytes on macOS)
    peak_mb = peak / 1024 / (1024 if sys.platform == "darwin" else 1)
print(json.dumps({"said": said, "seconds": seconds, "peak_mb": peak_mb}))
"""


def _child(what: str, path: Path) -> tuple[dict, str]:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))

    done = subprocess.run([sys.executable, "-c", _CHILD, what, str(path)], capture_output=True,
                          text=True, preexec_fn=cap, timeout=60,
                          cwd=Path(__file__).resolve().parents[2], env=child_env())
    assert done.returncode == 0, done.stderr[-2000:]  # not killed, no traceback
    return json.loads(done.stdout.splitlines()[-1]), done.stderr


def _empty_lists(tmp: Path, name: str, *, version: int = 0, first: bool = False) -> Path:
    """The demo with one unknown field of 20 MB of "[]," (as R3-files/make_lists_bomb.py
    writes it), marked as format ``version`` if given, the field ``first`` if asked."""
    demo = demo_path().read_text(encoding="utf-8").rstrip()
    if version:
        demo = f'{{"schema_version":{version},' + demo.split(",", 1)[1]
    notes = '"notes": [' + "[]," * (20_000_000 // 3 - 1) + "[]]"
    path = tmp / name
    path.write_text("{" + notes + "," + demo[1:] if first else demo[:-1] + ", " + notes + "}",
                    encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("empty-lists")


def test_opening_it_is_refused_in_plain_words_at_once_and_small(files: Path) -> None:
    found, _ = _child("load", _empty_lists(files, "lists20.wtfc"))
    assert found["said"] == "'lists20.wtfc' is too big to be a workshop file."
    # its peak, not its time: a loaded machine stretches seconds (speed is for benchmarks)
    assert found["peak_mb"] < 200  # was 3.4 s, 1,017 MB


def test_wtfc_check_says_why(files: Path) -> None:
    found, said = _child("check", _empty_lists(files, "check20.wtfc"))
    assert found["said"] == 1
    assert said.splitlines()[0] == (
        "Problem: 'check20.wtfc' is too big to be a workshop file: it holds 6,667,128 lists "
        "and records (wtfc reads at most 4,000,000).")
    assert found["peak_mb"] < 200


def test_one_marked_as_a_newer_wtfc_s_is_refused_too(files: Path) -> None:
    """Not this version's format: it went straight to Python's json (579 MB)."""
    path = _empty_lists(files, "newer20.wtfc", version=99)
    found, _ = _child("load", path)
    assert found["said"] == "'newer20.wtfc' is too big to be a workshop file."
    assert found["peak_mb"] < 200  # was 579 MB


def test_saving_over_one_does_not_read_it_all(files: Path) -> None:
    """Saving asks first whether a newer wtfc wrote the file it replaces; one not starting as
    wtfc writes (edited by hand) is read whole for that: such a file is no workshop."""
    path = _empty_lists(files, "edited20.wtfc", version=99, first=True)
    found, _ = _child("newer", path)
    assert found["said"] is None
    assert found["peak_mb"] < 200


def test_a_workshop_at_the_bound_opens_and_one_past_it_does_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The bound is where the file is read, before the quick reader: with the bound the
    demo's own count, the demo opens; one less, it is refused in the same words."""
    data = demo_path().read_bytes()
    monkeypatch.setattr(json_bounds, "MAX_CONTAINERS", json_bounds.containers(data))
    assert len(workshop_from_bytes(data, name="demo.wtfc").workshop.cards) > 50
    monkeypatch.setattr(json_bounds, "MAX_CONTAINERS", json_bounds.containers(data) - 1)
    with pytest.raises(WorkshopFileError) as refused:
        workshop_from_bytes(data, name="demo.wtfc")
    assert str(refused.value) == "'demo.wtfc' is too big to be a workshop file."
