"""The look-ups a document keeps between edits follow every edit, its undo and its redo.

Pages read which themes hold a card, the unsorted cards and people per theme after every edit;
the document keeps them (and each part's place in its list) rather than work them out again.
``assert_valid`` (run by ``do_undo_redo``) compares them with a document made afresh.
"""

from __future__ import annotations

import pytest
from workshop_builders import (
    NW,
    W,
    assert_valid,
    do_undo_redo,
    ids,
    sample_document,
    sample_workshop,
    unsorted_ids,
)

from wtfc.model.document import Document
from wtfc.model.operations.cards import add_card, add_cards, delete_cards
from wtfc.model.operations.themes import move_cards
from wtfc.model.workshop import Card, Person, Workshop


def _warm(doc: Document) -> None:
    """Ask for every kept look-up, so the edit that follows must bring them up to date."""
    assert_valid(doc)


def test_deleting_scattered_cards_in_any_order_undoes_to_the_same_order():
    doc = sample_document()
    _warm(doc)
    edit = delete_cards(doc, card_ids=["f1", "n2", "w1", "n5", "n1"])

    def done(d):
        assert ids(d, "cards") == ["n3", "n4", "n6", "w2"]
        assert d.people_count(d.theme("package")) == 1  # only n3 (P02) is left in it
        assert "n1" not in d.themes_of_card()

    do_undo_redo(doc, edit, done, changed={"cards": {"f1", "n2", "w1", "n5", "n1"},
                                           "themes": {"package", "good"}})


def test_undoing_an_import_removes_just_its_cards_and_people():
    doc = sample_document()
    _warm(doc)
    new = [Card(id=f"x{i}", kind=NW if i % 2 else W, text=f"Imported {i}", person="P09")
           for i in range(40)]
    edit = add_cards(doc, people=[Person(id="P09")], cards=new, label="Import 40 cards")

    def done(d):
        assert ids(d, "cards")[-40:] == [c.id for c in new]
        assert unsorted_ids(d)[-40:] == [c.id for c in new]

    do_undo_redo(doc, edit, done)
    edit.undo(doc)
    assert ids(doc, "cards") == [c.id for c in sample_workshop().cards]
    assert ids(doc, "people") == ["P01", "P02", "P03"]


def test_a_new_card_and_a_move_are_seen_by_the_next_look_up():
    doc = sample_document()
    _warm(doc)
    add_card(doc, kind=NW, text="Meals come cold", person="P03").do(doc)
    card_id = ids(doc, "cards")[-1]
    assert unsorted_ids(doc)[-1] == card_id
    move_cards(doc, card_ids=[card_id], to_theme_id="package").do(doc)
    assert doc.themes_of_card()[card_id] == ["package"]
    assert card_id not in unsorted_ids(doc)
    assert doc.people_count(doc.theme("package")) == 3
    assert_valid(doc)


def test_opening_another_workshop_forgets_the_old_look_ups():
    doc = sample_document()
    _warm(doc)
    sample = sample_workshop()
    doc.replace_workshop(Workshop(people=sample.people, cards=sample.cards))
    assert dict(doc.themes_of_card()) == {}
    assert len(doc.unsorted_cards()) == 9
    assert_valid(doc)


def test_the_kept_placements_cannot_be_changed_by_a_reader():
    doc = sample_document()
    with pytest.raises(TypeError):
        doc.themes_of_card()["n5"] = ["package"]  # type: ignore[index]
    unsorted = doc.unsorted_cards()
    unsorted.clear()  # a reader's own list: the document's is untouched
    assert unsorted_ids(doc) == ["n5", "n6", "w2", "f1"]


def test_a_card_with_no_person_code_is_counted_as_no_one():
    """As the exports and Collect count: three cards with no person code were "3 people"
    on the priorities board and atop the why-tree, where Collect said "no person recorded"."""
    doc = sample_document()
    _warm(doc)
    for text in ("Carers are late", "Carers are late", "Nobody phones"):
        add_card(doc, kind=NW, text=text).do(doc)  # no person code
    new = ids(doc, "cards")[-3:]
    move_cards(doc, card_ids=new, to_theme_id="staff").do(doc)
    staff = doc.theme("staff")
    assert (doc.people_count(staff), doc.unrecorded_count(staff)) == (1, 3)  # n3, n4: P02's
    move_cards(doc, card_ids=new, to_theme_id="package", from_theme_id="staff").do(doc)
    package, staff = doc.theme("package"), doc.theme("staff")
    assert (doc.people_count(staff), doc.unrecorded_count(staff)) == (1, 0)
    assert (doc.people_count(package), doc.unrecorded_count(package)) == (2, 3)
    alone = Document(Workshop(cards=[Card(id="c1", kind=NW, text="Late")],
                              themes=[staff.model_copy(update={"card_ids": ["c1"]})]))
    assert (alone.people_count(alone.theme("staff")), alone.unrecorded_count(
        alone.theme("staff"))) == (0, 1)
    assert_valid(doc)
