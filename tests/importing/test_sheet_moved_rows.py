"""An earlier import's sheet again with its rows moved (code review A32 of F15): a row inserted at
the top, or its people in another order, is still known for that import's sheet, so its rows stay
on the people they were given (codes of their own, a rename), never onto another area's P01 nor
added twice; the first person of a sheet given codes of their own who withdrew stays out; the same
care manager's whole sheet sorted with one new row is no warning of other people."""
from __future__ import annotations

import pytest

from tests.importing.test_own_codes_safe import NORTH, SOUTH, _do, _north, _plan
from wtfc.model.document import Document
from wtfc.model.operations.people import rename_person
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.workshop import Workshop
from wtfc.ui.import_codes_note import codes_note_text


def _north_and_ticked_south():
    doc = _north()
    _do(doc, SOUTH, "south.csv", own_codes=True)  # P01 -> P04, P02 -> P05
    return doc


def _new(doc, before):
    return [(c.person, c.text) for c in doc.workshop.cards if c.id not in before]


CORRECTED = {
    "a row at the top": [SOUTH[0], ("P01", "South", "What's working", "My daughter visits"),
                         *SOUTH[1:]],
    "P02 first": [SOUTH[0], *SOUTH[4:], *SOUTH[1:4]],
}


@pytest.mark.parametrize("ticked", [False, True])
@pytest.mark.parametrize("how", list(CORRECTED))
def test_s1_a_corrected_south_sheet_after_the_tick_stays_on_souths_people(how, ticked):
    doc = _north_and_ticked_south()
    before = {c.id for c in doc.workshop.cards}
    _do(doc, CORRECTED[how], "south2.csv", own_codes=ticked)
    new = _new(doc, before)
    assert all(person == "P04" for person, _ in new), new
    assert len(new) == (1 if how == "a row at the top" else 0), new
    assert {p.id for p in doc.workshop.people} == {"P01", "P02", "P03", "P04", "P05"}


@pytest.mark.parametrize("ticked", [False, True])
def test_s1_renamed_norths_corrected_sheet_is_not_put_onto_souths_people(ticked):
    doc = _north()
    for old, new in (("P01", "N01"), ("P02", "N02"), ("P03", "N03")):
        rename_person(doc, old=old, new=new).do(doc)
    _do(doc, SOUTH, "south.csv")
    before = {c.id for c in doc.workshop.cards}
    again = [NORTH[0], ("P01", "Working", "My son phones every day", "North"), *NORTH[1:]]
    _do(doc, again, "north2.csv", own_codes=ticked)
    assert _new(doc, before) == [("N01", "My son phones every day")]


@pytest.mark.parametrize("ticked", [False, True])
def test_s2_the_first_person_given_a_code_of_their_own_who_withdrew_stays_out(ticked):
    doc = _north_and_ticked_south()
    remove_person(doc, code="P04").do(doc)
    before = {c.id for c in doc.workshop.cards}
    plan = _do(doc, SOUTH, "south2.csv", own_codes=ticked)
    assert _new(doc, before) == []
    assert any("withdrew" in line for line in plan.report.lines())


def test_r1_the_same_care_managers_whole_sheet_sorted_plus_a_row_is_no_warning():
    doc = _north()
    rows = [r[:3] for r in [NORTH[0], *sorted(NORTH[1:], key=lambda r: r[1]),
                            ("P02", "Future", "To feel safe at night", "North")]]
    plan = _plan(doc, rows, "north_all.csv")
    text = codes_note_text(plan.report.other_sheet_codes, plan.report.other_sheet_imports)
    assert not text.startswith("⚠"), text


NAMES_N = [("Person", "Kind", "Statement", "Locality"),
           ("Mrs A", "Working", "The lunch club on Tuesdays", "North"),
           ("Mrs A", "Not working", "Carers are always late", "North"),
           ("Mr B", "Future", "To see my grandchildren more often", "North")]
NAMES_S = [("Person", "Kind", "Statement", "Area"),
           ("Mrs A", "Working", "My neighbour helps with shopping", "South"),
           ("Mrs A", "Not working", "The bus stopped running", "South"),
           ("Mr C", "Future", "To stay in my own home", "South")]


@pytest.mark.parametrize("ticked", [False, True])
def test_s1_a_names_sheet_with_a_row_at_the_top_stays_on_souths_mrs_a(ticked):
    doc = Document(Workshop())
    _do(doc, NAMES_N, "north.csv")
    _do(doc, NAMES_S, "south.csv", own_codes=True)
    souths = next(c.person for c in doc.workshop.cards if c.text.startswith("My neighbour"))
    before = {c.id for c in doc.workshop.cards}
    again = [NAMES_S[0], ("Mrs A", "Future", "My garden", "South"), *NAMES_S[1:]]
    _do(doc, again, "south2.csv", own_codes=ticked)
    assert _new(doc, before) == [(souths, "My garden")]


WIDE_N = [("Person", "Locality", "What is working", "What is not working",
           "What is important for the future"),
          ("P01", "North", "My carer is kind", "Carers are always late", "To get out to the shops"),
          ("P02", "North", "The lunch club", "Nobody rings back", "To feel safe at night")]
WIDE_S = [("Person", "What is working", "What is not working", "What is important for the future"),
          ("P01", "The day centre staff listen to me", "Carers are always late",
           "To stay in my own home"),
          ("P02", "My neighbour helps with shopping", "The bus into town stopped running",
           "To go to church on Sundays")]


@pytest.mark.parametrize("ticked", [False, True])
def test_s1_a_wide_sheet_with_a_new_persons_row_at_the_top_adds_only_that_person(ticked):
    doc = Document(Workshop())
    _do(doc, WIDE_N, "north.csv")
    _do(doc, WIDE_S, "south.csv", own_codes=True)
    before = {c.id for c in doc.workshop.cards}
    again = [WIDE_S[0], ("P00", "I like the garden", "Nobody visits", "To walk again"),
             *WIDE_S[1:]]
    _do(doc, again, "south2.csv", own_codes=ticked)
    assert {person for person, _ in _new(doc, before)} == {"P00"}
    assert len(_new(doc, before)) == 3


@pytest.mark.parametrize("ticked", [False, True])
def test_s1_souths_sheet_with_its_first_row_deleted_adds_nothing(ticked):
    doc = _north_and_ticked_south()
    before = {c.id for c in doc.workshop.cards}
    _do(doc, [SOUTH[0], *SOUTH[2:]], "south2.csv", own_codes=ticked)
    assert _new(doc, before) == []
    assert len(doc.workshop.people) == 5


def test_another_areas_sheet_with_a_few_of_norths_words_is_still_kept_apart():
    doc = _north()
    other = [SOUTH[0], ("P01", "South", "What's not working", "Carers are always late"),
             ("P01", "South", "What's working", "My carer is kind and patient"),
             ("P01", "South", "Important to me in the future", "To stay in my own home")]
    _do(doc, other, "south.csv", own_codes=True)
    assert {c.person for c in doc.workshop.cards if c.text == "To stay in my own home"} == {"P04"}


def test_s2_the_note_does_not_call_the_withdrawn_code_this_sheets():
    doc = _north_and_ticked_south()
    remove_person(doc, code="P04").do(doc)
    plan = _do(doc, SOUTH, "south2.csv", own_codes=True)
    said = " ".join(plan.report.lines())
    assert "P04 withdrew" in said and "P01 is P04" in said
    assert "this sheet's P04" not in said  # the sheet calls them P01
