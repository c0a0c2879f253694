"""A suggested group whose cards share little says so on its row, and the room names it (review
36 R5 S1, M1). The row read "I dont understand the financial assessment forms / 5 cards ·
shared words: understand": two of the five used "understand", two were about home care, and
its "check that each belongs" was only in the tooltip. That card's sentence was in the name
box, so one Ctrl+Enter made a theme named after it with the home-care cards in it. A pair
sharing no word was named after one of its two cards the same way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from suggestion_helpers import NW, suggested

from wtfc.clustering.suggest import Suggestion
from wtfc.model.document import Document
from wtfc.model.workshop import Card, Workshop

GROUP = "Group 1 (not named yet)"
FORMS = "I dont understand the financial assessment forms"
MIXED = ("m1", "m2", "m3", "h1", "h2")  # three about money, two about home care
LONELY = ("l1", "l2", "l3")
PAIR = ("p1", "p2")  # a cold wash and a widow's loneliness: no word shared
TEXTS = {
    "m1": FORMS,
    "m2": "Nobody helped me understand what I would have to pay",
    "m3": "The bills for my care keep going up every year",
    "h1": "different carer every day, I have to explain everything again",
    "h2": "The care agency keep changing the times of my visits without telling me",
    "l1": "I feel lonely in the evenings",
    "l2": "Lonely at night, the evenings drag",
    "l3": "I am lonely since my husband died",
    "p1": "I get cold when I have a wash",
    "p2": "Since my wife died the house is too quiet",
}
# as the grouping gives them (wtfc.clustering.key_phrases): its own words, its own name
SUGGESTIONS = [
    Suggestion(MIXED, FORMS, "These 5 cards are close in meaning; some of them mention "
               "“understand” (2 of 5): check that each belongs.", ("understand",), "m1"),
    Suggestion(LONELY, "I feel lonely in the evenings", "These 3 cards are close in meaning; "
               "they often mention “lonely” (3 of 3) and “evenings” (2 of 3).",
               ("lonely", "evenings"), "l1"),
    Suggestion(PAIR, "I get cold when I have a wash", "These 2 cards are close in meaning, "
               "though they share no words: check that each belongs.", (), "p1"),
]


@pytest.fixture
def doc():
    cards = [Card(id=i, kind=NW, text=t) for i, t in TEXTS.items()]
    return Document(Workshop(title="Weak groups", cards=cards))


@pytest.fixture
def page(qtbot, wall, monkeypatch):
    """The panel's suggestions, as the worker would give them for these cards."""
    monkeypatch.setattr("wtfc.clustering.suggest.suggest_themes",
                        lambda *_a, **_k: list(SUGGESTIONS))
    return suggested(qtbot, wall)


def _row(page, members) -> int:
    return next(i for i, s in enumerate(page.shown) if s.suggestion.member_ids == members)


def _text(page, row) -> str:
    """The row's words as read (its "check each card" is held on one line by no-break spaces)."""
    return page.list.item(row).text().replace("\u00a0", " ")


def _choose(page, members) -> int:
    row = _row(page, members)
    page.list.setCurrentRow(row)
    return row


def test_a_weak_group_says_check_each_card_on_its_row_and_is_not_named(page):
    row = _choose(page, MIXED)
    text = _text(page, row)
    # on the row, in words, first (a long list of words wraps): not in the tooltip alone
    assert "5 cards · ⚠ check each card · shared words: understand (2 of 5)" in text
    assert "Needs a name" in text and FORMS not in text
    assert page.name.text() == ""  # the room's "I" statement, not one person's sentence
    assert page.name.placeholderText().startswith("I …")  # what the box asks for instead
    heard = page.list.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "understand (2 of 5)" in heard and "check each card belongs" in heard
    assert "⚠" not in heard


def test_a_strong_group_keeps_its_name_and_says_who_uses_each_word(page):
    row = _choose(page, LONELY)
    text = _text(page, row)
    assert page.name.text() == "I feel lonely in the evenings"
    # a word every card uses needs no count; the others say how many
    assert "shared words: lonely, evenings (2 of 3)" in text and "check" not in text


def test_a_pair_sharing_no_word_is_not_named_after_one_card(page):
    row = _choose(page, PAIR)
    text = _text(page, row)
    assert "2 cards · ⚠ check each card · similar meaning, different words" in text
    assert "Needs a name" in text and page.name.text() == ""


def test_unticking_the_cards_that_do_not_belong_leaves_a_group_that_holds(page):
    row = _choose(page, MIXED)
    page.untick("h1")
    page.untick("h2")
    text = _text(page, row)
    assert "3 cards of 5 · shared words: understand (2 of 3)" in text
    assert "check each card" not in text
    assert page.name.text() == ""  # the name is still the room's to give


def test_ctrl_enter_on_a_weak_group_makes_a_group_to_name_not_a_card_named_theme(
        qtbot, wall, doc, undo, page):
    _choose(page, MIXED)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    names = [t.name for t in doc.workshop.themes]
    assert names == [GROUP] and FORMS not in names
    assert sorted(doc.workshop.themes[0].card_ids) == sorted(MIXED)
    assert f"Made the theme “{GROUP}” from 5 cards." in wall.suggestions.message.text()
    assert undo.stack.count() == 1
    undo.stack.undo()
    assert doc.workshop.themes == []
    row = _row(page, MIXED)  # back on the list as it was: still unnamed, still to check
    assert page.shown[row].name == "" and "check each card" in _text(page, row)
    undo.stack.redo()
    assert [t.name for t in doc.workshop.themes] == [GROUP]
    assert all(s.suggestion.member_ids != MIXED for s in page.shown)


def test_a_name_the_room_types_for_a_weak_group_is_its_name(page, doc, undo):
    _choose(page, MIXED)
    page.rename("I don't understand what I have to pay")
    assert page.accept_current()
    assert [t.name for t in doc.workshop.themes] == ["I don't understand what I have to pay"]
    undo.stack.undo()
    assert doc.workshop.themes == []
