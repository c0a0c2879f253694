"""A formula whose result was never saved (workbooks written by scripts and reporting tools)
reads as empty: its row is skipped for that reason, with what to do, not as "empty"."""

import pytest
from import_files import write_excel_like_xlsx, write_xlsx

from wtfc.importing import formula_cells
from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.preview import make_preview
from wtfc.importing.report import SkipReason
from wtfc.importing.sources import read_source
from wtfc.model.workshop import Workshop

ADVICE = "open the file in Excel, save it, and import it again."


def _plan(path):
    table = read_source(path)
    mapping = guess_mapping(table)
    return table, mapping, build_import(table, mapping, workshop=Workshop())


def test_unsaved_formulas_in_the_statement_and_kind_cells_are_named(tmp_path):
    path = write_xlsx(tmp_path / "written_by_a_script.xlsx", [
        ["Person", "Kind", "Statement", "Helper"],
        ["P20", "Working", "Lunch club is great", "x"],
        ["P21", "Not working", '=CONCATENATE("Transport is ","late")', "y"],
        ["P22", '=IF(D4="z","Future","Working")', "I want to garden", "z"],
        ["P23", "Working", "", "nothing typed here"],
    ])
    table, mapping, plan = _plan(path)
    assert [c.text for c in plan.cards] == ["Lunch club is great"]
    assert [(s.row, s.reason, s.detail) for s in plan.report.skipped] == [
        (3, SkipReason.FORMULA, "in Statement"),
        (4, SkipReason.FORMULA, "in Kind"),
        (5, SkipReason.EMPTY, "no statement in it"),
    ]
    lines = plan.report.lines()
    assert "  Row 3: a formula whose result was not saved (in Statement)" in lines
    assert any(line.endswith(ADVICE) for line in lines)
    preview = make_preview(table, mapping)
    assert preview.skips.formulas == 2 and preview.skips.no_statement == 1
    assert preview.skips.describe() == (
        "⚠ Import will skip 3 rows: 1 with no statement, 2 with a formula whose result was not "
        "saved. Open the file in Excel, save it, and import it again.")
    assert preview.rows[1].skipped == ("Row 3: a formula whose result was not saved "
                                       "(in Statement)",)


def test_nothing_imported_for_unsaved_formulas_says_what_to_do(tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", [["Kind", "Statement"], ["Working", "=A1"]])
    _, _, plan = _plan(path)
    assert plan.nothing_imported_reason() == (
        "Nothing could be imported: its one row was skipped. Cells that hold a formula whose "
        "result was not saved read as empty (a program, not Excel, saved the file): " + ADVICE)


def test_a_wide_cell_with_an_unsaved_formula_is_named(tmp_path):
    path = write_xlsx(tmp_path / "s.xlsx", [["Person", "Working 1", "Working 2"],
                                            ["P1", "Kind staff", "=B2"]])
    _, _, plan = _plan(path)
    assert [(s.row, s.column, s.reason) for s in plan.report.skipped] == [
        (2, "Working 2", SkipReason.FORMULA)]


def test_formulas_saved_by_excel_are_read_as_their_results(tmp_path):
    rows = [["Kind", "Statement"], ["Working", ""], ["Working", ""], ["Working", "Typed"]]
    path = write_excel_like_xlsx(tmp_path / "excel.xlsx", rows, raw_cells={
        "B2": '<c r="B2" t="str"><f>"Kind "&amp;"staff"</f><v>Kind staff</v></c>',
        "B3": '<c r="B3" t="str"><f>IF(A3="x","Late","")</f><v></v></c>',  # a result of ""
    })
    _, _, plan = _plan(path)
    assert [c.text for c in plan.cards] == ["Kind staff", "Typed"]
    assert [(s.row, s.reason) for s in plan.report.skipped] == [(3, SkipReason.EMPTY)]


def test_a_sheet_with_every_cell_filled_never_reads_its_formulas(tmp_path, monkeypatch):
    """The sheet's XML is read again only to explain a row that reads as empty."""
    def never(*args):
        raise AssertionError("the formulas were looked for")

    monkeypatch.setattr(formula_cells, "_unsaved_formulas", never)
    rows = [["Person", "Kind", "Statement"]] + [[f"P{i}", "Working", f"Words {i}"]
                                                for i in range(50)]
    table, mapping, plan = _plan(write_excel_like_xlsx(tmp_path / "s.xlsx", rows))
    assert len(plan.cards) == 50
    make_preview(table, mapping)
    with pytest.raises(AssertionError):
        (1, 2) in table.unsaved_formulas  # noqa: B015  (asked, it would look)
