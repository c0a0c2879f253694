"""Excel error values (#N/A, #REF!, #NAME?…) in the Person, Kind and tag columns (code review A3
F4, F5). A lookup's #N/A read as a blank person ("“Person” is blank… write it on each row"),
a #REF! kind as "the kind cell is blank", and with openpyxl a #REF! locality was stored on the
person as a real tag. Now each is said with its cell, as statement cells are, never stored; and
the advice fits the error: an apostrophe only for #NAME? (words Excel took for a formula), the
words or code typed in for a formula's #N/A or #REF!."""

import sys

import pytest
from openpyxl import Workbook, load_workbook

from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.preview import make_preview
from wtfc.importing.report import EXCEL_ERROR_ADVICE, FORMULA_ERROR_ADVICE, SkipReason
from wtfc.importing.sources import read_source
from wtfc.importing.template import template_bytes
from wtfc.model.workshop import Workshop


@pytest.fixture(params=["calamine", "openpyxl"])
def reader(request, monkeypatch):
    """calamine reads an error cell as empty, openpyxl (where calamine is missing) as "#N/A"."""
    if request.param == "openpyxl":
        monkeypatch.setitem(sys.modules, "python_calamine", None)
    return request.param


def _sheet(path, rows):
    """openpyxl saves a cell set to "#N/A" as Excel saves an error value (t="e")."""
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def _plan(path):
    table = read_source(path)
    mapping = guess_mapping(table)
    return table, mapping, build_import(table, mapping, workshop=Workshop())


def test_person_and_kind_errors_are_said_with_their_cells_not_as_blanks(tmp_path, reader):
    path = _sheet(tmp_path / "reviews.xlsx", [
        ["Person", "Kind", "Statement"], ["P01", "Working", "I like my carer"],
        ["#N/A", "Working", "My garden"], ["P03", "#REF!", "Stairs are hard"],
        ["P04", "Not working", "#NAME?"]])
    table, mapping, plan = _plan(path)
    assert [(c.text, c.person) for c in plan.cards] == [("I like my carer", "P01")]
    assert [p.id for p in plan.people] == ["P01"]  # no "#N/A" person, no card to no one
    assert all(s.reason == SkipReason.EXCEL_ERROR for s in plan.report.skipped)
    lines = plan.report.lines()
    start = lines.index("Skipped as an Excel error: 3.")
    assert lines[start:start + 4] == ["Skipped as an Excel error: 3.",
                          "  Row 3: an Excel error (the person cell A3 shows #N/A)",
                          "  Row 4: an Excel error (the kind cell B4 shows #REF!)",
                          "  Row 5: an Excel error (cell C5 shows #NAME?)"]
    said = "\n".join(lines)
    assert "blank" not in said and "unknown kind" not in said
    assert EXCEL_ERROR_ADVICE in lines and FORMULA_ERROR_ADVICE in lines  # #NAME? and the rest
    # the mapping step asks what no kind value means ("#REF!" is no kind to map), and says
    # the same beside Import
    preview = make_preview(table, mapping)
    assert preview.unknown_kind_values == []
    assert preview.skips.describe() == (
        "⚠ Import will skip 3 rows: 3 with a cell showing an Excel error (#N/A, #NAME?, #REF!). "
        "In Excel, type an apostrophe (') before the words in each cell showing #NAME? and type "
        "the words or code in place of the formula in each cell showing #N/A or #REF!, save, "
        "and import again.")


def test_a_lookups_na_in_place_of_a_statement_asks_for_the_words_not_an_apostrophe(
        tmp_path, reader):
    path = _sheet(tmp_path / "reviews.xlsx", [
        ["Person", "Kind", "Statement"], ["P01", "Working", "I like my carer"],
        ["P02", "Working", "#N/A"]])
    table, mapping, plan = _plan(path)
    lines = plan.report.lines()
    assert "  Row 3: an Excel error (cell C3 shows #N/A)" in lines
    assert FORMULA_ERROR_ADVICE in lines
    assert not any("apostrophe" in line for line in lines)  # no words to put one before
    assert make_preview(table, mapping).skips.describe() == (
        "⚠ Import will skip 1 row: 1 with a cell showing an Excel error (#N/A). In Excel, type "
        "the words or code in place of the formula in each cell showing #N/A, save, and import "
        "again.")


def test_nothing_imported_for_errors_says_what_to_do(tmp_path, reader):
    path = _sheet(tmp_path / "reviews.xlsx", [
        ["Person", "Kind", "Statement"], ["#N/A", "Working", "I like my carer"]])
    reason = _plan(path)[2].nothing_imported_reason()
    assert reason.startswith("Nothing could be imported: its one row was skipped")
    assert reason.endswith(FORMULA_ERROR_ADVICE)


def test_tag_and_role_errors_are_left_blank_and_said_once(tmp_path, reader):
    """The collection template (wide: one row a person): the errors are no one's role or
    locality, and the report says which cells, once."""
    path = tmp_path / "template.xlsx"
    path.write_bytes(template_bytes(".xlsx"))
    workbook = load_workbook(path)
    sheet = workbook.active
    for row in (["P01", "Older person", "North", "Home care", "75-84", "I like my carer"],
                ["P02", "#NAME?", "#REF!", "Home care", "75-84", "My garden"],
                ["P03", "Older person", "North", "Home care", "#VALUE!", "Stairs"]):
        sheet.append(row)
    workbook.save(path)
    first = sheet.max_row - 2  # P01's row number
    plan = _plan(path)[2]
    people = {p.id: p for p in plan.people}
    assert (people["P02"].voice, people["P02"].locality) == (None, "")
    assert (people["P03"].age_band, people["P03"].locality) == ("", "North")
    assert people["P01"].locality == "North"
    assert len(plan.cards) == 3 and not plan.report.skipped
    lines = plan.report.lines()
    note = (f"3 cells show an Excel error, so they were left blank (no tag or role taken from "
            f"them): “Role” in B{first + 1} (#NAME?), “Locality” in C{first + 1} (#REF!), "
            f"“Age band” in E{first + 2} (#VALUE!).")
    assert lines.count(note) == 1
    assert EXCEL_ERROR_ADVICE in lines and FORMULA_ERROR_ADVICE in lines
