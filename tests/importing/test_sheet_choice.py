"""Which sheet of a workbook is read when the user has not chosen one: the first visible sheet
with statements in it, never a hidden old sheet or the instructions in front; the report
names the sheets left out."""

import builtins

import pytest
from openpyxl import Workbook

from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.sources import read_source
from wtfc.model.workshop import Workshop

ROWS = [["Person", "Kind", "Statement"], ["P01", "Working", "The day centre is brilliant"],
        ["P02", "Not working", "Too many forms to fill in"]]


def _workbook(path, sheets, *, hidden=(), active=0):
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.active = active
    book.save(path)
    return path


@pytest.fixture(params=["calamine", "openpyxl"])
def reader(request, monkeypatch):
    """Both readers choose alike (openpyxl reads where python-calamine is missing)."""
    if request.param == "openpyxl":
        real_import = builtins.__import__

        def without_calamine(name, *args, **kwargs):
            if name == "python_calamine":
                raise ImportError(name)
            return real_import(name, *args, **kwargs)

        monkeypatch.setattr(builtins, "__import__", without_calamine)
    return request.param


def test_a_hidden_first_sheet_is_passed_over(tmp_path, reader):
    path = _workbook(tmp_path / "reviews.xlsx", {
        "Old": [["Person", "Kind", "Statement"], ["X9", "Working", "OLD HIDDEN DATA"]],
        "Current": ROWS,
    }, hidden={"Old"}, active=1)
    table = read_source(path)
    assert table.sheet == "Current"
    assert table.sheet_names == ("Old", "Current") and table.hidden_sheets == ("Old",)
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert "OLD HIDDEN DATA" not in [c.text for c in plan.cards]
    assert table.sheet_note == (
        "The sheet 'Current' was read (the first is hidden). The workbook's other sheets were "
        "left out: 'Old' (hidden). To import one, choose it as the sheet to read.")
    assert table.sheet_note in plan.report.lines()
    # chosen by name, it is read all the same
    assert read_source(path, sheet="old").rows[1][2] == "OLD HIDDEN DATA"
    assert read_source(path, sheet="old").sheet_note == ""


def test_instructions_in_front_are_passed_over_for_the_sheet_with_statements(tmp_path, reader):
    path = _workbook(tmp_path / "reviews.xlsx", {
        "Instructions": [["How to fill this in: one row per statement"]],
        "Data": ROWS,
        "Lookups": [["Working"], ["Not working"]],
    }, hidden={"Lookups"})
    table = read_source(path)
    assert table.sheet == "Data"
    assert table.sheet_note == (
        "The sheet 'Data' was read (the first with statements in it). The workbook's other "
        "sheets were left out: 'Instructions', 'Lookups' (hidden). To import one, choose it "
        "as the sheet to read.")


def test_with_no_sheet_of_statements_the_first_visible_one_is_read(tmp_path, reader):
    path = _workbook(tmp_path / "reviews.xlsx", {
        "Hidden": [["x"]], "Cover": [["Spring reviews"]], "Notes": [["y"]]}, hidden={"Hidden"},
        active=1)
    assert read_source(path).sheet == "Cover"


def test_one_sheet_says_nothing_of_sheets(tmp_path, reader):
    path = _workbook(tmp_path / "reviews.xlsx", {"Reviews": ROWS})
    table = read_source(path)
    assert table.sheet == "Reviews" and table.sheet_note == ""
