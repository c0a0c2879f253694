"""The projector unplugged and plugged back in: the room view falls back to a window on the
laptop, the status bar says so and how to move it, and it goes back to the projector full
screen when the projector returns, unless the facilitator chose a screen meanwhile.

Qt's offscreen platform gives two screens from a config file, but only at start-up, so the
app runs in its own process and the slots ``screenRemoved`` and ``screenAdded`` call are
called with the projector's screen, as the platform would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.child_env import child_env

SCREENS = {"screens": [
    {"name": "Built-in display", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1},
    {"name": "HDMI-1", "x": 1366, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1}]}

DAY = """
import json, sys
from PySide6.QtGui import QGuiApplication
from wtfc.ui.application import make_application
app = make_application()
from wtfc.ui.main_window import MainWindow
w = MainWindow(); w.resize(1300, 700); w.show()
room, bar = w.room, w.statusBar()
laptop, projector = QGuiApplication.screens()  # in name order, the first primary
def state():
    app.processEvents()
    ticked = [a.text() for a in room.screen_menu.actions() if a.isChecked()]
    target = room.window.target_screen
    return {"screen": target and target.name(), "real": room.window.screen().name(),
            "geometry": room.window.geometry().getRect(), "full": room.window.isFullScreen(),
            "shown": room.window.isVisible(), "bar": bar.currentMessage(), "ticked": ticked}
facts = {}
room.act_show.setChecked(True)
facts["start"] = state()
room.screens.on_screen_removed(projector)  # the cable comes out
facts["away"] = state()
w.grab().save(sys.argv[1])
room.screens.on_screen_added(projector)  # and goes back in
facts["back"] = state()
room.screens.on_screen_removed(projector)
laptop_item = next(a for a in room.screen_menu.actions() if a.text().startswith("Built-in"))
laptop_item.trigger()  # the facilitator puts the room view on the laptop meanwhile
facts["chosen"] = state()
room.screens.on_screen_added(projector)
facts["not taken"] = state()
room.screens.choose(projector)
room.act_show.setChecked(False)  # hidden while the projector is away: Show finds it again
room.screens.on_screen_removed(projector)
facts["hidden away"] = state()
room.screens.on_screen_added(projector)
room.act_show.setChecked(True)
facts["shown again"] = state()
room.screens.on_screen_removed(projector)  # out while shown, then hidden; back while hidden
room.act_show.setChecked(False)
facts["away then hidden"] = state()
room.screens.on_screen_added(projector)
facts["back while hidden"] = state()
room.act_show.setChecked(True)
facts["shown after"] = state()
print(json.dumps(facts))
"""


@pytest.fixture(scope="module")
def day(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("projector")
    config = folder / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = child_env(QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                    HOME=str(folder), XDG_CONFIG_HOME=str(folder / "config"))
    out = subprocess.run([sys.executable, "-c", DAY, str(folder / "unplugged.png")],
                         capture_output=True, text=True, check=True, env=env)
    facts = json.loads(out.stdout.strip().splitlines()[-1])
    facts["picture"] = str(folder / "unplugged.png")
    return facts


SHOWN = "Room view on HDMI-1 — Room view menu"  # Show room view says where (firsttime F6)
ON_LAPTOP = "Room view on this screen — to move it: Room view → Room view screen"
GONE = ("The projector was disconnected: the room view is in a window on this screen. It goes "
        "back when the projector returns (Room view → Room view screen).")


def test_the_room_view_starts_full_screen_on_the_projector(day):
    assert day["start"]["screen"] == "HDMI-1" and day["start"]["full"]
    assert day["start"]["bar"] == SHOWN  # where it went, at the laptop's foot


def test_unplugged_it_is_a_window_on_the_laptop_and_the_status_bar_says_so(day):
    away = day["away"]
    assert away["screen"] == "Built-in display" and not away["full"] and away["shown"]
    assert away["bar"] == GONE
    assert Path(day["picture"]).stat().st_size > 0


def test_plugged_back_in_it_goes_back_full_screen_and_says_so(day):
    back = day["back"]
    assert back["screen"] == "HDMI-1" and back["full"]
    assert back["ticked"] == ["HDMI-1 (1024×768)"]
    assert back["bar"] == ("The projector is connected again: the room view is back on it, "
                           "full screen.")


def test_a_screen_chosen_meanwhile_is_kept(day):
    chosen, kept = day["chosen"], day["not taken"]
    # "it goes back when the projector returns" no longer true: the foot says where it was put
    assert chosen["screen"] == "Built-in display" and chosen["bar"] == ON_LAPTOP
    assert kept["screen"] == "Built-in display"
    assert kept["ticked"] == ["Built-in display (1366×768, main display)"]
    assert kept["bar"] == ON_LAPTOP  # still its few seconds: nothing said of the projector


def test_hidden_when_the_projector_goes_it_stays_hidden_and_shows_on_the_projector(day):
    """It popped up over the laptop as a window (showNormal shows a hidden window)."""
    assert not day["hidden away"]["shown"] and day["hidden away"]["bar"] == ""
    again = day["shown again"]
    assert again["screen"] == "HDMI-1" and again["full"]


def test_back_while_hidden_the_status_bar_no_longer_says_it_is_disconnected(day):
    assert day["away then hidden"]["bar"] == GONE and not day["away then hidden"]["shown"]
    assert day["back while hidden"]["bar"] == ""
    after = day["shown after"]
    assert after["screen"] == "HDMI-1" and after["full"] and after["bar"] == SHOWN
