"""A list under a heading in a column where each answer starts with its question, with no kind
column ("What is working?⏎- My carers⏎- The lunch club"): the heading, taken off, was the
cell's only question, so each item was skipped as having no kind (F30 follow-up to 920dac8c).
The items now take the heading's kind, as a split cell's later answers take their question's
(ad7a3554)."""

from __future__ import annotations

from wtfc.importing.asked_answers import with_asked
from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop


def _plan(*cells: str):
    rows = [("Person ID", "Response"), *((f"P{n:02d}", c) for n, c in enumerate(cells, 1))]
    table = SourceTable(rows=rows, source_name="form.csv")
    return build_import(table, with_asked(table, guess_mapping(table)), workshop=Workshop())


def test_each_item_of_a_list_takes_its_headings_kind():
    plan = _plan("What is working?\n- My carers\n- The lunch club",
                 "What is not working? - The bus into town stopped",
                 "Problems\n- The carers are late\n- The food is cold")
    assert [(c.kind.value, c.text) for c in plan.cards] == [
        ("working", "My carers"), ("working", "The lunch club"),
        ("not_working", "The bus into town stopped"),
        ("not_working", "The carers are late"), ("not_working", "The food is cold")]
    assert not plan.report.skipped


def test_a_marked_question_is_no_heading_and_gives_no_card_a_kind():
    # "- What is working?" is the list's first item, not its heading: as before, no kind
    plan = _plan("- What is working?\n- My carers\n- The lunch club",
                 "What is not working? - The bus into town stopped",
                 "What is working? - My carers are kind")
    assert [c.text for c in plan.cards] == ["The bus into town stopped", "My carers are kind"]
    assert [s.row for s in plan.report.skipped] == [2, 2, 2]


def test_the_forecast_beside_import_skips_no_item_of_a_headed_list():
    # the mapping step's count said "4 answers from 2 rows: 4 with no kind" that Import kept
    from wtfc.importing.skip_forecast import forecast_skips

    cells = ("What is working?\n- My carers\n- The lunch club",
             "What is not working? - The bus into town stopped",
             "Problems\n- The carers are late\n- The food is cold")
    rows = [("Person ID", "Response"), *((f"P{n:02d}", c) for n, c in enumerate(cells, 1))]
    table = SourceTable(rows=rows, source_name="form.csv")
    skips = forecast_skips(table, with_asked(table, guess_mapping(table)))
    assert skips.no_kind == 0 and not skips.describe(), skips.describe()
