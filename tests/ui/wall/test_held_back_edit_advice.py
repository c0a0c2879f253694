"""Editing a held-back card asks first, as its words show on this screen. The question's advice
was "If this screen is projected, hide it first (B on the room view blanks the projector)", but
B blanks only the room view's own window: a screen the room sees (mirrored, or the only one)
still showed the card, and with the room view on a second screen this screen was never the
room's (review 32 R3 S1). It now says what keeps the words from the room where the room view
is: the projector's own picture turned off, or that this screen is not the room's."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from screens_in_a_process import ONLY_ON_LINUX, run_screens
from screens_in_a_process import START as APP_START

from tests.ui.settled import settle
from wtfc.model.workshop import Stage

PICTURE_OFF = ("turn the projector's picture off first (its remote's Blank or AV-mute button, "
               "or Windows+P → PC screen only)")


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    """The held-back question's words, each time asked (answered Cancel: nothing shown)."""
    said: list[str] = []

    def question(_parent, title, text, *_a, **_k):
        said.append(f"{title} {text}")
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    return said


def _edit_held_back_on_collect(window) -> None:
    window.go_to_stage(Stage.COLLECT)
    collect = window.page(Stage.COLLECT)
    held = next(card for card in window.doc.workshop.cards if card.held_back)
    collect.select_cards([held.id])
    collect.edit_selected()


def _edit_held_back_on_the_wall(window) -> None:
    window.go_to_stage(Stage.THEME)
    wall = window.page(Stage.THEME)
    settle()
    key = next(key for key in wall.scene.cards if window.doc.card(key[0]).held_back)
    wall.scene.clearSelection()
    wall.scene.cards[key].setSelected(True)
    assert wall.ask_edit_card() is False  # Cancel: no dialog, the words stay hidden


def test_on_one_screen_it_says_to_turn_the_projectors_picture_off(demo_window, asked):
    """One screen (mirrored at the venue): with no room view up it may be the room's; with the
    room view up on it, Blank would leave this screen, beside it, in full view."""
    _edit_held_back_on_collect(demo_window)
    assert len(asked) == 1
    assert f"If the projector shows this screen, {PICTURE_OFF}." in asked[0]
    demo_window.room.act_show.setChecked(True)
    settle()
    _edit_held_back_on_collect(demo_window)
    _edit_held_back_on_the_wall(demo_window)
    assert len(asked) == 3
    for said in asked[1:]:
        assert ("The room view is on this screen, so the room may be seeing it: "
                f"{PICTURE_OFF}.") in said
    for said in asked:
        assert "blanks the projector" not in said and "B on the room view" not in said
    assert not demo_window.held_back.shown


# the room view on the projector (extended), then the laptop chosen for it, then closed
TWO_SCREENS = APP_START + """
from PySide6.QtWidgets import QMessageBox
hotplug.set_screens([LAPTOP, PROJECTOR])
asked = []
QMessageBox.question = lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel
from wtfc.model.demo import demo_path
from wtfc.model.workshop import Stage
from wtfc.ui.main_window import MainWindow
w = MainWindow(); w.files.open_path(demo_path(), as_copy=True, confirmed=True)
w.resize(1300, 700); w.show(); w.activateWindow(); app.processEvents()
room = w.room
w.go_to_stage(Stage.COLLECT)
collect = w.page(Stage.COLLECT)
collect.select_cards([next(c.id for c in w.doc.workshop.cards if c.held_back)])
def edit():
    for _ in range(5):
        app.processEvents()
    collect.edit_selected()
    return asked[-1]
facts = {}
room.act_show.setChecked(True)
facts["projector"] = edit()
next(a for a in room.screen_menu.actions() if a.text().startswith("Built-in")).trigger()
facts["laptop chosen"] = edit()
room.act_show.setChecked(False)
facts["room view closed"] = edit()
QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Discard  # closing
print(json.dumps(facts))
"""


@ONLY_ON_LINUX
def test_with_a_second_screen_it_says_where_the_room_view_is(tmp_path):
    facts = run_screens(TWO_SCREENS, tmp_path)
    assert "The room view is on another screen: this screen is not the room's." \
        in facts["projector"]
    assert PICTURE_OFF not in facts["projector"]
    assert f"so the room may be seeing it: {PICTURE_OFF}." in facts["laptop chosen"]
    assert f"If the projector shows this screen, {PICTURE_OFF}." in facts["room view closed"]
    for said in facts.values():
        assert "blanks the projector" not in said
