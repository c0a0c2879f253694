"""Every tooltip in the app wraps at ~60 ems, set through ``plain_tip`` or not: a widget's, an
action's (its toolbar button, its menu entry), an item view's ToolTipRole and a graphics
item's. 170 letters set plainly were one line ~100 ems across: Qt wraps a plain tip only at
the screen's edge, and a projector's screen is wide. Tips are read as Qt shows them when the
pointer rests (a ``QEvent.ToolTip``), and kept as pictures in build/renders."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QToolTip

from tests.child_env import child_env
from tests.ui.shown_words import as_shown
from tests.ui.tip_wrap_window import KINDS, LONG, SHORT, TipsWindow
from wtfc.ui.plain_tip import plain_tip
from wtfc.ui.tip_wrap import TipWrap

ROOT = Path(__file__).resolve().parents[2]
# a projector's width, wider than the tips' line: the test screen (800 wide) had Qt wrap them
WIDE = {"screens": [{"name": "projector", "x": 0, "y": 0, "width": 2560, "height": 1440,
                     "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


@pytest.fixture(scope="module")
def wide_screen_tips(tmp_path_factory) -> dict:
    """Each kind of long tip as the app shows it on a 2560-wide screen, started as the app
    starts: just started, and once a tip could first show (``tests/ui/tip_wrap_window``)."""
    home = tmp_path_factory.mktemp("wide")
    config = home / "screen.json"
    config.write_text(json.dumps(WIDE))
    out = subprocess.run(
        [sys.executable, "-m", "tests.ui.tip_wrap_window"], capture_output=True, text=True,
        check=True, timeout=300, cwd=ROOT,
        env=child_env({"QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PATH": "",
                       "WTFC_TEMPORARY_FOLDERS": "",
                       "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
                       "XDG_DATA_HOME": str(home / "data")}))
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_long_tip_wraps_within_60_ems(wide_screen_tips, kind):
    assert wide_screen_tips["screen width"] == 2560
    text, ems = wide_screen_tips["before"][kind]
    assert text == LONG and ems > 90  # one line, as Qt showed a tip set plainly
    text, ems = wide_screen_tips["after"][kind]
    assert ems <= 60
    assert as_shown(text) == LONG  # every word, as set


@pytest.fixture
def window(qtbot, qapp):
    """The tips window, the app's filter on (as ``make_application`` puts it) for this test."""
    tip_wrap = TipWrap(qapp)
    qapp.installEventFilter(tip_wrap)
    shown = TipsWindow()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    qapp.removeEventFilter(tip_wrap)
    QToolTip.hideText()
    shown.menu.close()


def test_a_short_tip_is_shown_as_set(window):
    assert window.rest_on("short item") == SHORT
    window.label.setToolTip(SHORT)
    assert window.rest_on("widget") == SHORT


def test_a_tip_made_by_plain_tip_is_not_wrapped_twice(window):
    for words in (LONG, "I get <b>no</b> help", "x" * 300, f"{SHORT}\n{LONG}"):
        window.label.setToolTip(plain_tip(words))
        assert window.rest_on("widget") == plain_tip(words)


def test_what_a_widget_item_or_action_holds_is_not_changed(window):
    for kind in KINDS:
        assert as_shown(window.rest_on(kind)) == LONG
        QToolTip.hideText()
        window.menu.close()
    assert window.action.toolTip() == LONG and window.card.toolTip() == LONG
    assert window.label.toolTip() == LONG and window.button.toolTip() == LONG
