"""A run of the app in its own process with screens that change (``screen_hotplug``): the
offscreen platform's screens are the process's. Shared by the room view's screen tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.child_env import child_env

ONLY_ON_LINUX = pytest.mark.skipif(
    sys.platform != "linux", reason="screen_hotplug changes the screens through Qt's Linux "
    "libraries (libQt6Core.so.6, Itanium C++ names); there are none to call here")

# a script's start: the app, and a laptop and a projector it may be given (not yet)
START = """
import json, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtGui import QGuiApplication
from wtfc.ui.application import make_application
app = make_application()
import screen_hotplug as hotplug
LAPTOP = hotplug.screen("Built-in display", 0, 1366, 768)
PROJECTOR = hotplug.screen("HDMI-1", 1366, 1024, 768)
"""


def run_screens(script: str, folder: Path) -> dict:
    """The facts ``script`` prints last, as JSON, run with ``folder`` as its home."""
    env = child_env(QT_QPA_PLATFORM="offscreen", HOME=str(folder),
                    XDG_CONFIG_HOME=str(folder / "config"))
    out = subprocess.run([sys.executable, "-c", script, str(Path(__file__).parents[1])],
                         capture_output=True, text=True, env=env, timeout=180)
    if "cannot change its screens" in out.stderr:  # screen_hotplug's own word for this Qt
        pytest.skip("this Qt's offscreen platform cannot change its screens (screen_hotplug)")
    out.check_returncode()
    return json.loads(out.stdout.strip().splitlines()[-1])
