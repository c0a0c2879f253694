"""Card operations: add, import, edit, redact, clear flags, delete — each done, undone, redone."""

from __future__ import annotations

import pytest
from workshop_builders import (
    NW,
    W,
    do_undo_redo,
    ids,
    sample_document,
    theme_cards,
    unsorted_ids,
)

from wtfc.model.errors import EditRefused
from wtfc.model.operations.cards import (
    add_card,
    add_cards,
    clear_card_details,
    delete_cards,
    edit_card,
    redact_card,
)
from wtfc.model.workshop import Card, Kind, Person, PersonalDetail


def test_add_card_lands_in_unsorted_and_brings_its_new_person():
    doc = sample_document()
    edit = add_card(doc, kind=Kind.FUTURE, text="  A garden I can get to  ", person="P09")
    card = edit.changes[-1].after
    assert edit.label == "Add card 'A garden I can get to'"

    def done(d):
        assert d.card(card.id).text == "A garden I can get to"  # trimmed
        assert unsorted_ids(d)[-1] == card.id
        assert len(d.workshop.cards) == 10
        assert ids(d, "people")[-1] == "P09"

    do_undo_redo(doc, edit, done, changed={"cards": {card.id}, "people": {"P09"}})


def test_add_card_for_a_known_person_adds_no_person():
    doc = sample_document()
    edit = add_card(doc, kind=Kind.WORKING, text="My carer knows me", person="P01")
    card_id = edit.changes[-1].part_id

    def done(d):
        assert len(d.workshop.people) == 3
        assert d.card(card_id).person == "P01"

    do_undo_redo(doc, edit, done, changed={"cards": {card_id}})


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_a_card_needs_words(text):
    doc = sample_document()
    with pytest.raises(EditRefused, match="needs some words"):
        add_card(doc, kind=NW, text=text)


def test_import_adds_people_and_cards_as_one_step_keeping_known_people():
    doc = sample_document()
    people = [Person(id="P01"), Person(id="P10"), Person(id="P11")]
    cards = [
        Card(id=f"i{n}", kind=NW, text=f"Imported statement {n}", person="P10") for n in range(3)
    ]
    edit = add_cards(doc, people=people, cards=cards, label="Import 3 cards from reviews.xlsx")
    assert edit.label == "Import 3 cards from reviews.xlsx"

    def done(d):
        assert ids(d, "people") == ["P01", "P02", "P03", "P10", "P11"]
        assert unsorted_ids(d)[-3:] == ["i0", "i1", "i2"]

    do_undo_redo(doc, edit, done, changed={"people": {"P10", "P11"}, "cards": {"i0", "i1", "i2"}})


def test_editing_words_asks_for_a_fresh_personal_detail_check():
    doc = sample_document()
    found = [PersonalDetail(start=0, end=5, category="name", text="Maude")]
    edit = edit_card(doc, card_id="n6", text="Maude said the bus is gone", personal_details=found)
    assert edit.label == "Edit card '[name] said the bus is gone'"  # never the name it holds

    def done(d):
        card = d.card("n6")
        assert card.text == "Maude said the bus is gone"
        assert card.personal_details == found
        assert card.held_back

    do_undo_redo(doc, edit, done, changed={"cards": {"n6"}})
    assert doc.card("n6").text == "Maude said the bus is gone"


def test_a_name_edited_out_by_hand_is_not_kept_in_the_edit_label():
    """The guard missed "Bernadette"; the facilitator edits her out. Edit → History and the Undo
    item (on a screen that may be projected) name the card by its new words, not the old."""
    doc = sample_document()
    doc.workshop.cards[0].text = "Tuesdays with Bernadette are the best"
    card_id = doc.workshop.cards[0].id
    new = "Tuesdays with my carer are the best"
    edit = edit_card(doc, card_id=card_id, text=new, personal_details=[])
    assert edit.label == "Edit card 'Tuesdays with my carer are the best'"

    def done(d):
        assert d.card(card_id).text == new

    do_undo_redo(doc, edit, done, changed={"cards": {card_id}})
    assert "Bernadette" not in edit.label  # the same label names the Undo and Redo items


def test_changing_only_the_kind_names_the_card_by_its_words():
    doc = sample_document()
    edit = edit_card(doc, card_id="f1", kind=Kind.WORKING)
    assert edit.label == f"Edit card '{doc.card('f1').text}'"


def _marked_fine(doc, card_id: str):
    clear_card_details(doc, card_ids=[card_id]).do(doc)
    assert not doc.card(card_id).held_back


def test_a_typo_fixed_in_a_card_marked_fine_keeps_the_mark():
    doc = sample_document()  # n6: "Dennis told me the bus is gone", Dennis flagged
    _marked_fine(doc, "n6")
    found = [PersonalDetail(start=0, end=6, category="name", text="Dennis")]
    edit = edit_card(
        doc, card_id="n6", text="Dennis told me the bus has gone", personal_details=found
    )

    def done(d):
        assert d.card("n6").text == "Dennis told me the bus has gone"
        assert not d.card("n6").held_back  # still shown: nothing new to look at

    do_undo_redo(doc, edit, done, changed={"cards": {"n6"}})
    edit.undo(doc)
    assert doc.card("n6").text == "Dennis told me the bus is gone"
    assert not doc.card("n6").held_back  # and marked fine still


def test_a_detail_moved_or_in_other_case_keeps_the_mark():
    doc = sample_document()
    _marked_fine(doc, "n6")
    found = [PersonalDetail(start=17, end=23, category="name", text="DENNIS")]
    edit_card(doc, card_id="n6", text="The bus is gone, DENNIS told me", personal_details=found).do(
        doc
    )
    assert not doc.card("n6").held_back


