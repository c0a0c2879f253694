"""Runs a script as wtfc runs for a facilitator, in a process of its own: the forget tests'
memory scans would find other tests' windows lingering in the test process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.child_env import child_env


def run_script(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``script`` run by this Python without a screen, with its settings and data in
    ``tmp_path`` (never the developer's), importing the wtfc under test (``child_env``); what
    it printed and its exit code."""
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=False, timeout=300,
                          env=child_env({"QT_QPA_PLATFORM": "offscreen", "PATH": "",
                                         "WTFC_TEMPORARY_FOLDERS": "",
                                         "HOME": str(tmp_path),
                                         "XDG_CONFIG_HOME": str(tmp_path / "config"),
                                         "XDG_DATA_HOME": str(tmp_path / "data")}))
