"""A room view the facilitator dragged, as a window, onto the projector falls back to the laptop
when the projector is unplugged, and the status bar says so, as a full-screen one does. Qt takes
the screen off ``QGuiApplication.screens()`` before it says the screen went, so the window's screen
is found from the screen going away, not looked up by position (code review 23 G2 F1, after
7311c6c). Two offscreen screens come from a config file at start-up, so this runs in its own
process, as test_room_projector_back does."""
from __future__ import annotations

import json
import subprocess
import sys

from test_room_projector_back import GONE
from test_room_projector_back import SCREENS as PROJECTOR_BACK_SCREENS

from tests.child_env import child_env

# the laptop as there, and a 1920×1080 projector to its right
SCREENS = {"screens": [PROJECTOR_BACK_SCREENS["screens"][0],
                       {**PROJECTOR_BACK_SCREENS["screens"][1], "width": 1920, "height": 1080}]}
DRAGGED = """
import json
from PySide6.QtGui import QGuiApplication
from wtfc.ui.application import make_application
app = make_application()
from wtfc.ui.main_window import MainWindow
w = MainWindow(); w.resize(1300, 700); w.show()
room = w.room
laptop, projector = QGuiApplication.screens()
room.act_show.setChecked(True)
next(a for a in room.screen_menu.actions() if a.text().startswith("Built-in")).trigger()
app.processEvents()
room.window.act_full_screen.setChecked(False)  # F11 off: a window
room.window.setGeometry(1366 + 100, 100, 1200, 700)  # dragged onto the projector
app.processEvents()
real = QGuiApplication.screenAt  # as Qt does: the screen is off the list before it is said gone
QGuiApplication.screenAt = staticmethod(
    lambda p: None if projector.geometry().contains(p) else real(p))
room.screens.on_screen_removed(projector)
app.processEvents()
print(json.dumps({"bar": w.statusBar().currentMessage(),
                  "centre_x": room.window.geometry().center().x()}))
"""
DIALOG = """
import json
from PySide6.QtWidgets import QDialog
from wtfc.ui.application import make_application
app = make_application()
from wtfc.ui.main_window import MainWindow
from wtfc.ui.screen_fit import available_geometry
w = MainWindow(); w.resize(1300, 700); w.show()
dialog = QDialog(w)
before = available_geometry(dialog).getRect()  # not shown yet: it opens over the window
dialog.show(); app.processEvents()
dialog.windowHandle().setPosition(1366 + 200, 150)  # dragged onto the projector, as a hand does
app.processEvents()
print(json.dumps({"before": before,
                  "after": available_geometry(dialog, where_it_is=True).getRect()}))
"""


F1_ON_PROJECTOR = """
import json
from PySide6.QtGui import QGuiApplication
from wtfc.ui.application import make_application
app = make_application()
from wtfc.ui.main_window import MainWindow
w = MainWindow(); w.move(1366 + 100, 0); w.resize(1250, 700); w.show()
app.processEvents()
menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Help")
next(a for a in menu.actions() if a.text().replace("&", "") == "Keyboard shortcuts").trigger()
app.processEvents()
dialog = w.shortcuts_dialog
print(json.dumps({"x": dialog.frameGeometry().center().x(), "height": dialog.height()}))
"""


def _run(script: str, folder) -> dict:
    config = folder / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = child_env(QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                    HOME=str(folder), XDG_CONFIG_HOME=str(folder / "config"))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, env=env, timeout=120)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_room_window_dragged_onto_the_projector_falls_back_when_it_goes(tmp_path):
    facts = _run(DRAGGED, tmp_path)
    assert facts["bar"] == GONE
    assert facts["centre_x"] < 1366  # back on the laptop


def test_a_dialog_dragged_onto_the_projector_fits_the_projector(tmp_path):
    """Sized to the main window's screen, a dialog grown on the projector was pushed to its top."""
    facts = _run(DIALOG, tmp_path)
    assert facts["before"] == [0, 0, 1366, 768]
    assert facts["after"] == [1366, 0, 1920, 1080]


def test_the_shortcut_list_opens_over_a_window_on_the_projector(tmp_path):
    """It fits itself in its showEvent, shown but not yet placed: measured from where it was, it
    opened on the laptop as a narrow column (code review 23 H H2, after 8971e04)."""
    facts = _run(F1_ON_PROJECTOR, tmp_path)
    assert facts["x"] > 1366 and facts["height"] > 600
