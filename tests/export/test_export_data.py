"""The spreadsheet export: opens in Excel as words, never as formulas; nothing held back."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from export_checks import demo_workshop
from export_workshop import HELD_BACK_TEXT, INJECTION_TEXT

from wtfc.export.data import FORMULA_STARTS, csv_bytes, export_data, safe_cell
from wtfc.export.errors import ExportError


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_text_that_could_start_a_formula_gets_an_apostrophe(start):
    assert safe_cell(f"{start}SUM(A1:A9)") == f"'{start}SUM(A1:A9)"
    assert start in FORMULA_STARTS


def test_plain_text_and_numbers_are_untouched():
    assert safe_cell("I like my tea") == "I like my tea"
    assert safe_cell(-3) == -3


def test_xlsx_has_a_sheet_per_table_and_no_formulas(workshop, tmp_path):
    [path] = export_data(workshop, tmp_path / "data.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Cards", "Themes", "Causes", "Success", "Actions", "Counts",
                               "Workshop record", "People", "Card themes", "About this data"]
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)  # nothing Excel would run
    values = [c.value for c in cells if isinstance(c.value, str)]
    # as typed (Excel showed the guard's "'"), kept text by the cell's quote prefix
    quoted = {c.value for c in cells if c.quotePrefix and c.data_type == "s"}
    assert {INJECTION_TEXT, "-1 stars for the rota system", "@home support works well.",
            "+ Phone people when a visit will be more than 15 minutes late."} <= quoted
    assert not any(v.startswith("'") for v in values)
    assert not any(HELD_BACK_TEXT in v for v in values)
    counts = {(row[0].value, row[1].value): row[2].value
              for row in book["Counts"].iter_rows(min_row=2)}
    assert counts["Cards", "Held back (possible personal details, not exported)"] == 1
    assert counts["Cards", "All"] == 11


def test_csv_is_utf8_with_bom_and_safe(workshop, tmp_path):
    written = export_data(workshop, tmp_path / "out.csv")
    assert [p.name for p in written] == ["out-cards.csv", "out-themes.csv", "out-causes.csv",
                                         "out-success.csv", "out-actions.csv", "out-counts.csv",
                                         "out-record.csv", "out-people.csv",
                                         "out-card-themes.csv", "out-about.csv"]
    raw = written[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    texts = [r[2] for r in rows[1:]]
    assert "'" + INJECTION_TEXT in texts
    assert "Hoffwn i gael gofal yn Gymraeg: ŵyr, ŷd." in texts
    assert HELD_BACK_TEXT not in raw.decode("utf-8-sig")
    actions = list(csv.reader(io.StringIO(written[4].read_text("utf-8-sig"))))
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


def test_the_why_trees_and_success_statements_are_in_the_data_too(workshop, tmp_path):
    """Commissioners sort and count what the report says: every cause (its level, what it
    answers, whether it is a root cause and agreed) and every success statement."""
    [path] = export_data(workshop, tmp_path / "data.xlsx")
    book = openpyxl.load_workbook(path)
    causes = [[c.value for c in row] for row in book["Causes"].iter_rows(min_row=2)]
    by_id = {row[0]: row for row in causes}
    assert [row[0] for row in causes] == ["k1", "k2", "k3"]  # tree order: a parent, its children
    assert by_id["k2"][2:5] == [2, "Contracts pay by the minute.",
                                "Rotas are planned around runs, not people."]
    assert by_id["k1"][4] == by_id["k1"][1]  # a top-level reason answers the theme itself
    success = [[c.value for c in row] for row in book["Success"].iter_rows(min_row=2)]
    assert {row[0] for row in success} == {"s1", "s2"}
    assert all(row[2] and row[3] for row in success)


def test_the_act_stages_progress_notes_are_in_the_data(tmp_path):
    """What has happened so far and when it was last checked: a commissioner following the
    plan up sorts by them."""
    import datetime as dt

    demo = demo_workshop()
    noted = [a for a in demo.actions if a.progress_note]
    assert noted  # the demo has some
    [path] = export_data(demo, tmp_path / "demo.xlsx")
    sheet = openpyxl.load_workbook(path)["Actions"]
    headings = [c.value for c in next(sheet.iter_rows(max_row=1))]
    at = headings.index("What has happened so far")
    assert headings[at + 1] == "Last checked"
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    for action in noted:
        note, checked = rows[action.id][at].value, rows[action.id][at + 1].value
        assert note == action.progress_note
        assert checked.date() == action.checked_on and isinstance(checked, dt.datetime)
        assert rows[action.id][at + 1].number_format == rows[action.id][5].number_format
