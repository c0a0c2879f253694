"""How the room agreed to work and decide (Prepare, Alt+G) is on the data export's "Workshop
record" sheet, after who was in the room, as the report prints it on its cover; its words are
never a formula, and the personal-details question before a data export reads them. Before,
only the report had them, and a data export asked nothing about them."""

from __future__ import annotations

import csv
import io

import openpyxl

from wtfc.export.data import export_data
from wtfc.importing.typed_details import question, typed_details
from wtfc.model.workshop import RoleCount, RoomRole, Workshop

PART = "How we agreed to work and decide"
AGREED = "We listen and let each person finish.\nWe choose our priorities with three dots each."


def _workshop(agreements: str) -> Workshop:
    return Workshop(
        title="Spring",
        agreements=agreements,
        in_the_room=[RoleCount(role=RoomRole.OLDER_PEOPLE, count=4)],
    )


def _record(path) -> list[list]:
    sheet = openpyxl.load_workbook(path)["Workshop record"]
    return [[c.value for c in row] for row in sheet.iter_rows()]


def test_the_agreements_are_a_row_of_the_record_after_who_was_in_the_room(tmp_path):
    [path] = export_data(_workshop(AGREED), tmp_path / "data.xlsx")
    rows = _record(path)
    [row] = [r for r in rows if r[0] == PART]
    assert row == [PART, None, "Ground rules and how we decide", None, AGREED, "no", None]
    parts = [r[0] for r in rows]
    assert parts.index("Who was in the room") < parts.index(PART) < parts.index("Reflection")
    written = export_data(_workshop(AGREED), tmp_path / "data.csv")
    record = next(p for p in written if p.name == "data-record.csv")
    rows = list(csv.reader(io.StringIO(record.read_text(encoding="utf-8-sig"))))
    assert [PART, "", "Ground rules and how we decide", "", AGREED, "no", ""] in rows


def test_none_written_says_not_recorded(tmp_path):
    [path] = export_data(_workshop("  \n"), tmp_path / "data.xlsx")
    assert [PART, None, "Ground rules and how we decide", None, "Not recorded", "no",
            None] in _record(path)


def test_agreements_that_could_start_a_formula_are_words(tmp_path):
    hostile = '=HYPERLINK("http://example.invalid","we agree")'
    [path] = export_data(_workshop(hostile), tmp_path / "data.xlsx")
    sheet = openpyxl.load_workbook(path)["Workshop record"]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)
    assert hostile in {c.value for c in cells if c.quotePrefix and c.data_type == "s"}
    written = export_data(_workshop("-one voice at a time"), tmp_path / "data.csv")
    record = next(p for p in written if p.name == "data-record.csv")
    assert "'-one voice at a time" in record.read_text(encoding="utf-8-sig")


def test_the_personal_detail_question_reads_them_before_a_data_export():
    ws = _workshop("Ring Mrs Patel on 07700 900123 if we cannot agree.")
    wheres = [d.where for d in typed_details(ws, "data")]
    assert wheres == [
        "How the room agreed to work and decide: “Ring [name] on [phone] if we cannot agree.”"
    ]
    text = question(typed_details(ws, "data"))
    assert "Patel" not in text and "07700" not in text
