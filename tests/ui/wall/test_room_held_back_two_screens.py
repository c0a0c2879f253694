"""With a second screen (a projector, extended) the room view goes on it and the held-back
details the facilitator shows on the laptop stay shown, unasked; the laptop chosen as the room
view's screen hides them, as the only screen does (review 31 R2 #1), and so does the second
screen going mid-session (Win+P → Duplicate: the room view falls back onto the laptop's screen,
which the projector now mirrors; or the lid closed) (review 31 A2 S1), with the room view closed
for a break too (review 31 A4 S2). Runs in its own process:
the offscreen platform's screens are the process's (``screen_hotplug``, Linux only)."""

from __future__ import annotations

import pytest
from screens_in_a_process import ONLY_ON_LINUX, run_screens
from screens_in_a_process import START as APP_START

from wtfc.ui.wall.room_held_back import HIDDEN, WENT, WENT_TITLE
from wtfc.ui.wall.room_screens import PROJECTOR_GONE

pytestmark = ONLY_ON_LINUX

START = APP_START + """
from PySide6.QtWidgets import QMessageBox
hotplug.set_screens([LAPTOP, PROJECTOR])
asked = []
QMessageBox.question = lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Cancel
from wtfc.ui.main_window import MainWindow
w = MainWindow(); w.resize(1300, 700); w.show(); w.activateWindow(); app.processEvents()
room = w.room
def state():  # after a few turns of the event loop, as a facilitator would look

    for _ in range(5):
        app.processEvents()
    on = QGuiApplication.screenAt(room.window.frameGeometry().center())
    return {"on": on and on.name(), "shown": w.held_back.shown, "asked": list(asked),
            "bar": w.statusBar().currentMessage(), "room up": room.window.isVisible()}
facts = {}
"""

DAY = START + """
w.show_held_back_action.trigger()
room.act_show.setChecked(True)
facts["projector"] = state()
w.show_held_back_action.trigger(); w.show_held_back_action.trigger()  # off and on again
facts["shown again"] = state()
next(a for a in room.screen_menu.actions() if a.text().startswith("Built-in")).trigger()
facts["laptop chosen"] = state()
next(a for a in room.screen_menu.actions() if a.text().startswith("HDMI")).trigger()
w.show_held_back_action.trigger()  # on the projector again: shown, unasked
facts["projector again"] = state()
hotplug.set_screens([LAPTOP])  # Win+P -> Duplicate, or the cable re-seated
facts["duplicate"] = state()
from wtfc.ui.undo import LASTING
facts["duplicate"]["lasting"] = w.statusBar().property(LASTING)  # back after the words
hotplug.set_screens([LAPTOP, PROJECTOR])  # Extend again: the room view back on the projector
if not w.held_back.shown:
    w.show_held_back_action.trigger()
facts["extended again"] = state()
hotplug.set_screens([PROJECTOR])  # the lid closed: the window and the room view on one screen
facts["lid closed"] = state()
print(json.dumps(facts))
"""

# the room view on the projector, the details shown on the laptop; a break: the room view closed,
# then Win+P -> Duplicate (or the cable re-seated): the projector mirrors the laptop
BREAK = START + """
room.act_show.setChecked(True)
w.show_held_back_action.trigger()
room.act_show.setChecked(False)
facts["room closed"] = state()
hotplug.set_screens([LAPTOP])
facts["duplicate"] = state()
w.show_held_back_action.trigger()  # shown again: asked, and Cancel keeps them hidden
facts["cancelled"] = state()
QMessageBox.question = lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Yes
w.show_held_back_action.trigger()  # Yes: a person decided
facts["yes"] = state()
w.show_held_back_action.trigger(); w.show_held_back_action.trigger()  # off and on: decided
facts["again"] = state()
w.show_held_back_action.trigger()  # hidden, then the same break with nothing to hide
hotplug.set_screens([LAPTOP, PROJECTOR])
room.act_show.setChecked(True)
facts["nothing shown"] = state()
room.act_show.setChecked(False)
hotplug.set_screens([LAPTOP])
facts["nothing shown, duplicate"] = state()
QMessageBox.question = lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Cancel
w.show_held_back_action.trigger()  # ticked after that break: the room may see it, so it asks
facts["shown after nothing hidden"] = state()
print(json.dumps(facts))
"""


