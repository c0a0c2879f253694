"""A save after a person withdrew says the earlier version still holds what was taken off, even
when their cards had no name-like word (review R6 S3: "I want to choose when my visits
happen." deleted, and the save said only "Saved."). Deleting one card of someone who has others
(a duplicate) still says nothing, nor does renaming a person's code."""

from __future__ import annotations

from wtfc.importing.dropped_names import names_gone
from wtfc.model.document import Document
from wtfc.model.operations.cards import delete_cards
from wtfc.model.operations.people import rename_person
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import workshop_to_bytes
from wtfc.model.words_taken_off import parts_took_words_off, took_words_off
from wtfc.model.workshop import Card, Kind, Person, Theme, Workshop

PLAIN = ("I want to choose when my visits happen.", "the carers are always rushed")


def _doc() -> Document:
    cards = [Card(id=f"c{i}", kind=Kind.NOT_WORKING, text=text, person="P99")
             for i, text in enumerate(PLAIN)]
    cards += [Card(id="d1", kind=Kind.NOT_WORKING, text="the carers are always rushed",
                   person="P01"),
              Card(id="d2", kind=Kind.NOT_WORKING, text="nobody rings back", person="P01")]
    return Document(Workshop(title="Spring", people=[Person(id="P99"), Person(id="P01")],
                             cards=cards, themes=[Theme(id="t1", kind=Kind.NOT_WORKING,
                                                        name="Rushed", card_ids=["c1", "d1"])]))


def _took(edit) -> tuple[bool, bool]:
    """(in memory, from the two files) after ``edit``, as a save would ask."""
    doc = _doc()
    before, before_bytes = doc.detached_copy().workshop, workshop_to_bytes(doc.workshop)
    edit(doc).do(doc)
    return (parts_took_words_off(before, doc.workshop, names_gone),
            took_words_off(before_bytes, workshop_to_bytes(doc.workshop), names_gone))


def test_a_removed_person_with_plain_cards_counts_as_words_taken_off():
    assert _took(lambda d: remove_person(d, code="P99")) == (True, True)


def test_deleting_all_of_someones_cards_counts_too():
    assert _took(lambda d: delete_cards(d, card_ids=["c0", "c1"])) == (True, True)


def test_a_duplicate_deleted_or_a_code_renamed_says_nothing():
    assert _took(lambda d: delete_cards(d, card_ids=["d2"])) == (False, False)
    assert _took(lambda d: rename_person(d, old="P99", new="P98")) == (False, False)
