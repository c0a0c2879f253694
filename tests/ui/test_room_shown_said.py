"""Room view → Show room view says at the laptop's foot where the room view went, for a few
seconds: "Room view on HDMI-1 — Room view menu". The projector changed and nothing on the
laptop said so (review 24 firsttime F6)."""

from __future__ import annotations

from types import SimpleNamespace

from wtfc.ui.pages import ROOM_SHOWN_MS


def test_showing_the_room_view_says_where_it_went(demo_window, monkeypatch):
    bar = demo_window.statusBar()
    room = demo_window.room
    room.act_show.setChecked(True)  # one screen here: it opens on this one
    assert bar.currentMessage() == "Room view on this screen (no second screen found) — Room " \
                                   "view menu"
    assert bar.isVisible() and 3000 <= ROOM_SHOWN_MS <= 10_000  # a few seconds
    room.act_show.setChecked(False)
    bar.clearMessage()
    projector = SimpleNamespace(name=lambda: "HDMI-1")
    monkeypatch.setattr("wtfc.ui.pages.screen_of",
                        lambda widget: projector if widget is room.window else None)
    room.act_show.setChecked(True)
    assert bar.currentMessage() == "Room view on HDMI-1 — Room view menu"
    room.act_show.setChecked(False)  # hidden: nothing more said
    assert bar.currentMessage() == "Room view on HDMI-1 — Room view menu"
