"""A filled-down long sheet where a lookup left #N/A in a person cell: the blanks below it are
that unknown person's rows, skipped with it, never given to the person above. Both readers
agree (calamine reads the error cell as blank, openpyxl as "#N/A")."""

from __future__ import annotations

import sys

import pytest
from openpyxl import Workbook

from wtfc.importing.building import build_import, import_edit
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.preview import make_preview
from wtfc.importing.sources import read_source
from wtfc.model.document import Document


@pytest.fixture(params=["calamine", "openpyxl"])
def reader(request, monkeypatch):
    if request.param == "openpyxl":
        monkeypatch.setitem(sys.modules, "python_calamine", None)
    return request.param


def _merged_sheet(path):
    """P01's rows, then the #N/A person's two rows, then P02's (codes on first rows only).
    openpyxl saves a cell set to "#N/A" as Excel saves an error value (t="e")."""
    workbook = Workbook()
    for row in (["Person", "Kind", "Statement"],
                ["P01", "Working", "I like my carer"],
                [None, "Not working", "The bus is late"],
                ["#N/A", "Working", "Lunch club is good"],
                [None, "Not working", "I am lonely at weekends"],
                ["P02", "Working", "My garden"],
                [None, "Working", "My dog"]):
        workbook.active.append(row)
    workbook.save(path)
    return path


def test_rows_below_an_error_person_go_to_no_one_with_either_reader(tmp_path, reader):
    table = read_source(_merged_sheet(tmp_path / "reviews.xlsx"))
    mapping = guess_mapping(table).with_fill_person_down(True)
    doc = Document()
    plan = build_import(table, mapping, workshop=doc.workshop)
    cards = [(c.person, c.text) for c in plan.cards]
    assert cards == [("P01", "I like my carer"), ("P01", "The bus is late"),
                     ("P02", "My garden"), ("P02", "My dog")]  # not "I am lonely…" as P01's
    lines = plan.report.lines()
    assert "  Row 4: an Excel error (the person cell A4 shows #N/A)" in lines
    assert "  Row 5: an Excel error (the person cell A4 shows #N/A)" in lines
    # the error cell is not a blank filled from above: rows 3 and 7 were
    assert "“Person” was blank on 2 rows below a person's code: each took the code from the " \
        "row above, as chosen." in lines
    # the forecast beside Import counts both rows
    assert make_preview(table, mapping).skips.excel_errors == 2
    edit = import_edit(doc, plan)
    edit.do(doc)
    assert len(doc.workshop.cards) == 4 and {p.id for p in doc.workshop.people} == {"P01", "P02"}
    edit.undo(doc)
    assert doc.workshop.cards == [] and doc.workshop.people == []
    edit.do(doc)
    assert [(c.person, c.text) for c in doc.workshop.cards] == cards


def test_without_fill_down_the_row_below_is_no_ones_card_with_either_reader(tmp_path, reader):
    table = read_source(_merged_sheet(tmp_path / "reviews.xlsx"))
    plan = build_import(table, guess_mapping(table), workshop=Document().workshop)
    assert ("", "I am lonely at weekends") in [(c.person, c.text) for c in plan.cards]
    assert "Lunch club is good" not in [c.text for c in plan.cards]


def test_wtfc_import_fill_down_skips_them_too(tmp_path, capsys, reader):
    from wtfc.importing.cli import main_import
    from wtfc.model.storage import load_workshop

    into = tmp_path / "w.wtfc"
    source = _merged_sheet(tmp_path / "reviews.xlsx")
    assert main_import([str(source), "--into", str(into), "--fill-down"]) == 0
    out = capsys.readouterr().out
    assert "Row 5: an Excel error (the person cell A4 shows #N/A)" in out
    cards = load_workshop(into).workshop.cards
    assert "I am lonely at weekends" not in [c.text for c in cards]
