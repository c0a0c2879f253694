"""Three screens (the laptop, a desk monitor, the projector): the projector unplugged mid-session
with held-back details shown; the room view falls back onto the laptop's screen, beside the
facilitator's window.

d84894d9 (review 31 A2 S1) hides the details when a screen goes and the room view is then up on
the facilitator's screen (``room_here()`` in HeldBackBesideRoom.on_screen_gone). With two screens
8cd1132b's "one screen left" rule hides them anyway, so test_room_held_back_two_screens.py passes
with that `here` check taken out; only with a screen left over does it matter: then "Mrs Patel…"
and phone numbers stay on the laptop screen beside the room view the room is looking at."""

from __future__ import annotations

from screens_in_a_process import ONLY_ON_LINUX, run_screens
from screens_in_a_process import START as APP_START

from wtfc.ui.wall.room_held_back import HIDDEN, TO_MOVE

pytestmark = ONLY_ON_LINUX

SCRIPT = APP_START + """
from PySide6.QtWidgets import QMessageBox
MONITOR = hotplug.screen("DP-2", 2390, 1920, 1080)
hotplug.set_screens([LAPTOP, PROJECTOR, MONITOR])
asked = []
QMessageBox.question = lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Cancel
from wtfc.ui.main_window import MainWindow
w = MainWindow(); w.resize(1300, 700); w.show(); w.activateWindow(); app.processEvents()
room = w.room
def state():
    for _ in range(5):
        app.processEvents()
    on = QGuiApplication.screenAt(room.window.frameGeometry().center())
    me = QGuiApplication.screenAt(w.frameGeometry().center())
    return {"on": on and on.name(), "me": me and me.name(), "shown": w.held_back.shown,
            "asked": list(asked), "bar": w.statusBar().currentMessage(),
            "room up": room.window.isVisible()}
facts = {}
room.act_show.setChecked(True)
next(a for a in room.screen_menu.actions() if a.text().startswith("HDMI")).trigger()
w.show_held_back_action.trigger()
facts["projector"] = state()
hotplug.set_screens([LAPTOP, MONITOR])  # the projector's cable pulled
facts["projector gone"] = state()
print(json.dumps(facts))
"""


def test_the_room_view_falling_back_beside_the_facilitator_hides_them(tmp_path):
    facts = run_screens(SCRIPT, tmp_path)
    assert facts["projector"]["on"] == "HDMI-1" and facts["projector"]["shown"]
    gone = facts["projector gone"]
    assert gone["room up"] and gone["on"] == gone["me"] == "Built-in display"
    assert not gone["shown"] and gone["asked"] == []
    assert gone["bar"] == HIDDEN + TO_MOVE
