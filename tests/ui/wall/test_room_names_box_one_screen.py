"""The room view on the only screen (a laptop mirrored on the projector) folds Collect's "Names
to watch for" box away with the held-back details: it listed every name pasted, notes and all,
beside the card table the room was seeing (review 36 R3 S1). Names put in while the room view is
up leave it folded, and opening it again then asks first, as Show held-back details does."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.settled import settle
from wtfc.model.workshop import Stage
from wtfc.ui.wall.room_held_back import NAMES_ASK_TITLE

NAMES = "Zebulon Quarrie\nrings after 5 pm\nMrs Patel"


@pytest.fixture
def names_open(demo_window):
    """Collect on screen, names pasted: the box opens itself with them."""
    window = demo_window
    window.go_to_stage(Stage.COLLECT, focus=True)
    page = window.page(Stage.COLLECT)
    page.names_box.setPlainText(NAMES)
    settle()
    assert page.names_fold.is_open() and page.names_box.isVisible()
    return window


def asked_with(monkeypatch, button) -> list[str]:
    asked: list[str] = []

    def question(_parent, title, text, *args, **kwargs):
        if title == "Unsaved changes":  # the window's close after the test discards: pytest-qt
            return QMessageBox.StandardButton.Discard  # closes it before fixtures go
        asked.append(f"{title}\n{text}")
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_room_view_on_the_only_screen_folds_the_names_away_and_says_why(names_open):
    window = names_open
    page = window.page(Stage.COLLECT)
    window.room.act_show.setChecked(True)
    settle()
    assert not page.names_box.isVisible() and not page.names_fold.is_open()
    assert window.statusBar().currentMessage() == (
        "Names to watch for hidden: the room view is on this screen (no second screen found)")
    assert page.names_fold.button.text() == "&Names to watch for (2)…"
    assert window.doc.names_to_watch  # still in use: only out of sight


def test_with_held_back_details_shown_the_foot_says_both_went(names_open):
    window = names_open
    window.show_held_back_action.trigger()
    window.room.act_show.setChecked(True)
    settle()
    assert not window.held_back.shown
    assert window.statusBar().currentMessage() == (
        "Held-back details and names to watch for hidden: the room view is on this screen "
        "(no second screen found)")


def test_names_put_in_with_the_room_view_up_leave_the_box_folded(demo_window):
    window = demo_window
    window.go_to_stage(Stage.COLLECT, focus=True)
    page = window.page(Stage.COLLECT)
    window.room.act_show.setChecked(True)
    settle()
    page.names_box.setPlainText(NAMES)  # a names list dropped on the button, say
    settle()
    assert not page.names_box.isVisible()
    assert window.doc.names_to_watch and page.names_fold.button.text().endswith("(2)…")
    assert window.statusBar().currentMessage().startswith("Names to watch for hidden: the room")


def test_opening_the_names_beside_the_room_view_asks_and_cancel_keeps_them_folded(
        names_open, monkeypatch):
    window = names_open
    page = window.page(Stage.COLLECT)
    window.room.act_show.setChecked(True)
    settle()
    asked = asked_with(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.names_fold.button.click()  # what Alt+N does while the box is folded
    assert [a.split("\n")[0] for a in asked] == [NAMES_ASK_TITLE]
    assert "The room view is on this screen (no second screen found)" in asked[0]
    assert "every name pasted" in asked[0]
    assert not page.names_box.isVisible()
    asked = asked_with(monkeypatch, QMessageBox.StandardButton.Yes)
    page.names_fold.button.click()
    assert len(asked) == 1 and page.names_box.isVisible()  # a person decided


def test_with_the_room_view_put_away_the_box_opens_unasked(names_open, monkeypatch):
    window = names_open
    page = window.page(Stage.COLLECT)
    window.room.act_show.setChecked(True)
    settle()
    window.room.act_show.setChecked(False)
    asked = asked_with(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.names_fold.button.click()
    assert asked == [] and page.names_box.isVisible()
