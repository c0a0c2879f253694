"""Room view → Room view screen, another screen chosen while the room view is up: the laptop's
foot kept saying where Show had put it ("Room view on DP-2 — Room view menu") for its few
seconds, the room view by then on HDMI-1. It now says the screen chosen at once, as Show says
where the room view went; and a screen chosen while the room view is hidden (which shows it)
is said too."""

from __future__ import annotations

from screens_in_a_process import ONLY_ON_LINUX, run_screens
from screens_in_a_process import START as APP_START

pytestmark = ONLY_ON_LINUX

SCRIPT = APP_START + """
MONITOR = hotplug.screen("DP-2", 2390, 1920, 1080)
hotplug.set_screens([LAPTOP, MONITOR, PROJECTOR])
from wtfc.ui.main_window import MainWindow
w = MainWindow(); w.resize(1300, 700); w.show(); w.activateWindow(); app.processEvents()
room = w.room
def state():
    for _ in range(5):
        app.processEvents()
    on = QGuiApplication.screenAt(room.window.frameGeometry().center())
    return {"on": on and on.name(), "bar": w.statusBar().currentMessage(),
            "up": room.window.isVisible()}
def choose(start):
    next(a for a in room.screen_menu.actions() if a.text().startswith(start)).trigger()
facts = {}
room.act_show.setChecked(True)
facts["shown"] = state()
choose("HDMI-1")
facts["HDMI-1 chosen"] = state()
choose("DP-2")
facts["DP-2 chosen"] = state()
choose("Built-in")
facts["laptop chosen"] = state()
room.act_show.setChecked(False)
w.statusBar().clearMessage()
choose("HDMI-1")  # hidden: choosing a screen puts the room view up on it
facts["chosen while hidden"] = state()
print(json.dumps(facts))
"""


def test_choosing_another_room_screen_says_the_new_one_at_once(tmp_path):
    facts = run_screens(SCRIPT, tmp_path)
    assert facts["shown"] == {"on": "DP-2", "bar": "Room view on DP-2 — Room view menu",
                              "up": True}
    assert facts["HDMI-1 chosen"] == {"on": "HDMI-1", "up": True,
                                      "bar": "Room view on HDMI-1 — Room view menu"}
    assert facts["DP-2 chosen"]["bar"] == "Room view on DP-2 — Room view menu"
    assert facts["laptop chosen"] == {
        "on": "Built-in display", "up": True,
        "bar": "Room view on this screen — to move it: Room view → Room view screen"}
    assert facts["chosen while hidden"] == {"on": "HDMI-1", "up": True,
                                            "bar": "Room view on HDMI-1 — Room view menu"}
