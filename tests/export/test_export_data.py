"""The spreadsheet export: opens in Excel as words, never as formulas; nothing held back."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from conftest import HELD_BACK_TEXT, INJECTION_TEXT
from export_checks import demo_workshop

from wtfc.export.data import FORMULA_STARTS, csv_bytes, export_data, safe_cell
from wtfc.export.errors import ExportError


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_text_that_could_start_a_formula_gets_an_apostrophe(start):
    assert safe_cell(f"{start}SUM(A1:A9)") == f"'{start}SUM(A1:A9)"
    assert start in FORMULA_STARTS


def test_plain_text_and_numbers_are_untouched():
    assert safe_cell("I like my tea") == "I like my tea"
    assert safe_cell(-3) == -3


def test_xlsx_has_the_four_sheets_and_no_formulas(workshop, tmp_path):
    [path] = export_data(workshop, tmp_path / "data.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Cards", "Themes", "Counts", "Actions"]
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)  # nothing Excel would run
    values = [c.value for c in cells if isinstance(c.value, str)]
    assert "'" + INJECTION_TEXT in values
    assert "'-1 stars for the rota system" in values
    assert "'@home support works well." in values
    assert "'+ Phone people when a visit will be more than 15 minutes late." in values
    assert not any(HELD_BACK_TEXT in v for v in values)
    counts = {row[0].value: row[1].value for row in book["Counts"].iter_rows(min_row=2)}
    assert counts["Cards held back (possible personal details, not exported)"] == 1
    assert counts["Cards in all"] == 11


def test_csv_is_utf8_with_bom_and_safe(workshop, tmp_path):
    written = export_data(workshop, tmp_path / "out.csv")
    assert [p.name for p in written] == ["out-cards.csv", "out-themes.csv", "out-counts.csv",
                                         "out-actions.csv"]
    raw = written[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    texts = [r[2] for r in rows[1:]]
    assert "'" + INJECTION_TEXT in texts
    assert "Hoffwn i gael gofal yn Gymraeg: ŵyr, ŷd." in texts
    assert HELD_BACK_TEXT not in raw.decode("utf-8-sig")
    actions = list(csv.reader(io.StringIO(written[3].read_text("utf-8-sig"))))
    assert actions[1][5] == "2025-04-01"


def test_csv_cell_with_commas_quotes_and_newlines_round_trips():
    data = csv_bytes(["a"], [['She said "no", then\nleft']])
    assert list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))[1] == [
        'She said "no", then\nleft']


def test_unknown_suffix_is_a_plain_error(workshop, tmp_path):
    with pytest.raises(ExportError, match=r"\.xlsx or \.csv"):
        export_data(workshop, tmp_path / "data.txt")


def test_demo_exports_every_table(tmp_path):
    demo = demo_workshop()
    [path] = export_data(demo, tmp_path / "demo.xlsx")
    book = openpyxl.load_workbook(path)
    shown = [c for c in demo.cards if not c.held_back]
    assert book["Cards"].max_row == len(shown) + 1
    assert book["Themes"].max_row == len(demo.themes) + 1
    assert book["Actions"].max_row == len(demo.actions) + 1
