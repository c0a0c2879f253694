"""A person with no cards (carried into this cycle with their tags) who withdraws still counts
as words taken off, so the save says the earlier version holds them (review A4 R2); a rename,
a merge, or a person added say nothing."""

from __future__ import annotations

from wtfc.importing.dropped_names import names_gone
from wtfc.model.document import Document
from wtfc.model.operations.people import rename_person
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.storage import workshop_to_bytes
from wtfc.model.words_taken_off import parts_took_words_off, took_words_off
from wtfc.model.workshop import Card, Kind, Person, Voice, Workshop


def _doc() -> Document:
    return Document(Workshop(title="Autumn", people=[
        Person(id="P01"), Person(id="P05", voice=Voice.FAMILY_CARER, age_band="55-64",
                                 locality="Riverside")],
        cards=[Card(id="d1", kind=Kind.WORKING, text="the bus is on time", person="P01")]))


def _took(edit) -> tuple[bool, bool]:
    """(in memory, from the two files) after ``edit``, as a save would ask."""
    doc = _doc()
    before, before_bytes = doc.detached_copy().workshop, workshop_to_bytes(doc.workshop)
    edit(doc).do(doc)
    return (parts_took_words_off(before, doc.workshop, names_gone),
            took_words_off(before_bytes, workshop_to_bytes(doc.workshop), names_gone))


def test_removing_a_person_with_no_cards_counts_as_words_taken_off():
    assert _took(lambda d: remove_person(d, code="P05")) == (True, True)


def test_a_rename_or_a_merge_of_a_person_with_no_cards_says_nothing():
    assert _took(lambda d: rename_person(d, old="P05", new="P09")) == (False, False)
    assert _took(lambda d: rename_person(d, old="P05", new="P01")) == (False, False)


def test_a_person_removed_while_another_is_added_still_counts():
    doc = _doc()
    before, before_bytes = doc.detached_copy().workshop, workshop_to_bytes(doc.workshop)
    remove_person(doc, code="P05").do(doc)
    after = doc.workshop.model_copy(update={"people": [*doc.workshop.people, Person(id="P06")]})
    assert parts_took_words_off(before, after, names_gone)
    assert took_words_off(before_bytes, workshop_to_bytes(after), names_gone)
