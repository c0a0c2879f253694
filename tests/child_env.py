"""The environment for a Python a test starts: it imports the wtfc under test, not another.

The venv's editable install points at one checkout. A test run from another copy (a git
worktree, with ``PYTHONPATH`` naming it) tests that copy's wtfc, but a child Python given an
environment of its own (``env={...}`` without ``PYTHONPATH``) fell back to the editable install
and ran the first checkout's code: a fix in the copy was tested against code without it. Every
test that starts a Python passes ``child_env(...)``: the folder holding the wtfc this process
imports comes first on ``PYTHONPATH`` (then the folder holding ``tests``, for ``-m tests.…``),
and ``PYTHONSAFEPATH`` keeps the child's working folder (``-c``, ``-m``) off the front of its
path, so no checkout there wins either. Checked by tests/test_child_env.py.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Mapping
from pathlib import Path


def wtfc_under_test() -> Path:
    """The folder holding the ``wtfc`` package this process imports (or would import)."""
    spec = importlib.util.find_spec("wtfc")  # the imported one's own, once it is imported
    assert spec is not None and spec.origin is not None, "wtfc cannot be imported"
    return Path(spec.origin).parent.parent


def home_of_tests() -> Path:
    """The folder holding this ``tests`` folder: a child's ``-m tests.ui.…`` is found there."""
    return Path(__file__).resolve().parent.parent


def child_env(base: Mapping[str, str] | None = None, /, **extra: str) -> dict[str, str]:
    """``base`` (this process's environment when None) with ``extra`` set, and a
    ``PYTHONPATH`` that starts with the tested wtfc's folder and the tests' folder, then what
    ``base`` had there."""
    env = dict(os.environ if base is None else base)
    env.update(extra)
    first = [str(wtfc_under_test()), str(home_of_tests())]
    rest = [part for part in env.get("PYTHONPATH", "").split(os.pathsep) if part]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(first + rest))
    env["PYTHONSAFEPATH"] = "1"
    return env
