"""The room view on the only screen (a laptop mirrored on the projector, Win+P → Duplicate) folds
the facilitator's stage notes away with the held-back details and the names to watch for: they
stayed open under "Your notes for Theme — not shown to the room" on the very screen the room saw,
and notes are where a facilitator writes "P07's daughter is here; go gently on card 4" (review 37
R2 finding 5). Opening them again then asks first (Cancel, the default, keeps them folded); the
room view closed (or put on another screen) opens them again, as they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from screens_in_a_process import ONLY_ON_LINUX, run_screens
from screens_in_a_process import START as APP_START

from tests.ui.settled import settle
from wtfc.model.agenda import plan_for
from wtfc.model.workshop import Stage
from wtfc.ui.wall.room_notes_kept import NOTES_ASK_TITLE

PRIVATE = "P07's daughter is here; go gently on card 4"


def asked_with(monkeypatch, button) -> list[str]:
    asked: list[str] = []

    def question(_parent, title, text, *args, **kwargs):
        if title == "Unsaved changes":  # the window's close after the test discards
            return QMessageBox.StandardButton.Discard
        asked.append(f"{title}\n{text}")
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def room_up(window) -> None:
    window.room.act_show.setChecked(True)
    settle()


def test_the_room_view_on_the_only_screen_folds_the_notes_and_says_why(demo_window):
    window = demo_window
    notes = window.stage_side.notes
    assert notes.box.isVisible() and notes.box.toPlainText()  # the demo's notes for Theme
    assert not notes.fold.button.isVisible()  # "Show your notes…" only while folded
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    room_up(window)
    assert not notes.box.isVisible()
    assert notes.label.text() == "Your notes for Theme — folded: the room may see this screen"
    assert notes.fold.button.isVisible()
    # after the room view's own news of where it went
    assert said[:2] == ["Room view on this screen (no second screen found) — Room view menu",
                        "Your notes hidden: the room view is on this screen (no second screen "
                        "found)"]


def test_with_held_back_details_shown_the_foot_says_all_that_went(demo_window):
    window = demo_window
    window.show_held_back_action.trigger()
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    room_up(window)
    assert not window.held_back.shown and not window.stage_side.notes.box.isVisible()
    assert ("Held-back details and your notes hidden: the room view is on this screen (no "
            "second screen found)") in said


def test_notes_being_typed_are_kept_as_they_fold(demo_window):
    window = demo_window
    notes = window.stage_side.notes
    window.stage_side.focus_notes()
    notes.box.setPlainText(PRIVATE)
    room_up(window)
    assert not notes.box.isVisible()
    assert plan_for(window.doc.workshop, Stage.THEME).notes == PRIVATE  # recorded, undoable
    assert notes.box.toPlainText() == PRIVATE


def test_another_stage_keeps_them_folded(demo_window):
    window = demo_window
    room_up(window)
    window.go_to_stage(Stage.UNDERSTAND)
    settle()
    notes = window.stage_side.notes
    assert not notes.box.isVisible()
    assert notes.label.text().startswith("Your notes for Understand — folded")


def test_opening_them_beside_the_room_view_asks_and_cancel_keeps_them_folded(
        demo_window, monkeypatch):
    window = demo_window
    notes = window.stage_side.notes
    room_up(window)
    asked = asked_with(monkeypatch, QMessageBox.StandardButton.Cancel)
    notes.fold.button.click()
    assert [a.split("\n")[0] for a in asked] == [NOTES_ASK_TITLE]
    assert "The room view is on this screen (no second screen found)" in asked[0]
    assert not notes.box.isVisible()
    asked = asked_with(monkeypatch, QMessageBox.StandardButton.Yes)
    notes.fold.button.click()
    assert len(asked) == 1 and notes.box.isVisible()  # a person decided
    assert notes.label.text() == "Your notes for Theme — not shown to the room"


def test_ctrl_shift_n_on_folded_notes_asks_too(demo_window, monkeypatch):
    window = demo_window
    notes = window.stage_side.notes
    room_up(window)
    asked = asked_with(monkeypatch, QMessageBox.StandardButton.Cancel)
    notes.go_to()  # what Ctrl+Shift+N (Stage → Your notes for this stage) does
    assert len(asked) == 1 and not notes.box.isVisible()


def test_the_room_view_put_away_opens_them_unasked(demo_window, monkeypatch):
    window = demo_window
    notes = window.stage_side.notes
    room_up(window)
    asked = asked_with(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.room.act_show.setChecked(False)
    settle()
    assert asked == [] and notes.box.isVisible() and not notes.fold.button.isVisible()
    assert notes.label.text() == "Your notes for Theme — not shown to the room"
    assert notes.box.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_the_ctrl_shift_n_key_itself_asks_and_yes_goes_to_them(demo_window, monkeypatch, qtbot):
    """Stage → Your notes for this stage set the keys in the folded box, unasked: the key
    itself goes through the fold (Cancel: the notes stay folded, the keys on Show your notes…)."""
    window = demo_window
    notes = window.stage_side.notes
    room_up(window)
    window.focus_page()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    asked = asked_with(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N, keys)
    assert len(asked) == 1 and not notes.box.isVisible() and not notes.box.hasFocus()
    asked = asked_with(monkeypatch, QMessageBox.StandardButton.Yes)
    window.focus_page()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N, keys)
    assert len(asked) == 1 and notes.box.isVisible() and notes.box.hasFocus()


# -- with a second screen: in its own process (the offscreen platform's screens are its own) ----

TWO_SCREENS = APP_START + """
from PySide6.QtWidgets import QMessageBox
hotplug.set_screens([LAPTOP, PROJECTOR])
QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Discard
from wtfc.ui.main_window import MainWindow
from wtfc.model.demo import demo_path
w = MainWindow(); w.resize(1300, 700); w.show(); w.activateWindow(); app.processEvents()
w.files.open_path(demo_path(), as_copy=True, confirmed=True)
room, notes = w.room, w.stage_side.notes
def folded():
    for _ in range(5):
        app.processEvents()
    return notes.box.isHidden()
facts = {}
room.act_show.setChecked(True)
facts["projector"] = folded()
next(a for a in room.screen_menu.actions() if a.text().startswith("Built-in")).trigger()
facts["laptop chosen"] = folded()
next(a for a in room.screen_menu.actions() if a.text().startswith("HDMI")).trigger()
facts["projector again"] = folded()
print(json.dumps(facts))
"""


@ONLY_ON_LINUX
def test_on_the_projector_the_notes_stay_and_the_laptop_chosen_folds_them(tmp_path):
    facts = run_screens(TWO_SCREENS, tmp_path)
    assert facts == {"projector": False, "laptop chosen": True, "projector again": False}


@pytest.fixture(autouse=True)
def _no_real_question(monkeypatch):
    """No dialog waits in a test: the room view's question answered Cancel, unless a test
    answers it."""
    asked_with(monkeypatch, QMessageBox.StandardButton.Cancel)
