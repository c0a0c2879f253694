"""South's sheet came in with codes of their own (P01-P03 -> P04-P06); then two of South's people
withdrew. South's sheet again, ticked or not, brought their rows back: onto North's P01-P03
unticked, as P07-P09 ticked (mutation check M2, S1): the import's last card was taken for its
last row, and a first code whose person withdrew was never lined up. Now each sheet code with no
card left is lined up with the withdrawn code it was given (in the sheet's order): its rows stay
out as a withdrawn person's, and the report says which code each of the sheet's codes is now."""
from __future__ import annotations

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.report import SkipReason
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document
from wtfc.model.operations.withdraw import remove_person
from wtfc.model.workshop import Workshop

NORTH = [("Person", "Kind", "Statement", "Locality"),
         ("P01", "Working", "My carer is kind and patient", "North"),
         ("P02", "Not working", "Nobody rings back when I call the office", "North"),
         ("P03", "Future", "To see my grandchildren more often", "North")]
SOUTH = [("Code", "Area", "Type", "Comment"),
         ("P01", "South", "What's working", "The day centre staff listen to me"),
         ("P01", "South", "What's not working", "The bus into town stopped running"),
         ("P02", "South", "What's working", "My neighbour helps with shopping"),
         ("P02", "South", "What's not working", "No one calls"),
         ("P03", "South", "What's working", "The library van"),
         ("P03", "South", "Important to me in the future", "To stay in my own home")]


def _plan(doc, rows, own):
    table = SourceTable(rows=list(rows), source_name="x.csv")
    return build_import(table, guess_mapping(table), workshop=doc.workshop,
                        person_codes=dict(doc.import_person_codes), own_codes=own)


def _doc() -> Document:
    doc = Document(Workshop())
    for rows, own in ((NORTH, False), (SOUTH, True)):
        plan = _plan(doc, rows, own)
        import_edit(doc, plan).do(doc)
        doc.import_person_codes = dict(plan.person_codes)
    return doc


def test_two_withdrawn_stay_out_of_their_sheet_again():
    for gone in (("P05", "P06"), ("P04", "P06"), ("P04", "P05"), ("P04",)):
        for own in (False, True):
            doc = _doc()
            for code in gone:
                remove_person(doc, code=code).do(doc)
            again = _plan(doc, SOUTH, own)
            assert not again.cards, (gone, own, [(c.person, c.text) for c in again.cards])
            withdrew = [s for s in again.report.skipped if s.reason is SkipReason.WITHDRAWN]
            assert len(withdrew) == 2 * len(gone), (gone, own, again.report.skipped)
            said = " ".join(again.report.notes)
            for sheet, code in (("P01", "P04"), ("P02", "P05"), ("P03", "P06")):
                assert f"{sheet} is {code}" in said, (gone, own, said)
