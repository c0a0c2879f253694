"""Screens that change while the room view is up, as Qt reports them (``screen_hotplug``): the
projector switched on late, Win+P from Duplicate to Extend, the room window dragged onto the
projector before F11, a screen that changes size, and the Room view screen menu's sizes, in
pixels as Windows' Display settings give them (review 28 R3 #1–#4); the laptop's lid closed
and opened with the projector kept as the main display (code review A1 #1). Runs in its own
process: the offscreen platform's screens are the process's. ``screen_hotplug`` reaches Qt's
Linux libraries by their C++ names, so elsewhere these tests skip."""

from __future__ import annotations

import pytest
from screens_in_a_process import ONLY_ON_LINUX, START, run_screens

from wtfc.ui.wall.room_screens import PROJECTOR_ON

pytestmark = ONLY_ON_LINUX

DAY = START + """
hotplug.set_screens([LAPTOP])
from wtfc.ui.main_window import MainWindow
w = MainWindow(); w.resize(1300, 700); w.show(); w.activateWindow(); app.processEvents()
room, bar, window = w.room, w.statusBar(), w.room.window
def state():
    for _ in range(5):
        app.processEvents()
    room.screen_menu.aboutToShow.emit()  # as opening the menu does
    on = QGuiApplication.screenAt(window.frameGeometry().center())
    return {"on": on and on.name(), "full": window.isFullScreen(), "shown": window.isVisible(),
            "geometry": window.geometry().getRect(), "frame": window.frameGeometry().getRect(),
            "bar": bar.currentMessage(), "keyboard here": app.activeWindow() is w,
            "menu": [a.text() for a in room.screen_menu.actions()],
            "ticked": [a.text() for a in room.screen_menu.actions() if a.isChecked()]}
def again():  # Show room view unticked and ticked again
    room.act_show.setChecked(False); room.act_show.setChecked(True)
def choose(name):
    next(a for a in room.screen_menu.actions() if a.text().startswith(name)).trigger()
facts = {}
room.act_show.setChecked(True)
facts["laptop alone"] = state()
hotplug.set_screens([LAPTOP, PROJECTOR])  # switched on after the room view went up
facts["projector on"] = state()
again()
facts["shown again"] = state()
room.act_show.setChecked(False)
hotplug.set_screens([LAPTOP]); hotplug.set_screens([LAPTOP, PROJECTOR])  # while hidden
room.act_show.setChecked(True)
facts["off and on while hidden"] = state()
hotplug.set_screens([LAPTOP, {**PROJECTOR, "width": 1280, "height": 720}])  # another mode
facts["projector's mode"] = state()
choose("Built-in")  # the facilitator wants it on the laptop: it stays, Show again too
again()
facts["laptop chosen"] = state()
window.act_full_screen.setChecked(False)
facts["a window"] = state()
window.windowHandle().setPosition(1366 + 60, 40)  # dragged by its title bar onto the projector
app.processEvents()
window.act_full_screen.trigger()  # F11 there
facts["dragged, F11"] = state()
again()
facts["dragged, shown again"] = state()
print(json.dumps(facts))
"""

DUPLICATE = START + """
hotplug.set_screens([LAPTOP])
from wtfc.ui.main_window import MainWindow
w = MainWindow(); w.resize(1000, 600); w.show()
room, window = w.room, w.room.window
def state():
    for _ in range(5):
        app.processEvents()
    return {"geometry": window.geometry().getRect(), "frame": window.frameGeometry().getRect(),
            "full": window.isFullScreen(), "on": QGuiApplication.screenAt(
                window.frameGeometry().center()).name(),
            "menu": [a.text() for a in room.screen_menu.actions()]}
facts = {}
room.act_show.setChecked(True)
hotplug.set_screens([{**LAPTOP, "width": 1024}])  # Win+P: Duplicate, at the projector's size
facts["window, duplicated"] = state()
window.act_full_screen.setChecked(True)  # F11: the room sees it through Duplicate
hotplug.set_screens([LAPTOP])  # the laptop's own size again
room.screen_menu.aboutToShow.emit()
facts["full screen, own size"] = state()
hotplug.set_screens([LAPTOP, hotplug.screen("HDMI-1", 1366, 1024, 768)])  # Win+P: Extend
facts["extended"] = state()
hotplug.set_screens([hotplug.screen("Built-in display", 0, 1920, 1080, scale=1.5),
                     hotplug.screen("HDMI-1", 1920, 1280, 720)])  # a 150 % laptop
room.screen_menu.aboutToShow.emit()
facts["150 %"] = state()
print(json.dumps(facts))
"""


LID = START + """
hotplug.set_screens([LAPTOP, PROJECTOR])
from wtfc.ui.main_window import MainWindow
w = MainWindow(); w.resize(1300, 700); w.show(); app.processEvents()
room, bar, window = w.room, w.statusBar(), w.room.window
def state():
    for _ in range(5):
        app.processEvents()
    on = QGuiApplication.screenAt(window.frameGeometry().center())
    return {"on": on and on.name(), "full": window.isFullScreen(), "bar": bar.currentMessage()}
def again():
    room.act_show.setChecked(False); room.act_show.setChecked(True)
facts = {}
room.act_show.setChecked(True)
facts["projector"] = state()
hotplug.set_screens([{**PROJECTOR, "x": 0}])  # lid closed: the projector alone, so main
facts["lid closed"] = state()
hotplug.set_screens([{**PROJECTOR, "x": 0}, {**LAPTOP, "x": 1024}])  # opened: projector main
facts["lid opened"] = state()
again()
facts["lid opened, shown again"] = state()
hotplug.set_screens([{**PROJECTOR, "x": 0}])
again()  # shown again with the lid closed: a window on the projector
hotplug.set_screens([{**PROJECTOR, "x": 0}, {**LAPTOP, "x": 1024}])
facts["shown with the lid closed, opened"] = state()
print(json.dumps(facts))
"""


