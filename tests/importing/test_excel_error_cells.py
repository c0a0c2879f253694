"""Statements that start with "-", "+", "=" or "@" survive Excel (review 26 markup #8).

The collection template formats its columns as Text, so Excel keeps "-not enough time" as
words. A sheet where Excel took such words for a formula has an error value (#NAME?) saved in
the cell in place of them: the import says so, with the cell and what to do, where it used to
add the row's other cards and leave these out without a word."""

import io
import re
import sys
import zipfile

import pytest
from openpyxl import load_workbook

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.preview import make_preview
from wtfc.importing.report import SkipReason
from wtfc.importing.sources import read_source
from wtfc.importing.template import TEMPLATE_HEADINGS, template_bytes
from wtfc.model.workshop import Workshop

TYPED = ["P01", "Older person", "North", "Home care", "85+", "My carer is kind",
         "I like my garden", "-not enough time", "Late visits", "+1 more visit a week",
         "Stay at home"]
# as Excel saves a General cell typed "-not enough time": a formula, and its error as the value
AS_EXCEL_SAVES = {"H8": '<c r="H8" t="e"><f>-not enough time</f><v>#NAME?</v></c>',
                  "J8": '<c r="J8" t="e"><f>+1 more visit a week</f><v>#NAME?</v></c>'}


def test_the_templates_columns_are_text_and_its_headings_stay_as_they_are():
    sheet = load_workbook(io.BytesIO(template_bytes(".xlsx"))).active
    letters = [chr(ord("A") + i) for i in range(len(TEMPLATE_HEADINGS))]
    assert [sheet.column_dimensions[x].number_format for x in letters] == ["@"] * 11
    headings = sheet.max_row
    assert [c.value for c in sheet[headings]] == list(TEMPLATE_HEADINGS)
    assert {c.number_format for c in sheet[headings]} == {"General"}


def test_words_typed_into_the_template_keep_their_leading_minus(tmp_path):
    """What Excel does with a Text column: "-not enough time" is kept as typed (written here
    as Excel would save it) and imports as a card."""
    path = tmp_path / "filled.xlsx"
    path.write_bytes(template_bytes(".xlsx"))
    workbook = load_workbook(path)
    workbook.active.append(TYPED)
    workbook.save(path)
    table = read_source(path)
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert "-not enough time" in [c.text for c in plan.cards] and not plan.report.skipped


def _filled_as_excel_saved_it(path):
    """The filled template with H8 and J8 as Excel saves words it took for a formula (as
    /tmp/markup/filled_excel.xlsx was made: the template filled, then those cells rewritten)."""
    path.write_bytes(template_bytes(".xlsx"))
    workbook = load_workbook(path)
    workbook.active.append(TYPED)
    workbook.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for cell, xml in AS_EXCEL_SAVES.items():
        sheet, found = re.subn(rf'<c r="{cell}"[^>]*>.*?</c>', xml, sheet)
        assert found == 1
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


@pytest.fixture(params=["calamine", "openpyxl"])
def reader(request, monkeypatch):
    """calamine reads an error cell as empty, openpyxl (where calamine is missing) as
    "#NAME?": both say it."""
    if request.param == "openpyxl":
        monkeypatch.setitem(sys.modules, "python_calamine", None)
    return request.param


def test_an_error_cell_is_said_with_its_cell_and_what_to_do(tmp_path, reader):
    table = read_source(_filled_as_excel_saved_it(tmp_path / "filled_excel.xlsx"))
    mapping = guess_mapping(table)
    plan = build_import(table, mapping, workshop=Workshop())
    assert [c.text for c in plan.cards] == ["My carer is kind", "I like my garden",
                                            "Late visits", "Stay at home"]  # no "#NAME?" card
    assert [(s.row, s.column, s.reason) for s in plan.report.skipped] == [
        (8, "Not working 1", SkipReason.EXCEL_ERROR), (8, "Future 1", SkipReason.EXCEL_ERROR)]
    lines = plan.report.lines()
    assert "4 cards added from 1 row; 2 skipped." in lines
    assert "  Row 8, Not working 1: an Excel error (cell H8 shows #NAME?)" \
        in lines
    assert "  Row 8, Future 1: an Excel error (cell J8 shows #NAME?)" in lines
    assert ("A cell that shows #NAME? holds no words: Excel took words "
            "starting with =, -, + or @ for a formula. In Excel, type an apostrophe (') before "
            "the words, save the file, and import it again.") in lines
    # said before Import too, beside the button: two cells of one row (code review A16 R0)
    assert make_preview(table, mapping).skips.describe() == (
        "⚠ Import will skip 2 answers from 1 row: 2 with a cell showing an Excel error "
        "(#NAME?). In Excel, type an apostrophe (') before the words in each cell showing "
        "#NAME?, save, and import again.")
    assert not any("#N/A or #REF!" in line for line in lines)  # no formula to blame


def test_wtfc_import_prints_it(tmp_path, capsys):
    path = _filled_as_excel_saved_it(tmp_path / "filled_excel.xlsx")
    assert main_import([str(path), "--into", str(tmp_path / "w.wtfc")]) == 0
    said = capsys.readouterr().out
    assert "Row 8, Not working 1: an Excel error (cell H8 shows #NAME?)" \
        in said
    assert "type an apostrophe (')" in said


def test_words_that_start_with_a_hash_are_still_words(tmp_path):
    """Only a cell Excel saved as an error is one: "#1 is my carer" typed is a card."""
    path = tmp_path / "filled.xlsx"
    path.write_bytes(template_bytes(".xlsx"))
    workbook = load_workbook(path)
    workbook.active.append([*TYPED[:7], "#1 problem: late visits", *TYPED[8:]])
    workbook.save(path)
    table = read_source(path)
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert "#1 problem: late visits" in [c.text for c in plan.cards]
    assert not plan.report.skipped
