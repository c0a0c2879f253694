"""The room view shown on the only screen (a laptop mirrored on the projector) hides the
held-back details the facilitator had shown, and the foot says why; showing them again while it
is up asks first (review 31 R2 #1). The demo holds back c45 ("Mrs Patel…") and c52 (a phone
number). The offscreen platform has one screen; two screens: test_room_held_back_two_screens."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.settled import settle
from wtfc.model.workshop import Stage
from wtfc.ui.cards_table import Column
from wtfc.ui.wall.room_held_back import ASK_TITLE, HIDDEN

PATEL = "Mrs Patel"


def collect_words(window, card_id: str) -> str:
    page = window.page(Stage.COLLECT)
    return page.model.index(page.model.row_of(card_id), Column.WORDS).data()


@pytest.fixture
def shown_on_collect(demo_window):
    """Collect on screen, Show held-back details ticked there to check a card."""
    window = demo_window
    window.go_to_stage(Stage.COLLECT, focus=True)
    window.page(Stage.COLLECT).show_held_back.setChecked(True)
    assert collect_words(window, "c45").startswith(PATEL)
    return window


@pytest.fixture
def room_up(shown_on_collect):
    """Then Room view → Show room view, on this, the only, screen."""
    window = shown_on_collect
    window.room.act_show.setChecked(True)
    settle()
    return window


def answer(monkeypatch, button) -> list[str]:
    asked: list[str] = []

    def question(_parent, title, text, *args, **kwargs):
        asked.append(f"{title}\n{text}")
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_showing_the_room_view_on_the_only_screen_hides_them_and_says_why(room_up):
    window = room_up
    assert window.statusBar().currentMessage() == f"{HIDDEN} (no second screen found)"
    assert collect_words(window, "c45").startswith("[name] from the agency")
    assert "01632" not in collect_words(window, "c52")
    page = window.page(Stage.COLLECT)
    assert not page.show_held_back.isChecked() and not window.show_held_back_action.isChecked()
    assert not window.held_back.shown and not window.held_back_warning.isVisible()


def test_showing_them_again_with_the_room_view_up_asks_and_cancel_keeps_them_hidden(
        room_up, monkeypatch):
    window = room_up
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    page = window.page(Stage.COLLECT)
    page.show_held_back.setChecked(True)  # ticked again on Collect
    assert [a.split("\n")[0] for a in asked] == [ASK_TITLE]
    assert "The room view is on this screen (no second screen found)" in asked[0]
    assert not page.show_held_back.isChecked() and not window.show_held_back_action.isChecked()
    assert collect_words(window, "c45").startswith("[name]")
    window.show_held_back_action.trigger()  # or from the Room view menu: asked again
    assert len(asked) == 2 and not window.held_back.shown
    assert not window.show_held_back_action.isChecked()


def test_yes_shows_them_and_hiding_the_room_view_lets_them_show_unasked(
        room_up, monkeypatch):
    window = room_up
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    window.show_held_back_action.trigger()
    assert len(asked) == 1 and window.held_back.shown
    assert collect_words(window, "c45").startswith(PATEL)
    assert window.held_back_warning.isVisible()  # the foot's warning, as ever while shown
    window.show_held_back_action.trigger()  # hidden: never asked
    window.room.act_show.setChecked(False)  # the room view put away
    window.show_held_back_action.trigger()
    assert len(asked) == 1 and window.held_back.shown
    window.room.act_show.setChecked(True)  # and up again: hidden again
    assert not window.held_back.shown


def test_hidden_already_the_room_view_says_only_where_it_is(demo_window):
    window = demo_window
    window.room.act_show.setChecked(True)
    settle()
    # the held-back details were hidden already: not named. The stage's notes on screen fold
    # for the room and are (07cc5f31); none typed, only where the room view is is said
    assert window.statusBar().currentMessage() == (
        "Your notes hidden: the room view is on this screen (no second screen found)")
    window.room.act_show.setChecked(False)
    window.stage_side.notes.box.clear()
    window.stage_side.notes.commit_pending()
    window.room.act_show.setChecked(True)
    settle()
    assert window.statusBar().currentMessage() == (
        "Room view on this screen (no second screen found) — Room view menu")
