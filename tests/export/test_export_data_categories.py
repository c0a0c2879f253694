"""The data export's causes carry their category in words, as the report's "By category" and
the fishbone say it: a commissioner filters the causes by the fishbone's bones."""

from __future__ import annotations

import csv
import io

import openpyxl
from export_checks import demo_workshop
from openpyxl.utils import get_column_letter

from wtfc.export.data import export_data
from wtfc.model.cause_category import CauseCategory
from wtfc.model.workshop import Workshop

CATEGORIES = {"k2": CauseCategory.MONEY, "k3": CauseCategory.ENVIRONMENT}  # k1: none yet


def categorised(workshop: Workshop) -> Workshop:
    causes = [c.model_copy(update={"category": CATEGORIES.get(c.id)}) for c in workshop.causes]
    return workshop.model_copy(update={"causes": causes})


def test_the_causes_sheet_has_each_causes_category_in_words(workshop, tmp_path):
    [path] = export_data(categorised(workshop), tmp_path / "data.xlsx")
    sheet = openpyxl.load_workbook(path)["Causes"]
    header = [c.value for c in sheet[1]]
    # last, so the columns of an earlier export keep their places
    assert header == [
        "Cause id",
        "Theme",
        "Level",
        "Why",
        "Answers why",
        "Root cause",
        "Agreed to address",
        "Team",
        "Category",
        "Theme id",  # then the ids, which came later
        "Parent cause id",
    ]
    at = header.index("Category")
    said = {row[0].value: row[at].value for row in sheet.iter_rows(min_row=2)}
    assert said == {"k1": None, "k2": "Money", "k3": "Places and environment"}  # none: blank
    assert sheet[1][at].font.bold  # a heading like the others
    letter = get_column_letter(at + 1)
    assert sheet.column_dimensions[letter].width == len("Places and environment") + 2
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)


def test_the_causes_csv_has_each_causes_category_in_words(workshop, tmp_path):
    written = export_data(categorised(workshop), tmp_path / "out.csv")
    [causes] = [p for p in written if p.name == "out-causes.csv"]
    rows = list(csv.reader(io.StringIO(causes.read_text("utf-8-sig"))))
    column = rows[0].index("Category")
    assert {row[0]: row[column] for row in rows[1:]} == {
        "k1": "",
        "k2": "Money",
        "k3": "Places and environment",
    }


def test_the_demos_causes_are_exported_under_their_categories(tmp_path):
    demo = demo_workshop()
    [path] = export_data(demo, tmp_path / "demo.xlsx")
    sheet = openpyxl.load_workbook(path)["Causes"]
    column = [c.value for c in sheet[1]].index("Category")
    said = {row[0].value: row[column].value for row in sheet.iter_rows(min_row=2)}
    shown = {c.id for c in demo.causes} & set(said)
    assert shown and any(said[i] for i in shown) and any(not said[i] for i in shown)
    for cause in demo.causes:
        if cause.id in said:
            assert said[cause.id] == (cause.category.label if cause.category else None)
