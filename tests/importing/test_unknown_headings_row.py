"""A sheet whose headings wtfc does not know ("Q1, Q2, Q3" over P01…, statements, "Working"):
row 1 is its heading row, so a user who maps the columns by hand gets 6 cards from 6 rows,
not "from 7 rows; 1 skipped" with advice to define "Q3" as a kind (which would make "Q2" a
card). A sheet with no heading row at all still starts its data at row 1."""

from wtfc.importing.building import build_import
from wtfc.importing.mapping import Field, guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Kind, Workshop

ROWS = [(f"P0{n}", f"My carer is kind {n}", "Working") for n in range(1, 7)]


def test_unknown_headings_over_a_column_of_kinds_are_the_heading_row():
    table = SourceTable(rows=[("Q1", "Q2", "Q3"), *ROWS], source_name="cm.csv")
    mapping = guess_mapping(table)
    assert mapping.header_row == 0
    assert mapping.fields == (Field.PERSON, Field.TEXT, Field.KIND)
    plan = build_import(table, mapping, workshop=Workshop())
    assert [c.text for c in plan.cards] == [f"My carer is kind {n}" for n in range(1, 7)]
    assert {c.kind for c in plan.cards} == {Kind.WORKING}
    assert plan.report.skipped == []


def test_a_sheet_with_no_headings_still_reads_row_1_as_a_statement():
    table = SourceTable(rows=ROWS, source_name="plain.csv")
    mapping = guess_mapping(table)
    assert mapping.header_row is None
    assert len(build_import(table, mapping, workshop=Workshop()).cards) == 6
