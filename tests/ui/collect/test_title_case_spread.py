"""A card typed In Title Case keeps the guard's guessed name to itself when added or edited in
the app, as Import does: "My Daughter Booked Me A Taxi" is held back for "Booked Me", and the
demo's "Our visits are booked in fifteen-minute slots…" is not (it was, the app not passing the
card's words to the spread). One undo step each, as any edit."""

from __future__ import annotations

import pytest

from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.storage import load_workshop
from wtfc.ui.wall import WallPanel

BOOKED = "My Daughter Booked Me A Taxi"
DEMO_BOOKED = "c69"  # "Our visits are booked in fifteen-minute slots, …"


@pytest.fixture
def doc():
    return Document(load_workshop(demo_path()).workshop)


def _held(doc) -> set[str]:
    return {c.id for c in doc.workshop.cards if c.held_back}


def _add(page, words: str) -> None:
    page.add_card()
    page.card_dialog.words.setPlainText(words)
    page.card_dialog.person.setText("P01")
    page.card_dialog.accept()


@pytest.mark.parametrize("words", ["My Son Drives Me To Appointments", BOOKED])
def test_adding_a_title_case_card_on_the_demo_holds_back_that_card_only(page, doc, undo, words):
    before = _held(doc)
    _add(page, words)
    new = doc.workshop.cards[-1]
    assert new.text == words and new.held_back
    assert _held(doc) == before | {new.id}
    assert "hold back" not in undo.stack.text(0)
    undo.stack.undo()
    assert _held(doc) == before and len(doc.workshop.cards) == 96
    undo.stack.redo()
    assert _held(doc) == before | {new.id}


def test_editing_a_card_on_collect_into_title_case_holds_back_that_card_only(page, doc, undo):
    before = _held(doc)
    page.select_cards(["c01"])
    page.edit_selected()
    page.card_dialog.words.setPlainText(BOOKED)
    page.card_dialog.accept()
    assert _held(doc) == before | {"c01"} and not doc.card(DEMO_BOOKED).held_back
    undo.stack.undo()
    assert _held(doc) == before
    undo.stack.redo()
    assert _held(doc) == before | {"c01"}


def test_new_title_case_words_on_the_wall_hold_back_that_card_only(show, doc, undo):
    before = _held(doc)
    panel = show(WallPanel(doc, undo), 1400, 900)
    assert panel.gestures.edit_text("c01", BOOKED)
    assert _held(doc) == before | {"c01"} and not doc.card(DEMO_BOOKED).held_back
    undo.stack.undo()
    assert _held(doc) == before
    undo.stack.redo()
    assert _held(doc) == before | {"c01"}

