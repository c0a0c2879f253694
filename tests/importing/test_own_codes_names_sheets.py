"""Codes of their own and names sheets: the report of a names sheet imported again never says a
name (the sheet-again line is for codes: "P01 is P04"), and a named person who withdrew stays
out of a later sheet ticked "codes of their own" (their rows are not brought back under a new
code: the README's promise that a withdrawn person's rows stay out of later imports)."""
from __future__ import annotations

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.workshop import Workshop

NORTH = [("Person", "Kind", "Statement", "Locality"),
         ("Mrs A", "Not working", "Carers are always late", "North"),
         ("Mr B", "Working", "The lunch club", "North")]
SOUTH = [("Person", "Kind", "Statement", "Area"),
         ("Mrs A", "Not working", "Carers are always late", "South"),
         ("Mrs A", "Working", "My garden", "South"), ("Mr C", "Working", "Bingo", "South")]


def _plan(doc, rows, name, **options):
    table = SourceTable(rows=list(rows), source_name=name)
    return build_import(table, guess_mapping(table), workshop=doc.workshop,
                        person_codes=dict(doc.import_person_codes), **options)


def _do(doc, rows, name, **options):
    plan = _plan(doc, rows, name, **options)
    import_edit(doc, plan).do(doc)
    doc.import_person_codes = dict(plan.person_codes)
    return plan


def test_a_names_sheet_again_after_the_tick_says_no_name():
    doc = Document(Workshop())
    _do(doc, NORTH, "north.csv")
    _do(doc, SOUTH, "south.csv", own_codes=True)
    for own in (False, True):
        again = _plan(doc, SOUTH, "south.csv", own_codes=own)
        assert not again.cards
        said = "\n".join(again.report.lines())
        assert "Mrs A" not in said and "Mr C" not in said


def test_a_named_person_who_withdrew_stays_out_of_a_later_sheet_ticked():
    doc = Document(Workshop())
    _do(doc, NORTH, "north.csv")
    code = doc.import_person_codes["a"]  # the session keys "Mrs A" by "a"
    remove_person(doc, code=code).do(doc)
    later = [("Person", "Kind", "Statement"), ("Mrs A", "Future", "To see the sea"),
             ("Mr B", "Future", "To go dancing")]
    plan = _plan(doc, later, "north2.csv", own_codes=True)
    assert [c.text for c in plan.cards] == ["To go dancing"]
