"""A name the guard found in one card holds back the other cards that carry it, in the app: a
card added or edited with "My PA Gwenllian", a card typed with a name another card is held back
for, and "Check all cards again". Each is one undo step; an everyday word is not spread."""

from __future__ import annotations

import pytest
from collect_fixtures import save_render

from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, PersonalDetail, Workshop
from wtfc.ui.wall import WallPanel

FOUND = "My PA Gwenllian is wonderful, she takes me out"
OTHERS = {
    "c1": "I love it when Gwenllian comes, she makes me laugh",
    "c2": "Gwenllian takes me out shopping on Fridays",
    "c3": "Gwenllian is the best, she takes me out",
}


@pytest.fixture
def doc():
    cards = [Card(id=i, kind=Kind.WORKING, text=t) for i, t in OTHERS.items()]
    cards += [
        Card(id="c4", kind=Kind.WORKING, text="I hope the buses improve"),
        Card(id="c5", kind=Kind.WORKING, text="The bus is late"),
    ]
    return Document(Workshop(cards=cards))


def _held(doc) -> list[str]:
    return sorted(c.id for c in doc.workshop.cards if c.held_back)


def _held_for_gwenllian() -> Card:
    return Card(
        id="c0", kind=Kind.WORKING, text=FOUND,
        personal_details=[PersonalDetail(start=6, end=15, category="name", text="Gwenllian")],
    )


def _add(page, words: str) -> None:
    page.add_card()
    page.card_dialog.words.setPlainText(words)
    page.card_dialog.person.setText("P01")
    page.card_dialog.accept()


def test_adding_a_card_with_a_found_name_holds_back_the_others_in_one_step(page, doc, undo):
    _add(page, FOUND)
    new = doc.workshop.cards[-1]
    assert _held(doc) == sorted(["c1", "c2", "c3", new.id])
    assert [d.text for d in doc.card("c2").personal_details] == ["Gwenllian"]
    assert undo.stack.count() == 1
    label = undo.stack.text(0)
    assert "hold back 3 cards with the same name" in label and "Gwenllian" not in label
    save_render(page, "collect_name_spread")
    undo.stack.undo()
    assert _held(doc) == [] and len(doc.workshop.cards) == 5
    undo.stack.redo()
    assert _held(doc) == sorted(["c1", "c2", "c3", new.id])


def test_a_card_typed_with_a_name_another_card_is_held_back_for_is_held_back(page, doc, undo):
    _add(page, FOUND)
    _add(page, "gwenllian rang to say she is ill")
    assert doc.workshop.cards[-1].held_back
    assert [d.text for d in doc.workshop.cards[-1].personal_details] == ["gwenllian"]


def test_an_everyday_word_found_as_a_name_holds_back_no_other_card(page, doc, undo):
    _add(page, "My carer Hope is kind")
    assert [d.text for d in doc.workshop.cards[-1].personal_details] == ["Hope"]
    assert not doc.card("c4").held_back  # "I hope the buses improve"
    assert "hold back" not in undo.stack.text(0)


def test_editing_a_card_to_hold_a_found_name_holds_back_the_others(page, doc, undo):
    page.select_cards(["c5"])
    page.edit_selected()
    page.card_dialog.words.setPlainText("My PA Gwenllian is late")
    page.card_dialog.accept()
    assert _held(doc) == ["c1", "c2", "c3", "c5"] and undo.stack.count() == 1
    undo.stack.undo()
    assert _held(doc) == [] and doc.card("c5").text == "The bus is late"
    undo.stack.redo()
    assert _held(doc) == ["c1", "c2", "c3", "c5"]


def test_new_words_that_keep_the_name_stay_held_back_and_without_it_do_not(show, doc, undo):
    doc.put_all([("cards", "c0", _held_for_gwenllian(), None)])
    panel = show(WallPanel(doc, undo), 1400, 900)
    assert panel.gestures.edit_text("c0", "Gwenllian is wonderful, she takes me out")
    assert [d.text for d in doc.card("c0").personal_details] == ["Gwenllian"]
    assert panel.gestures.edit_text("c0", "My PA is wonderful, she takes me out")
    assert not doc.card("c0").held_back


def test_check_all_cards_again_spreads_a_name_held_back_in_one_card(page, doc, undo):
    """A workshop saved before: one card held back for Gwenllian, the others not."""
    doc.put_all([("cards", "c0", _held_for_gwenllian(), None)])
    page.check_button.click()
    assert _held(doc) == ["c0", "c1", "c2", "c3"] and undo.stack.count() == 1
    assert "4 held back now (was 1)" in page.check_result.text()
    undo.stack.undo()
    assert _held(doc) == ["c0"]
    undo.stack.redo()
    assert _held(doc) == ["c0", "c1", "c2", "c3"]


def test_new_words_on_the_wall_hold_back_the_other_cards_too(show, doc, undo):
    panel = show(WallPanel(doc, undo), 1400, 900)
    assert panel.gestures.edit_text("c5", "My PA Gwenllian is late")
    assert _held(doc) == ["c1", "c2", "c3", "c5"]
    undo.stack.undo()
    assert _held(doc) == []
    undo.stack.redo()
    assert _held(doc) == ["c1", "c2", "c3", "c5"]
