"""Questions in a QMessageBox on a laptop with a larger font: every button's words whole.

A QMessageBox is at most min(screen width - 480, 1000) px wide on a screen wider than 1024 px:
886 px on a 1366x768 laptop, 613 on one at 125 % scaling, and its buttons are squeezed to fit.
Going to Identify success with words typed, "Drop what I typed and go to ‘Identify success’"
needed 498 px at 16 pt in a 383-px button, cut at both ends (review 34 R6-1), and at 125 %
even at 10 pt; the earlier-version offer's "Open the version saved … (after the clocks went
back) instead" outside UK time zones (R6-5). The test screen (800 wide) hides this, so the
questions are shown in a process of their own on two laptop screens
(``tests/ui/laptop_questions``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.child_env import child_env
from tests.ui.laptop_questions import QUESTIONS, SCREENS, SIZES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def measured(tmp_path_factory) -> dict:
    home = tmp_path_factory.mktemp("laptop")
    config = home / "screens.json"
    config.write_text(json.dumps(SCREENS))
    out = subprocess.run(
        [sys.executable, "-m", "tests.ui.laptop_questions"], capture_output=True, text=True,
        check=True, timeout=120, cwd=ROOT,
        env=child_env({"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PATH": "",
                       "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
                       "XDG_DATA_HOME": str(home / "data")}))
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("size", [f"{screen} {points:g}" for screen, points in SIZES])
@pytest.mark.parametrize("question", list(QUESTIONS))
def test_every_button_shows_all_its_words(measured, question, size):
    seen = measured[f"{question} {size}"]
    assert seen["screen"] == size.split()[0]  # shown on that laptop's screen
    for button in seen["buttons"]:
        assert button["width"] >= button["needs"], button
        assert button["inside"], button


def test_the_earlier_versions_time_is_in_its_words(measured):
    """Off its button (cut in Berlin: 912 px of words in a 772-px button, review 34 R6-5)."""
    words = measured["earlier_version_berlin wide 16"]["words"]
    assert "the one saved Sun 25 Oct 2026 at 02:10 (after the clocks went back)" in words


def test_the_stage_is_named_in_the_question(qapp):
    """The stage left off the buttons is in the words above them."""
    from wtfc.ui import typed_ahead

    box = typed_ahead.question(None, "Sundays", 1, "Identify success")
    assert box.text().endswith("Enter it or drop it, and wtfc goes to ‘Identify success’.")
    box.deleteLater()
