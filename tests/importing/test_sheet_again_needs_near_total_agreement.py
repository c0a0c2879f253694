"""Another area's sheet is not taken for an earlier import's sheet again on a few same words.

``sheet_again.codes_now`` lines a sheet up with each earlier import's cards by place and words,
and, when it agrees, keeps the sheet's codes as that import's people (ticked, no code of their
own is given). A few stock phrases ("Carers are always late") in the same rows as North's are
not enough: two rows at least must agree, at most one in five of the places may differ, and a
longer sheet needs three agreeing and nearly all the earlier import's cards found. Otherwise,
ticked ("codes of their own"), another area's P01 was joined to North's P01 and the rows in
North's words skipped as repeats: their cards lost."""
from __future__ import annotations

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.document import Document
from wtfc.model.workshop import Workshop

HEAD = ("Person", "Kind", "Statement", "Locality")
NORTH = [HEAD,
         ("P01", "Working", "My carer is kind and patient", "North"),
         ("P01", "Not working", "Carers are always late", "North"),
         ("P01", "Future", "To get out to the shops on my own", "North"),
         ("P02", "Working", "The lunch club on Tuesdays", "North"),
         ("P02", "Not working", "Nobody rings back when I call the office", "North"),
         ("P03", "Not working", "I feel lonely", "North"),
         ("P03", "Future", "To see my grandchildren more often", "North")]


def _plan(doc, rows):
    table = SourceTable(rows=list(rows), source_name="east.csv")
    return build_import(table, guess_mapping(table), workshop=doc.workshop,
                        person_codes=dict(doc.import_person_codes), own_codes=True)


def _with(rows) -> Document:
    doc = Document(Workshop())
    plan = _plan(doc, rows)
    import_edit(doc, plan).do(doc)
    doc.import_person_codes = dict(plan.person_codes)
    return doc


def _all_east_rows_kept_apart(doc, east) -> None:
    plan = _plan(doc, east)
    assert sorted(c.text for c in plan.cards) == sorted(r[2] for r in east[1:] if r[2])
    north = {p.id for p in doc.workshop.people}
    assert not {c.person for c in plan.cards} & north  # codes of their own, not North's


def test_one_row_in_norths_words_at_its_place_is_not_norths_sheet_again():
    doc = _with(NORTH)
    east = [HEAD, ("P01", "Working", "My carer is kind and patient", "East")]
    _all_east_rows_kept_apart(doc, east)


def test_two_rows_alike_among_seven_is_not_norths_sheet_again():
    doc = _with(NORTH)
    east = [HEAD,
            ("P01", "Working", "My carer is kind and patient", "East"),
            ("P01", "Not working", "Carers are always late", "East"),
            ("P01", "Future", "To stay in my own home", "East"),
            ("P02", "Working", "My neighbour helps with shopping", "East"),
            ("P02", "Not working", "The bus into town stopped running", "East"),
            ("P02", "Future", "A holiday by the sea", "East"),
            ("P02", "Working", "The library van", "East")]
    _all_east_rows_kept_apart(doc, east)


def test_a_longer_sheet_needs_three_rows_alike():
    doc = _with([HEAD, ("P01", "Working", "My carer is kind and patient", "North"),
                 ("P01", "Not working", "Carers are always late", "North")])
    east = [HEAD,
            ("P01", "Working", "My carer is kind and patient", "East"),
            ("P01", "Not working", "Carers are always late", "East"),
            ("P01", "Future", "To stay in my own home", "East"),
            ("P02", "Working", "My neighbour helps with shopping", "East")]
    _all_east_rows_kept_apart(doc, east)


def test_a_longer_sheet_must_find_nearly_all_the_earlier_cards():
    doc = _with(NORTH)
    # North's first three rows, then North's other rows' places empty, then rows past North's
    east = [HEAD, *[(*r[:3], "East") for r in NORTH[1:4]], *[("", "", "", "")] * 4,
            ("P01", "Working", "My neighbour helps with shopping", "East"),
            ("P02", "Working", "The library van", "East"),
            ("P02", "Not working", "No one calls", "East")]
    _all_east_rows_kept_apart(doc, east)


def test_one_code_on_rows_of_several_people_then_is_another_file():
    """North's words at North's places, but all under one code: not North's sheet (one code
    then, three people now), so ticked its P01 gets a code of its own, not North's P01."""
    doc = _with(NORTH)
    one = [HEAD, *[("P01", *r[1:3], "East") for r in NORTH[1:]]]
    plan = _plan(doc, one)
    assert {c.person for c in plan.cards} == {"P04"}
    assert [p.id for p in plan.people] == ["P04"]