@pytest.fixture(scope="module")
def day(tmp_path_factory) -> dict:
    return run_screens(DAY, tmp_path_factory.mktemp("projector-late"))


@pytest.fixture(scope="module")
def duplicate(tmp_path_factory) -> dict:
    return run_screens(DUPLICATE, tmp_path_factory.mktemp("duplicate"))


@pytest.fixture(scope="module")
def lid(tmp_path_factory) -> dict:
    return run_screens(LID, tmp_path_factory.mktemp("lid"))


def _inside(frame: list[int], screen: tuple[int, int, int, int]) -> bool:
    x, y, width, height = frame
    left, top, screen_width, screen_height = screen
    return left <= x and top <= y and x + width <= left + screen_width \
        and y + height <= top + screen_height


def test_on_a_laptop_alone_the_room_window_fits_the_screen(day):
    alone = day["laptop alone"]
    assert alone["on"] == "Built-in display" and not alone["full"]
    assert _inside(alone["frame"], (0, 0, 1366, 768))  # its frame ran past the edges
    assert alone["bar"] == "Room view on this screen (no second screen found) — Room view menu"
    assert alone["keyboard here"]


def test_a_projector_switched_on_later_takes_the_room_view_and_says_so(day):
    on = day["projector on"]
    assert on["on"] == "HDMI-1" and on["full"] and on["geometry"] == [1366, 0, 1024, 768]
    assert on["bar"] == PROJECTOR_ON
    assert on["ticked"] == ["HDMI-1 (1024×768)"]
    assert on["keyboard here"]  # the facilitator's typing goes on in their own window


def test_show_again_puts_it_on_the_projector_not_full_screen_on_the_laptop(day):
    for moment in ("shown again", "off and on while hidden"):
        assert day[moment]["on"] == "HDMI-1" and day[moment]["full"], moment
    assert day["shown again"]["bar"] == "Room view on HDMI-1 — Room view menu"


def test_a_projector_that_changes_mode_is_filled_again(day):
    mode = day["projector's mode"]
    assert mode["full"] and mode["geometry"] == [1366, 0, 1280, 720]  # no foot cut off
    assert mode["ticked"] == ["HDMI-1 (1280×720)"]
    assert mode["keyboard here"]


def test_the_laptop_chosen_stays_and_the_status_bar_says_how_to_move_it(day):
    chosen = day["laptop chosen"]
    assert chosen["on"] == "Built-in display" and chosen["full"]
    assert chosen["ticked"] == ["Built-in display (1366×768, main display)"]
    assert chosen["bar"] == ("Room view on this screen — to move it: Room view → Room view "
                             "screen")  # not "no second screen found", with two
    assert day["a window"]["on"] == "Built-in display"  # F11 off: a window where it was


def test_f11_on_a_window_dragged_to_the_projector_fills_the_projector(day):
    dragged = day["dragged, F11"]
    assert dragged["on"] == "HDMI-1" and dragged["full"]
    assert dragged["geometry"] == [1366, 0, 1280, 720]  # (in its new mode)
    assert dragged["ticked"] == ["HDMI-1 (1280×720)"]
    assert day["dragged, shown again"]["on"] == "HDMI-1"  # dragged there: chosen


def test_a_window_on_a_screen_that_shrinks_is_fitted_to_it(duplicate):
    window = duplicate["window, duplicated"]
    assert not window["full"] and _inside(window["frame"], (0, 0, 1024, 768))


def test_full_screen_follows_the_screen_and_the_menu_its_size(duplicate):
    own = duplicate["full screen, own size"]
    assert own["full"] and own["geometry"] == [0, 0, 1366, 768]
    assert own["menu"] == ["Built-in display (1366×768)"]  # not the Duplicate's 1024×768


def test_extend_after_f11_in_duplicate_moves_it_to_the_projector(duplicate):
    extended = duplicate["extended"]
    assert extended["on"] == "HDMI-1" and extended["full"]


def test_the_menu_gives_pixel_sizes_and_names_the_main_display(duplicate):
    """At 150 % the laptop's logical 1280×720 read the same as a 1280×720 projector."""
    assert duplicate["150 %"]["menu"] == ["Built-in display (1920×1080, main display)",
                                          "HDMI-1 (1280×720)"]


def test_the_lid_opened_with_the_projector_as_main_display_leaves_the_room_view_there(lid):
    """Windows keeps the projector as the main display when the lid opens: the laptop's screen
    arriving is not a projector switched on late (it took the room view, and the bar said it
    was on the projector)."""
    assert lid["projector"]["on"] == "HDMI-1" and lid["projector"]["full"]
    for moment in ("lid closed", "lid opened", "lid opened, shown again"):
        assert lid[moment]["on"] == "HDMI-1" and lid[moment]["full"], moment
        assert lid[moment]["bar"] != PROJECTOR_ON, moment
    assert lid["shown with the lid closed, opened"]["on"] == "HDMI-1"
    assert lid["shown with the lid closed, opened"]["bar"] != PROJECTOR_ON
