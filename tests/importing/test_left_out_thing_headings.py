"""M3 survivor of abb151d8: a left-out column whose heading says a person but names a thing
("Team name", "Client relationship", "Carer's home") is not watched for. With the thing-heading
rule undone, 'Bramley', 'Daughter'... were watched and everyday cards went behind the guard."""

from __future__ import annotations

from wtfc.importing.building import build_import
from wtfc.importing.left_out import left_out_columns
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop

HEAD = ("Person", "Kind", "Statement", "Team name", "Client relationship")
ROWS = [("P01", "Working", "The Bramley lunch club is lovely", "Bramley", "Daughter"),
        ("P02", "Working", "My daughter helps with shopping", "Armley", "Son"),
        ("P03", "Not working", "Nobody rings back from Horsforth", "Horsforth", "Wife"),
        ("P04", "Working", "My son visits on Sundays", "Bramley", "Daughter")]


def test_thing_headings_are_not_watched_and_no_card_is_held():
    table = SourceTable(rows=[HEAD, *ROWS], source_name="export.xlsx")
    mapping = guess_mapping(table)
    assert not any(c.names for c in left_out_columns(table, mapping))
    plan = build_import(table, mapping, workshop=Workshop())
    assert not [c.text for c in plan.cards if c.personal_details]
