"""The room's Welcome lays itself out again only for an edit that changes what it says: a card
added on Collect (the Welcome is the room's view there) lays nothing out, where each card typed
laid the whole view out again and tried its paint (19 ms a card); a purpose, a count or the
plan changed does."""

from __future__ import annotations

import datetime as dt

import pytest

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.operations.agenda import edit_stage_notes, set_stage_minutes
from wtfc.model.operations.cards import add_card
from wtfc.model.operations.details import edit_details
from wtfc.model.operations.record import set_room_count
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Kind, RoomRole, Stage
from wtfc.ui.boards.welcome_room import WelcomeRoomView


@pytest.fixture
def view(show, monkeypatch) -> WelcomeRoomView:
    doc = Document(load_workshop(demo_path()).workshop)
    shown = show(WelcomeRoomView(doc), 1366, 768)
    shown.grab()  # laid out and painted
    shown.laid_out = 0
    lay_out = WelcomeRoomView.lay_out

    def counted(self, height):
        self.laid_out += 1
        return lay_out(self, height)

    monkeypatch.setattr(WelcomeRoomView, "lay_out", counted)
    return shown


def _said(view: WelcomeRoomView) -> list[str]:
    words = []
    for page in range(view.page_count()):
        view.show_page(page)
        view.grab()
        words += [text for _px, text, _cut in view.drawn_text]
    return words


def test_cards_added_lay_nothing_out_again(view):
    doc = view._doc
    for n in range(10):
        add_card(doc, kind=Kind.WORKING, text=f"My neighbour calls, card {n}", person="P01").do(doc)
    edit_stage_notes(doc, Stage.THEME, "Bring the big pens.").do(doc)  # never read out
    assert view.laid_out == 0


@pytest.mark.parametrize(
    ("field", "value", "seen"),
    [
        ("purpose", "To agree what most needs to change.", "To agree what most needs to change."),
        ("title", "The Riverside review", "The Riverside review"),
        ("venue", "The Old School Rooms", "The Old School Rooms"),
        ("date", dt.date(2027, 3, 4), "4 March 2027"),
        ("agreements", "Everyone speaks once before anyone twice.", "Everyone speaks once"),
    ],
)
def test_an_edit_to_what_it_says_lays_it_out_again(view, field, value, seen):
    doc = view._doc
    edit_details(doc, **{field: value}).do(doc)
    assert view.laid_out >= 1
    assert any(seen in words for words in _said(view)), seen


def test_the_room_and_the_plan_changed_lay_it_out_again(view):
    doc = view._doc
    set_room_count(doc, role=RoomRole.OLDER_PEOPLE, count=41).do(doc)
    assert view.laid_out >= 1
    before = view.laid_out
    set_stage_minutes(doc, Stage.ACT, 25).do(doc)
    assert view.laid_out > before
    words = " ".join(_said(view))
    assert "41 of" in words and "Following the actions through" in words
