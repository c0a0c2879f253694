"""The mapping step's preview says what Import will skip; a statement cell holding only a copied
zero-width space, joiner or byte-order mark gives no card at import, so the preview must not
count it as one."""

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.preview import make_preview
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop


@pytest.mark.parametrize("invisible", ["\u200b", "\u200d", "\u200c", "\u2060", "\ufeff",
                                       " \u200b\u00a0", "\ufeff\u200b"])
def test_a_statement_of_only_invisible_characters_is_forecast_as_skipped(invisible):
    table = SourceTable(rows=[("Person", "Kind", "Statement"), ("P01", "red", "I wait"),
                              ("P02", "red", invisible), ("P03", "green", "Lunch club")],
                        source_name="reviews.xlsx")
    mapping = guess_mapping(table)
    preview = make_preview(table, mapping)
    plan = build_import(table, mapping, workshop=Workshop())
    assert len(plan.cards) == 2
    assert preview.skips.total == len(plan.report.skipped) == 1
    assert preview.skips.describe() == "⚠ Import will skip 1 row: 1 with no statement."
    # the preview's own row says it too, as the forecast does
    assert [row.cards for row in preview.rows][1] == ()
    assert preview.rows[1].skipped


def test_a_wide_row_of_only_invisible_statements_is_forecast_as_skipped():
    table = SourceTable(rows=[("Person", "WW 1", "NWW 1"), ("P01", "Lunch club", "\u200b"),
                              ("P02", "\u200b", "\ufeff")], source_name="reviews.xlsx")
    mapping = guess_mapping(table)
    assert mapping.layout == "wide"
    preview = make_preview(table, mapping)
    plan = build_import(table, mapping, workshop=Workshop())
    assert [c.text for c in plan.cards] == ["Lunch club"]
    assert preview.skips.total == len(plan.report.skipped) == 1
    assert preview.skips.no_statement == 1


def test_words_after_an_invisible_character_are_still_a_card():
    table = SourceTable(rows=[("Person", "Kind", "Statement"), ("P01", "red", "\u200bI wait")],
                        source_name="reviews.xlsx")
    mapping = guess_mapping(table)
    assert make_preview(table, mapping).skips.total == 0
    assert len(build_import(table, mapping, workshop=Workshop()).cards) == 1
