"""A tag column's cells are read for details as the tags are kept: with a rich-text export's web
formatting taken off, so "Area" cells of "LS6&nbsp;2AB" are named in the report (review 34 R4
S2; F15)."""

from wtfc.importing.building import build_import
from wtfc.importing.mapping import Field, guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop


def test_a_postcode_behind_an_entity_in_a_tag_column_is_named():
    table = SourceTable(rows=[("Person", "Kind", "Statement", "Area"),
                              ("P01", "Working", "Lunch club", "LS6&nbsp;2AB"),
                              ("P02", "Working", "Day centre", "North")], source_name="x.csv")
    mapping = guess_mapping(table)
    mapping = mapping.with_field(3, Field.TAG) if mapping.fields[3] != Field.TAG else mapping
    plan = build_import(table, mapping, workshop=Workshop())
    assert plan.cards[0].tags == ["LS6 2AB"]
    assert plan.report.tag_columns == "The Area ([postcode]) column"
