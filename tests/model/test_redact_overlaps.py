"""A card checked twice with names that overlap ("Jo", later "Jo Bloggs") keeps both findings (a
check only adds). Redact, the held-back preview and the Undo labels in Edit → History must then
show no part of the name (review 23 undo_model F1: "my carer [name]oggs rushes me")."""

from __future__ import annotations

from workshop_builders import do_undo_redo

from wtfc.model.document import Document
from wtfc.model.operations.cards import (
    clear_card_details,
    delete_cards,
    redact_card,
    words_without_details,
)
from wtfc.model.operations.checks import store_fresh_findings
from wtfc.model.workshop import Card, Kind, PersonalDetail, Workshop

TEXT = "my carer jo bloggs rushes me"


def _checked(*spans: tuple[int, int, str]) -> tuple[Document, Card]:
    """A document whose one card was checked once per span, as Check all cards again does."""
    card = Card(kind=Kind.NOT_WORKING, text=TEXT)
    doc = Document(Workshop(cards=[card]))
    for start, end, category in spans:
        found = {card.id: [PersonalDetail(start=start, end=end, category=category,
                                          text=card.text[start:end])]}
        store_fresh_findings(doc, findings=found).do(doc)
    return doc, doc.card(card.id)


def test_redact_leaves_no_part_of_a_name_found_twice_overlapping():
    doc, card = _checked((9, 11, "name"), (9, 18, "name"))  # "Jo", then "Jo Bloggs"
    assert len(card.personal_details) == 2  # the check kept both
    edit = redact_card(doc, card_id=card.id)
    assert edit.label == "Redact personal details in 'my carer [name] rushes me'"

    def done(d: Document) -> None:
        redacted = d.card(card.id)
        assert redacted.text == "my carer [name] rushes me"
        assert not redacted.held_back

    do_undo_redo(doc, edit, done, changed={"cards": {card.id}})


def test_the_held_back_preview_and_history_labels_show_no_part_of_the_name():
    doc, card = _checked((9, 11, "name"), (9, 18, "name"))
    assert words_without_details(card) == "my carer [name] rushes me"
    assert "oggs" not in clear_card_details(doc, card_ids=[card.id]).label
    assert "oggs" not in delete_cards(doc, card_ids=[card.id]).label


def test_a_detail_inside_a_wider_one_and_one_overlapping_its_end_are_one_placeholder():
    # "bloggs" alone (a surname pasted in), then "carer jo" (a wider, earlier finding)
    _, card = _checked((12, 18, "name"), (3, 11, "name"), (9, 18, "name"))
    assert words_without_details(card) == "my [name] rushes me"


def test_touching_details_are_one_placeholder_shown_as_the_widest():
    _, card = _checked((9, 11, "name"), (11, 18, "address"))  # " bloggs" touches "jo"
    assert words_without_details(card) == "my carer [address] rushes me"


def test_details_apart_are_each_replaced():
    _, card = _checked((0, 2, "name"), (9, 18, "name"))
    assert words_without_details(card) == "[name] carer [name] rushes me"
