"""Show that window with a temporary folder that cannot hold a socket (review R5-R2b of session
31). Qt put the holder's socket in $TMPDIR: one missing, read-only or too long refused it, the
failure went unnoticed, and every "Show that window" then said the window did not answer. Two
copies started with different TMPDIRs (one from a terminal, one from the menu) never met. The
socket is now in this user's own recovery folder, where both look first. Run in processes of
their own, the TMPDIR set before Qt reads it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.child_env import child_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="named pipes: no folder")

START = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
from wtfc.ui import window_call
path = Path(sys.argv[1])
"""
LISTEN = """
window = QWidget()
listener = window_call.Listener(window, path)
print(listener.server.isListening(), listener.server.fullServerName(), flush=True)
"""
ASK = "print(window_call.ask_to_show(path, wait_ms=5000))\n"
SERVE = "from PySide6.QtCore import QTimer\nQTimer.singleShot(60000, app.quit)\napp.exec()\n"


def _start(code: str, workshop: Path, tmp: Path) -> subprocess.Popen[str]:
    env = child_env(QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp))
    return subprocess.Popen([sys.executable, "-c", code, str(workshop)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_holder_without_its_temporary_folder_is_reached_from_another(tmp_path):
    """The holder's TMPDIR is missing; the asker's is another folder (one copy started from a
    terminal, one from the menu): the asker still reaches it."""
    workshop = tmp_path / "spring.wtfc"
    workshop.write_text("{}")
    (tmp_path / "menu").mkdir()
    holder = _start(START + LISTEN + SERVE, workshop, tmp_path / "not there")
    try:
        assert holder.stdout is not None
        listening, _, place = holder.stdout.readline().strip().partition(" ")
        assert listening == "True"  # Qt's temporary folder refused it before
        assert place.startswith(os.environ["WTFC_RECOVERY_DIR"])  # this user's own folder
        asker = _start(START + ASK, workshop, tmp_path / "menu")
        out, err = asker.communicate(timeout=60)
        assert out.split() == ["True"], err
    finally:
        holder.kill()
        holder.communicate(timeout=60)
