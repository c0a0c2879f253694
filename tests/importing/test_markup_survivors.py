"""M3 survivors of 33610c02 (markup taken off before the guard): a person's locality cell from a
rich-text field ("Leeds&nbsp;North") went into the person's details as typed; a cell escaped as a
whole ("&lt;p&gt;…&lt;/p&gt;") put "<p>" on the card; a Word style block left its CSS on a card."""

from __future__ import annotations

from wtfc.importing.building import build_import
from wtfc.importing.fields import Field
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.markup_cells import without_markup
from wtfc.importing.statements import read_statements
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop


def test_a_person_locality_cell_with_an_entity_is_read_as_typed():
    rows = [("Person", "Kind", "Statement", "Locality"),
            ("P01", "What is working?", "My carers come on time", "Leeds&nbsp;North"),
            ("P02", "What is working?", "The day centre", "Leeds North")]
    table = SourceTable(rows=rows, source_name="export.csv")
    mapping = guess_mapping(table).with_field(3, Field.PERSON_LOCALITY)
    read = read_statements(table, mapping)
    values = {v for s in read.statements for _, v in s.person_tags}
    assert values == {"Leeds North"}  # one locality, not "Leeds&nbsp;North" beside it
    workshop = Workshop()
    plan = build_import(table, mapping, workshop=workshop)
    assert plan.cards and not any("&nbsp;" in repr(c) for c in plan.cards)


def test_html_escaped_as_a_whole_is_taken_off():
    assert without_markup("&lt;p&gt;To get out to the shops&lt;/p&gt;").strip() == (
        "To get out to the shops")


def test_a_word_style_block_leaves_no_css_on_the_card():
    cell = ("<style>p.MsoNormal {margin:0cm; font-family:Calibri}</style>"
            "<p>I like the lunch club</p>")
    assert without_markup(cell).strip() == "I like the lunch club"
