"""A pasted given name that is also a word, starting a card ("Grace helps every Tuesday" with
Grace Okonkwo pasted), is held back by every card check: Check all cards again, Add card, the
wall's new card and Import. The guard alone read a sentence's first "Grace" as the word, so
the card stayed on the wall and the read-out showed it to the room, though the room views,
the letter and History read it as the name (review 32 W1 S1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importing.import_files import import_into
from wtfc.importing.name_spread import watched_and_found_names
from wtfc.model.document import Document
from wtfc.model.workshop import Card, Kind, Workshop

PASTED = "Grace Okonkwo\nSiobhán Ní Bhriain\nPatrick O'Neill"
NAMED = ["Grace helps every Tuesday", "Grace is kind", "Grace helps me with shopping",
         "Siobhán helps every Tuesday", "Patrick is always cheerful"]
CLEAR = ["I said grace before dinner", "The carers are always late",
         "Patrick's Day parade was lovely"]


def _workshop() -> Document:
    cards = [Card(id=f"c{i}", kind=Kind.WORKING, text=t) for i, t in enumerate(NAMED + CLEAR)]
    return Document(Workshop(title="names", cards=cards))


def _held(doc: Document) -> set[str]:
    return {c.text for c in doc.workshop.cards if c.held_back}


def test_check_all_cards_again_holds_back_a_card_starting_with_a_pasted_word_name(
        shown_page):
    doc = _workshop()
    page = shown_page(other=doc)
    page.watch_names.names_box.setPlainText(PASTED)
    page.watch_names.check_button.click()
    # "Patrick's Day": a name still, as the room views hide it (privacy first)
    assert _held(doc) == {*NAMED, "Patrick's Day parade was lovely"}
    grace = next(c for c in doc.workshop.cards if c.text == NAMED[0])
    assert [(d.text, d.category) for d in grace.personal_details] == [("Grace", "name")]
    page.undo.stack.undo()
    assert _held(doc) == set()


@pytest.mark.parametrize("words", NAMED[:3])
def test_add_card_holds_back_a_card_starting_with_a_pasted_word_name(page, doc, words):
    page.watch_names.names_box.setPlainText(PASTED)
    page.add_card()
    dialog = page.card_dialog
    dialog.words.setPlainText(words)
    assert dialog.verdict.text().startswith("⚠ Possible personal details: Grace.")
    dialog.accept()
    card = doc.workshop.cards[-1]
    assert card.text == words and card.held_back


def test_add_card_keeps_grace_the_word(page, doc):
    page.watch_names.names_box.setPlainText(PASTED)
    page.add_card()
    page.card_dialog.words.setPlainText("I said grace before dinner")
    assert page.card_dialog.verdict.text() == "No personal details found."
    page.card_dialog.accept()
    assert not doc.workshop.cards[-1].held_back


def test_the_walls_new_card_reads_the_pasted_names_the_same_way():
    """The wall's new card and Edit check typed words with the pasted names and those found
    in other cards (``gestures``): the same rule."""
    from wtfc.ui.card_guard import details_in

    names = watched_and_found_names(["Grace Okonkwo"], [])
    assert [d.text for d in details_in("Grace is kind", names)] == ["Grace"]
    assert details_in("I said grace before dinner", names) == []


def test_import_with_names_holds_back_a_statement_starting_with_a_pasted_word_name(
        tmp_path: Path):
    path = tmp_path / "cards.csv"
    path.write_text("kind,text\n" + "".join(f"working,{t}\n" for t in NAMED + CLEAR),
                    encoding="utf-8")
    doc = Document(Workshop())
    import_into(doc, path, known_names=tuple(PASTED.splitlines()))
    assert _held(doc) == {*NAMED, "Patrick's Day parade was lovely"}


def test_the_background_check_of_a_big_workshop_holds_them_back_too(shown_page, qtbot,
                                                                   monkeypatch):
    """2,000 cards or more are checked off the window's thread (names_check): the same rule."""
    from wtfc.ui.cards_held_back import WatchNamesBox

    monkeypatch.setattr(WatchNamesBox, "background_from", 0)
    doc = _workshop()
    page = shown_page(other=doc)
    page.watch_names.names_box.setPlainText(PASTED)
    page.watch_names.check_button.click()
    qtbot.waitUntil(lambda: page.undo.stack.count() == 1, timeout=10_000)
    assert _held(doc) == {*NAMED, "Patrick's Day parade was lovely"}
