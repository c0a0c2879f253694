"""Two screens, the room view on the projector, held-back details shown on the laptop (unasked,
as designed) and names pasted to watch for: the facilitator's window dragged onto the projector
(or Win+Shift+→) showed "Mrs Patel from the agency…" and the names there, and nothing said so
(review 36 R3 S3). The move now hides them as putting the room view on the window's screen
does. Runs in its own process: the offscreen platform's screens are the process's."""

from __future__ import annotations

import pytest
from screens_in_a_process import ONLY_ON_LINUX, run_screens
from screens_in_a_process import START as APP_START

from wtfc.ui.wall.room_held_back import ASK_TITLE, MOVED

pytestmark = ONLY_ON_LINUX

MOVED_SCRIPT = APP_START + """
from PySide6.QtWidgets import QMessageBox
hotplug.set_screens([LAPTOP, PROJECTOR])
asked = []
QMessageBox.question = lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Cancel
from wtfc.model.workshop import Stage
from wtfc.ui.main_window import MainWindow
w = MainWindow(); w.resize(1300, 700); w.show(); w.activateWindow(); app.processEvents()
w.files.open_demo()
w.go_to_stage(Stage.COLLECT)
page = w.page(Stage.COLLECT)
page.names_box.setPlainText("Zebulon Quarrie")
room = w.room
def state():
    for _ in range(5):
        app.processEvents()
    me = QGuiApplication.screenAt(w.frameGeometry().center())
    return {"window on": me and me.name(), "shown": w.held_back.shown, "asked": list(asked),
            "bar": w.statusBar().currentMessage(), "names box": page.names_box.isVisible(),
            "c45": page.model.index(page.model.row_of("c45"), 1).data()}
facts = {}
room.act_show.setChecked(True)
w.show_held_back_action.trigger()
facts["laptop"] = state()
w.move(20 + 1366, 20)  # dragged onto the projector
facts["moved"] = state()
w.show_held_back_action.trigger()  # ticked again there: asked, and Cancel keeps them hidden
facts["again"] = state()
w.move(20, 20)  # back on the laptop: shown again, unasked
w.show_held_back_action.trigger()
facts["back"] = state()
print(json.dumps(facts))
"""


@pytest.fixture(scope="module")
def moved(tmp_path_factory) -> dict:
    return run_screens(MOVED_SCRIPT, tmp_path_factory.mktemp("window-moved"))


def test_moving_the_window_onto_the_room_views_screen_hides_the_details_and_names(moved):
    laptop = moved["laptop"]
    assert laptop["window on"] == "Built-in display" and laptop["shown"]
    assert laptop["names box"] and laptop["c45"].startswith("Mrs Patel")
    there = moved["moved"]
    assert there["window on"] == "HDMI-1"
    assert not there["shown"] and not there["names box"] and there["asked"] == []
    assert there["c45"].startswith("[name]")
    assert there["bar"] == MOVED.replace("Held-back details", "Held-back details and names "
                                         "to watch for")


def test_showing_them_there_asks_and_back_on_the_laptop_it_does_not(moved):
    assert moved["again"]["asked"] == [ASK_TITLE] and not moved["again"]["shown"]
    back = moved["back"]
    assert back["window on"] == "Built-in display"
    assert back["shown"] and back["asked"] == [ASK_TITLE]
