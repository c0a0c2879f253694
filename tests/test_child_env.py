"""A Python a test starts runs the wtfc under test, wherever the run's copy is.

Run from a git worktree (``PYTHONPATH`` naming it), tests whose child Python had an environment
of its own ran the editable install's checkout instead: the worktree's fix went untested there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import wtfc
from tests.child_env import child_env, home_of_tests

SAY_WTFC = "import wtfc; print(wtfc.__file__)"

PARENT = """
import json, subprocess, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])  # tests/ui, as pytest puts it
import wtfc
from own_process import run_script
from tests.child_env import child_env
say = "import wtfc; print(wtfc.__file__)"
by_helper = run_script(say, Path(sys.argv[2]))
by_env = subprocess.run([sys.executable, "-c", say], env=child_env({"PATH": ""}),
                        capture_output=True, text=True, check=False)
print(json.dumps({"parent": wtfc.__file__, "own_process": by_helper.stdout.strip(),
                  "child_env": by_env.stdout.strip(),
                  "errors": by_helper.stderr[-300:] + by_env.stderr[-300:]}))
"""


def test_a_child_imports_the_wtfc_this_run_imports(tmp_path):
    """In this run's own process: whichever copy it tests (``PYTHONPATH`` at a worktree, or the
    checkout itself), a child started with ``child_env`` imports that very one."""
    done = subprocess.run([sys.executable, "-c", SAY_WTFC], env=child_env({"PATH": ""}),
                          cwd=tmp_path, capture_output=True, text=True, check=True, timeout=60)
    assert Path(done.stdout.strip()) == Path(wtfc.__file__)


def test_from_a_copy_every_child_imports_the_copy(tmp_path):
    """A run of a copy of wtfc (``PYTHONPATH`` at it, as from a worktree) started from a folder
    that holds yet another wtfc: the run's children, through ``own_process.run_script`` (its
    settings-free environment) and through ``child_env``, import the copy, as the run does.
    Before, the helper's child imported the editable install's checkout (or the working
    folder's)."""
    copy = tmp_path / "copy"
    (copy / "wtfc").mkdir(parents=True)
    (copy / "wtfc" / "__init__.py").write_text('"""a copy of wtfc under test"""\n')
    here = tmp_path / "working folder"
    (here / "wtfc").mkdir(parents=True)
    (here / "wtfc" / "__init__.py").write_text('raise ImportError("the working folder\'s")\n')
    env = {"PATH": "", "PYTHONPATH": os.pathsep.join([str(copy), str(home_of_tests())])}
    done = subprocess.run([sys.executable, "-P", "-c", PARENT,
                           str(home_of_tests() / "tests" / "ui"), str(tmp_path / "home")],
                          env=env, cwd=here, capture_output=True, text=True, check=True,
                          timeout=120)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    copied = str(copy / "wtfc" / "__init__.py")
    assert seen["parent"] == copied
    assert seen["own_process"] == copied, seen["errors"]
    assert seen["child_env"] == copied, seen["errors"]
