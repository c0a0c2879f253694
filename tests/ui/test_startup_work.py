"""What start-up leaves until it is needed: the first frame (the window shown with the demo, as
benchmarks/bench_startup.py measures it) comes sooner without them, and each still works the
first time it is used (tests/ui/test_room_timer*.py, test_stage_timer.py)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

STARTUP = """
import json, sys
from PySide6 import QtGui
from PySide6.QtWidgets import QWidget
from wtfc.ui.application import make_application
app = make_application()
from wtfc.model.demo import demo_path
from wtfc.ui.main_window import MainWindow
w = MainWindow()
w.files.open_path(demo_path(), as_copy=True, confirmed=True)
w.resize(1920, 1080); w.show()
app.processEvents()
strips = [s for s in w.room.window.findChildren(QWidget)
          if s.accessibleName() == "Stage timer strip"]
print(json.dumps({
    "shown": w.isVisible() and len(w.doc.workshop.cards) == 96,
    "comparison loaded": "wtfc.model.compare" in sys.modules,
    "earlier versions loaded": "wtfc.model.versions" in sys.modules,
    "template loaded": "wtfc.importing.template" in sys.modules,
    "accessibility loaded": "QAccessible" in vars(QtGui),
    "room timer strips": len(strips),
}))
"""


@pytest.fixture(scope="module")
def started() -> dict:
    out = subprocess.run(
        [sys.executable, "-c", STARTUP],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    facts = json.loads(out.stdout.strip().splitlines()[-1])
    assert facts["shown"]
    return facts


def test_last_workshop_comparison_waits_for_review(started):
    """Review's comparison with the previous workshop (dataclasses compiled at import) was
    loaded by the theme operations for one small function: ~20 M instructions."""
    assert not started["comparison loaded"]


def test_earlier_versions_and_the_template_wait_for_their_menus(started):
    """File ▸ Go back to an earlier version (its dataclasses) and Export collection template
    are loaded when first used: ~7 M instructions."""
    assert not started["earlier versions loaded"]
    assert not started["template loaded"]


def test_screen_reader_announcements_load_on_the_first_one(started):
    """Nothing is said before the first frame; QAccessible's type and enums cost ~15 M."""
    assert not started["accessibility loaded"]