@pytest.fixture(scope="module")
def day(tmp_path_factory) -> dict:
    return run_screens(DAY, tmp_path_factory.mktemp("two-screens"))


@pytest.fixture(scope="module")
def break_day(tmp_path_factory) -> dict:
    return run_screens(BREAK, tmp_path_factory.mktemp("a-break"))


def test_on_the_projector_the_details_stay_as_the_facilitator_set_them(day):
    assert day["projector"]["on"] == "HDMI-1"
    assert day["projector"]["shown"] and day["projector"]["asked"] == []
    assert day["projector"]["bar"] == "Room view on HDMI-1 — Room view menu"
    assert day["shown again"]["shown"] and day["shown again"]["asked"] == []


def test_the_laptop_chosen_for_the_room_view_hides_them_and_says_how_to_move_it(day):
    chosen = day["laptop chosen"]
    assert chosen["on"] == "Built-in display" and not chosen["shown"]
    assert chosen["bar"] == f"{HIDDEN} — to move it: Room view → Room view screen"


def test_the_projector_going_mid_session_hides_them_and_says_why(day):
    """Win+P → Duplicate with the details shown beside the room view on the projector: Qt sees
    one screen, the room view falls back onto the laptop's, which the room now sees."""
    assert day["projector again"]["on"] == "HDMI-1" and day["projector again"]["shown"]
    gone = day["duplicate"]
    assert gone["on"] == "Built-in display" and gone["room up"]
    assert not gone["shown"] and gone["asked"] == []
    assert gone["bar"] == f"{HIDDEN} (no second screen found)"
    assert gone["lasting"] == PROJECTOR_GONE  # the projector's news comes back after


def test_the_laptop_going_with_the_room_view_on_the_projector_hides_them(day):
    """The lid closed: the facilitator's window goes onto the projector, beside the room view."""
    assert day["extended again"]["on"] == "HDMI-1" and day["extended again"]["shown"]
    closed = day["lid closed"]
    assert closed["on"] == "HDMI-1" and closed["room up"] and not closed["shown"]
    assert closed["bar"] == f"{HIDDEN} (no second screen found)"


def test_the_projector_going_with_the_room_view_closed_hides_them_too(break_day):
    """A break, the room view closed, then Win+P → Duplicate: the room sees this screen now."""
    assert break_day["room closed"]["shown"] and not break_day["room closed"]["room up"]
    gone = break_day["duplicate"]
    assert not gone["room up"] and not gone["shown"] and gone["asked"] == []
    assert gone["bar"] == WENT  # not "Room view on HDMI-1", a screen no longer there


def test_after_a_screen_went_showing_them_again_asks(break_day):
    cancelled = break_day["cancelled"]
    assert cancelled["asked"] == [WENT_TITLE] and not cancelled["shown"]
    assert break_day["yes"]["asked"] == [WENT_TITLE] * 2 and break_day["yes"]["shown"]
    again = break_day["again"]  # once said yes, as on any one screen: unasked
    assert again["shown"] and len(again["asked"]) == 2


def test_the_foot_no_longer_names_a_screen_gone(break_day):
    assert break_day["nothing shown"]["bar"] == "Room view on HDMI-1 — Room view menu"
    assert break_day["nothing shown, duplicate"]["bar"] == ""


def test_after_a_screen_went_with_nothing_shown_showing_them_asks_too(break_day):
    """The room may be seeing this screen whether or not the details happened to be shown as
    the screen went (review A5 S2)."""
    after = break_day["shown after nothing hidden"]
    assert after["asked"][-1:] == [WENT_TITLE] and len(after["asked"]) == 3
    assert not after["shown"]
