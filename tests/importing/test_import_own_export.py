"""Importing wtfc's own data export (its Cards sheet, or cards.csv), e.g. to start from last
cycle's cards, gives one card a row. The "Card id" column ("c01", "c02"…) was read as statements
too (188 cards from the demo's 94 rows, and "16 people have more than two cards of one kind"),
and the words the export writes for a tag it may not show, "(not shown, so no one can be
recognised)", became people's age band, service type and locality and cards' tags: the report's
"By locality" would have counted it as a place."""

from __future__ import annotations

import pytest

from wtfc.export.data import export_data
from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import Field, guess_mapping
from wtfc.importing.sources import read_source
from wtfc.model.demo import demo_path
from wtfc.model.document import Document
from wtfc.model.small_groups import HIDDEN
from wtfc.model.storage import load_workshop


@pytest.mark.parametrize(("written", "read"), [("d.csv", "d-cards.csv"), ("d.xlsx", "d.xlsx")])
def test_the_demos_exported_cards_come_back_one_card_a_row_with_no_placeholder_tag(
        tmp_path, written, read):
    demo = load_workshop(demo_path()).workshop
    export_data(demo, tmp_path / written)
    table = read_source(tmp_path / read)
    mapping = guess_mapping(table)
    assert mapping.fields[table.rows[0].index("Card id")] == Field.IGNORE
    doc = Document()
    plan = build_import(table, mapping, workshop=doc.workshop)
    # one card a row (the export leaves out the demo's 2 cards held back for a name)
    rows = table.rows[1:]
    assert len(plan.cards) == len(rows) == 94
    text = table.rows[0].index("Text")
    assert [c.text for c in plan.cards] == [" ".join(r[text].split()) for r in rows]
    assert not any("more than two cards" in line for line in plan.report.lines())
    import_edit(doc, plan).do(doc)
    people = doc.workshop.people
    assert len(people) == len(demo.people)
    tags = [t for c in doc.workshop.cards for t in c.tags]
    tags += [v for p in people for v in (p.age_band, p.service_type, p.locality)]
    assert tags and HIDDEN not in " ".join(tags)
    # what was shown comes back: the demo's "85+" where 5 or more people share it
    assert sum(p.age_band == "85+" for p in people) >= 5


@pytest.mark.parametrize("heading", ["Card id", "Card ID", "Statement ID", "Card number"])
def test_a_card_id_heading_is_no_statement_column(heading):
    assert guess_mapping_of([heading, "Kind", "Text"])[0] == Field.IGNORE


@pytest.mark.parametrize("heading", ["Card", "Cards", "Statement", "Comments"])
def test_statement_headings_still_are(heading):
    assert guess_mapping_of([heading, "Kind", "Person"])[0] == Field.TEXT


def guess_mapping_of(headings):
    from wtfc.importing.table import SourceTable

    rows = [tuple(headings), ("c01", "Working", "I like the lunch club"),
            ("c02", "Not working", "The bus is late")]
    return guess_mapping(SourceTable(rows=rows, source_name="x.csv")).fields
