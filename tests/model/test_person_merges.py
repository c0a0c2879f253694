"""A merge of person codes is remembered (format 5): merging P7 into P01 keeps P7 among P01's
``former_codes``, so a card or a later import still saying P7 is P01's; undo forgets it. A code
merged into someone stands for them alone, and the file says so plainly when it does not."""

from __future__ import annotations

import json
import re

import pytest
from workshop_builders import do_undo_redo, ids, sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.cards import add_card
from wtfc.model.operations.people import merged_codes, rename_person
from wtfc.model.storage import load_workshop, save_workshop
from wtfc.model.workshop import Card, Kind, Person


def _with(doc, *people: Person):
    """People with a card each, so they count."""
    for person in people:
        doc.workshop.people.append(person)
        doc.workshop.cards.append(
            Card(
                id=f"c{person.id}",
                kind=Kind.WORKING,
                text=f"{person.id} likes the lunch club",
                person=person.id,
            )
        )
    doc.replace_workshop(doc.workshop)
    return doc


def test_a_merge_keeps_the_old_code_and_undo_forgets_it():
    doc = _with(sample_document(), Person(id="P7"))
    edit = rename_person(doc, old="P7", new="P01")

    def done(d):
        assert d.get("people", "P01").former_codes == ["P7"]
        assert merged_codes(d.workshop) == {"P7": "P01"}
        assert "P7" not in ids(d, "people")

    do_undo_redo(doc, edit, done, changed={"cards": {"cP7"}, "people": {"P01", "P7"}})
    edit.undo(doc)
    assert doc.get("people", "P01").former_codes == [] and merged_codes(doc.workshop) == {}


def test_a_person_merged_again_brings_its_own_merged_codes():
    doc = _with(sample_document(), Person(id="P7"), Person(id="P007"))
    rename_person(doc, old="P7", new="P007").do(doc)
    rename_person(doc, old="P007", new="P01").do(doc)
    assert doc.get("people", "P01").former_codes == ["P007", "P7"]
    assert merged_codes(doc.workshop) == {"P007": "P01", "P7": "P01"}


def test_a_rename_keeps_the_merged_codes_and_a_rename_back_takes_one_off():
    doc = _with(sample_document(), Person(id="P7"))
    rename_person(doc, old="P7", new="P01").do(doc)
    rename_person(doc, old="P01", new="P001").do(doc)
    assert doc.get("people", "P001").former_codes == ["P7"]
    back = rename_person(doc, old="P001", new="P7")
    back.do(doc)
    assert doc.get("people", "P7").former_codes == []  # its code again, not a former one
    back.undo(doc)
    assert doc.get("people", "P001").former_codes == ["P7"]


def test_another_persons_merged_code_cannot_be_taken():
    doc = _with(sample_document(), Person(id="P7"))
    rename_person(doc, old="P7", new="P01").do(doc)
    says = "P7 was merged into P01 earlier, and a file that says P7 means P01: choose another code."
    with pytest.raises(EditRefused, match=re.escape(says)):
        rename_person(doc, old="P02", new="P7")


def test_a_card_typed_for_a_merged_code_is_that_persons():
    doc = _with(sample_document(), Person(id="P7"))
    rename_person(doc, old="P7", new="P01").do(doc)
    edit = add_card(doc, kind=Kind.FUTURE, text="See my grandson more", person="P7")
    new = edit.changes[-1].part_id

    def done(d):
        assert d.card(new).person == "P01"
        assert "P7" not in ids(d, "people")

    do_undo_redo(doc, edit, done, changed={"cards": {new}})


def test_the_merge_is_saved_and_read_back(tmp_path):
    doc = _with(sample_document(), Person(id="P7"))
    rename_person(doc, old="P7", new="P01").do(doc)
    save_workshop(doc.workshop, tmp_path / "w.wtfc", backup=False)
    raw = json.loads((tmp_path / "w.wtfc").read_text(encoding="utf-8"))
    assert raw["people"][0] == {
        "id": "P01",
        "former_codes": ["P7"],
        "voice": None,
        "age_band": "",
        "service_type": "",
        "locality": "",
    }
    assert load_workshop(tmp_path / "w.wtfc").workshop == doc.workshop