def test_a_new_detail_in_a_card_marked_fine_holds_it_back_again():
    doc = sample_document()
    _marked_fine(doc, "n6")
    found = [
        PersonalDetail(start=0, end=6, category="name", text="Dennis"),
        PersonalDetail(start=11, end=16, category="name", text="Maude"),
    ]
    edit = edit_card(
        doc, card_id="n6", text="Dennis and Maude told me the bus is gone", personal_details=found
    )

    def done(d):
        assert d.card("n6").held_back

    do_undo_redo(doc, edit, done, changed={"cards": {"n6"}})
    edit.undo(doc)
    assert not doc.card("n6").held_back


def test_a_card_never_marked_fine_stays_held_back_after_an_edit():
    doc = sample_document()
    found = [PersonalDetail(start=0, end=6, category="name", text="Dennis")]
    edit_card(doc, card_id="n6", text="Dennis told me the bus has gone", personal_details=found).do(
        doc
    )
    assert doc.card("n6").held_back


def test_editing_words_keeps_the_card_in_its_themes():
    doc = sample_document()
    edit = edit_card(doc, card_id="n3", text="No rota, ever")

    def done(d):
        assert d.card("n3").text == "No rota, ever"
        assert theme_cards(d, "package") == ["n1", "n2", "n3"]
        assert theme_cards(d, "staff") == ["n3", "n4"]

    do_undo_redo(doc, edit, done, changed={"cards": {"n3"}})


def test_edit_card_refuses_empty_words():
    doc = sample_document()
    with pytest.raises(EditRefused, match="delete the card"):
        edit_card(doc, card_id="n1", text="  ")


def test_an_unsorted_card_can_change_kind():
    doc = sample_document()
    edit = edit_card(doc, card_id="n5", kind=Kind.FUTURE)

    def done(d):
        assert d.card("n5").kind == Kind.FUTURE
        assert [c.id for c in d.unsorted_cards(Kind.FUTURE)] == ["n5", "f1"]

    do_undo_redo(doc, edit, done, changed={"cards": {"n5"}})


def test_a_themed_card_cannot_change_kind():
    doc = sample_document()
    with pytest.raises(EditRefused, match="out of its themes"):
        edit_card(doc, card_id="n1", kind=W)


def test_redact_replaces_each_personal_detail_with_its_category():
    doc = sample_document()
    edit = redact_card(doc, card_id="n6")
    assert edit.label == "Redact personal details in '[name] told me the bus is gone'"

    def done(d):
        card = d.card("n6")
        assert card.text == "[name] told me the bus is gone"
        assert not card.held_back

    do_undo_redo(doc, edit, done, changed={"cards": {"n6"}})


def test_redact_handles_several_details_from_the_end_backwards():
    doc = sample_document()
    text = "Ann at 4 Hill Road"
    details = [
        PersonalDetail(start=0, end=3, category="name", text="Ann"),
        PersonalDetail(start=7, end=18, category="address", text="4 Hill Road"),
    ]
    doc.workshop.cards.append(Card(id="x", kind=NW, text=text, personal_details=details))
    doc.replace_workshop(doc.workshop)
    edit = redact_card(doc, card_id="x")

    def done(d):
        assert d.card("x").text == "[name] at [address]"

    do_undo_redo(doc, edit, done, changed={"cards": {"x"}})


def test_clearing_flags_shows_the_cards_again():
    doc = sample_document()
    edit = clear_card_details(doc, card_ids=["n6", "n5"])
    assert edit.label == "Mark 2 cards as fine to show"

    def done(d):
        assert not d.card("n6").held_back
        assert d.card("n6").text == "Dennis told me the bus is gone"  # words untouched

    do_undo_redo(doc, edit, done, changed={"cards": {"n5", "n6"}})
    assert doc.card("n6").details_cleared
    edit.undo(doc)
    assert doc.card("n6").held_back


def test_marking_one_card_fine_names_it_by_its_words_without_the_details():
    doc = sample_document()
    edit = clear_card_details(doc, card_ids=["n6"])
    assert edit.label == "Mark '[name] told me the bus is gone' as fine to show"

    def done(d):
        assert not d.card("n6").held_back

    do_undo_redo(doc, edit, done, changed={"cards": {"n6"}})


def test_deleting_a_card_in_two_themes_takes_it_out_of_both_and_undo_puts_it_back_in_place():
    doc = sample_document()
    edit = delete_cards(doc, card_ids=["n3"])
    # by kind and person, never the words it was deleted for (History may be projected)
    assert edit.label == "Delete P02's ✗ Not working card"

    def done(d):
        assert d.get("cards", "n3") is None
        assert theme_cards(d, "package") == ["n1", "n2"]
        assert theme_cards(d, "staff") == ["n4"]
        assert len(d.workshop.cards) == 8

    do_undo_redo(doc, edit, done, changed={"cards": {"n3"}, "themes": {"package", "staff"}})
    edit.undo(doc)
    assert ids(doc, "cards")[2] == "n3"
    assert theme_cards(doc, "staff") == ["n3", "n4"]


def test_deleting_several_cards_is_one_step():
    doc = sample_document()
    edit = delete_cards(doc, card_ids=["n1", "n5", "f1"])
    assert edit.label == "Delete 3 cards"

    def done(d):
        assert ids(d, "cards") == ["n2", "n3", "n4", "n6", "w1", "w2"]
        assert theme_cards(d, "package") == ["n2", "n3"]
        assert unsorted_ids(d) == ["n6", "w2"]

    do_undo_redo(doc, edit, done, changed={"cards": {"n1", "n5", "f1"}, "themes": {"package"}})
