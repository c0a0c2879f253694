"""A by-when before 1900 (a hand-edited or foreign file) was written to the data workbook as a
negative serial, which Excel shows as ##### (review dates F7): it is written in words, as the
report prints it; dates Excel holds are still dates."""

from __future__ import annotations

import datetime as dt

import openpyxl

from wtfc.export.data import export_csv, export_xlsx
from wtfc.model.demo import demo_path
from wtfc.model.storage import load_workshop


def _workshop(by_when: dt.date):
    ws = load_workshop(demo_path()).workshop
    actions = [a.model_copy(update={"by_when": by_when}) if i == 0 else a
               for i, a in enumerate(ws.actions)]
    return ws.model_copy(update={"actions": actions}), actions[0].what


def _by_when_cell(path, what):
    sheet = openpyxl.load_workbook(path)["Actions"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if what in [c.value for c in r])
    return row[header.index("By when")]


def test_a_date_before_1900_is_written_in_words_not_as_a_negative_serial(tmp_path):
    ws, what = _workshop(dt.date(1700, 1, 1))
    cell = _by_when_cell(export_xlsx(ws, tmp_path / "old.xlsx"), what)
    assert cell.value == "1 January 1700" and cell.data_type == "s"


def test_dates_excel_holds_are_still_dates(tmp_path):
    ws, what = _workshop(dt.date(1900, 1, 1))
    cell = _by_when_cell(export_xlsx(ws, tmp_path / "first.xlsx"), what)
    assert cell.is_date and cell.value.date() == dt.date(1900, 1, 1)
    assert cell.number_format == "d mmm yyyy"


def test_the_csv_keeps_the_date_as_it_is(tmp_path):
    ws, _what = _workshop(dt.date(1700, 1, 1))
    files = export_csv(ws, tmp_path / "old.csv")
    actions = next(f for f in files if f.name == "old-actions.csv")
    assert "1700-01-01" in actions.read_text(encoding="utf-8-sig")
