"""A data workbook's cell cut at Excel's 32,767 characters says so at its end (review R4 F9):
a theme's ten long comments were one cell that stopped mid-sentence, the tenth gone, with no
word; the CSV export holds them whole."""

from __future__ import annotations

import csv

import openpyxl

from wtfc.export.data import export_data
from wtfc.model.workshop import Card, Kind, Theme, Workshop

COMMENTS = [(f"Comment {n}: " + "the flip chart said we need a rota we can read. " * 80).strip()
            for n in range(1, 11)]  # about 3,900 letters each, 39,000 in all


def _workshop() -> Workshop:
    return Workshop(title="Spring", cards=[Card(id="c1", kind=Kind.WORKING, text="Kind staff")],
                    themes=[Theme(id="t1", kind=Kind.WORKING, name="I am treated kindly",
                                  card_ids=["c1"], comments=COMMENTS)])


def _comments_cell(path) -> str:
    sheet = openpyxl.load_workbook(path)["Themes"]
    header, row = ([c.value for c in r] for r in sheet.iter_rows(max_row=2))
    return row[header.index("Comments")]


def test_a_cell_cut_to_fit_excel_ends_saying_so_and_the_csv_has_it_whole(tmp_path):
    [path] = export_data(_workshop(), tmp_path / "data.xlsx")
    cell = _comments_cell(path)
    assert len(cell) <= 32_767
    assert cell.startswith(COMMENTS[0])
    assert cell.endswith(" … [cut here: an Excel cell holds at most 32,767 characters; the CSV "
                         "export has the whole text]")
    csv_files = export_data(_workshop(), tmp_path / "data.csv")
    [themes] = [p for p in csv_files if p.name == "data-themes.csv"]
    with open(themes, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    whole = rows[1][rows[0].index("Comments")]
    assert whole.endswith(COMMENTS[-1]) and len(whole) > 32_767


def test_a_cell_that_fits_is_as_typed(tmp_path):
    short = Workshop(title="Spring", themes=[Theme(id="t1", kind=Kind.WORKING, name="I am",
                                                   comments=COMMENTS[:2])])
    [path] = export_data(short, tmp_path / "data.xlsx")
    assert _comments_cell(path) == "\n".join(COMMENTS[:2])
