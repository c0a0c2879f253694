"""The data export's Actions sheet has one "Cause it tackles" column over every theme's
actions; the report and the boards lead a hope's cause in "In the way:", a working theme's
"Builds on:". The column's note (the workbook) and About this data (both) say so, so a hope's
"No transport after the number 12 bus stopped" is not read as a root cause."""

from __future__ import annotations

import csv

import openpyxl

from tests.export.test_hope_action_links import BUS, linked
from wtfc.export.data import export_data

HOPE = "“In the way:” what stands in the way of what is important for the future"
PROBLEM = "“Because:” a cause of what is not working"


def test_the_workbook_says_how_each_kinds_cause_is_led_in(tmp_path):
    [book] = export_data(linked(), tmp_path / "data.xlsx")
    workbook = openpyxl.load_workbook(book)
    heading = next(c for c in workbook["Actions"][1] if c.value == "Cause it tackles")
    assert HOPE in heading.comment.text and PROBLEM in heading.comment.text
    assert BUS in [c.value for c in workbook["Actions"][f"{heading.column_letter}"]]
    about = {r[0]: r[1] for r in workbook["About this data"].iter_rows(values_only=True)}
    assert HOPE in about["Sheet: Actions"] and "“Builds on:” why it works" in about[
        "Sheet: Actions"]


def test_the_csv_about_says_it_too(tmp_path):
    files = export_data(linked(), tmp_path / "data.csv")
    about = next(f for f in files if f.name == "data-about.csv")
    with about.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row[0]: row[1] for row in csv.reader(handle)}
    assert HOPE in rows["Sheet: Actions"]
