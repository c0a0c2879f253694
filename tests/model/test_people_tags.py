"""A person's tags (voice, age band, service type, locality): set for several people as one
step, done, undone and redone; the values already used offered back; people found by a tag."""

from __future__ import annotations

import re

import pytest
from workshop_builders import do_undo_redo, sample_document

from wtfc.model.errors import EditRefused
from wtfc.model.operations.people import (
    people_tagged,
    set_person_tag,
    tag_text,
    tag_values,
)
from wtfc.model.workshop import Voice


def _person(doc, code):
    return doc.get("people", code)


def test_a_locality_for_two_people_is_one_step():
    doc = sample_document()
    edit = set_person_tag(doc, codes=["P03", "P01"], tag="locality", value="  North  ")
    assert edit.label == "Set locality to 'North' for P01 and P03"

    def done(d):
        assert [_person(d, c).locality for c in ("P01", "P02", "P03")] == ["North", "", "North"]

    do_undo_redo(doc, edit, done, changed={"people": {"P01", "P03"}})


def test_a_voice_is_chosen_from_its_list_and_cleared():
    doc = sample_document()
    edit = set_person_tag(doc, codes=["P02"], tag="voice", value=Voice.FAMILY_CARER)
    assert edit.label == "Set role to 'Family carer' for P02"
    do_undo_redo(doc, edit, lambda d: _person(d, "P02").voice == Voice.FAMILY_CARER)
    assert tag_text(_person(doc, "P02"), "voice") == "Family carer"
    cleared = set_person_tag(doc, codes=["P02"], tag="voice", value=None)
    assert cleared.label == "Clear role for P02"
    do_undo_redo(doc, cleared, lambda d: _person(d, "P02").voice is None)


def test_the_same_value_again_is_no_step():
    doc = sample_document()
    set_person_tag(doc, codes=["P01"], tag="age_band", value="85+").do(doc)
    assert set_person_tag(doc, codes=["P01"], tag="age_band", value="85+").is_empty


def test_many_people_are_counted_in_the_label():
    doc = sample_document()
    for code in ("P04", "P10"):
        doc.workshop.people.append(_person(doc, "P01").model_copy(update={"id": code}))
    doc.replace_workshop(doc.workshop)
    edit = set_person_tag(
        doc, codes=["P10", "P02", "P04", "P01"], tag="service_type", value="home care"
    )
    assert edit.label == "Set service type to 'home care' for 4 people"


@pytest.mark.parametrize(
    ("codes", "tag", "value", "said"),
    [
        ([], "locality", "North", "Choose the people to tag first."),
        (["P99"], "locality", "North", "There is no person P99 in this workshop."),
        (
            ["P01"],
            "locality",
            "x" * 301,
            "That is too long: a locality holds at most 300 characters.",
        ),
        (["P01"], "voice", "neighbour", "A role is one of: Older person, Family carer, Staff."),
    ],
)
def test_refusals_say_why_in_plain_english(codes, tag, value, said):
    with pytest.raises(EditRefused, match=re.escape(said)):
        set_person_tag(sample_document(), codes=codes, tag=tag, value=value)


def test_values_already_used_come_back_once_in_counting_order():
    doc = sample_document()
    for code, area in (("P01", "North 10"), ("P02", "north 10"), ("P03", "North 9")):
        set_person_tag(doc, codes=[code], tag="locality", value=area).do(doc)
    assert tag_values(doc, "locality") == ["North 9", "North 10"]


def test_people_are_found_by_any_of_their_tags():
    doc = sample_document()
    set_person_tag(doc, codes=["P01", "P03"], tag="locality", value="North").do(doc)
    set_person_tag(doc, codes=["P02"], tag="voice", value=Voice.FAMILY_CARER).do(doc)
    assert people_tagged(doc, "north") == {"P01", "P03"}
    assert people_tagged(doc, " family   CARER ") == {"P02"}
    assert people_tagged(doc, "south") == frozenset()


def test_one_tag_exactly_is_that_tag_and_no_longer_one():
    doc = sample_document()
    set_person_tag(doc, codes=["P01"], tag="locality", value="North").do(doc)
    set_person_tag(doc, codes=["P02"], tag="locality", value="Northfield").do(doc)
    set_person_tag(doc, codes=["P03"], tag="service_type", value="North  home care").do(doc)
    assert people_tagged(doc, "north") == {"P01", "P02", "P03"}  # words typed: contains
    assert people_tagged(doc, " NORTH ", tag="locality") == {"P01"}
    assert people_tagged(doc, "north home care", tag="service_type") == {"P03"}
    assert people_tagged(doc, "north", tag="service_type") == frozenset()
