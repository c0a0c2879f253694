"""The data workbook's rows are written by wtfc, not openpyxl, for speed: they must be exactly
what openpyxl itself writes for the same values and styles."""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import zipfile
from typing import Any

import pytest
from export_checks import demo_workshop
from export_workshop import make_workshop

from wtfc.export.data import data_tables, safe_cell
from wtfc.export.xlsx import DATE_COLUMNS, DATE_FORMAT, SHEET_NAMES, workbook_bytes


def _openpyxl_workbook(tables: dict[str, tuple[list[str], list[list[Any]]]]) -> bytes:
    """The same workbook made by openpyxl alone, cell by cell (the export before wtfc wrote
    the rows itself)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for name, (header, rows) in tables.items():
        sheet = book.create_sheet(SHEET_NAMES.get(name, name.capitalize()))
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for number, row in enumerate(rows, start=2):
            values = [ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row]
            sheet.append([safe_cell(v) for v in values])
            for column, value in enumerate(values, start=1):
                if isinstance(value, str) and safe_cell(value) != value:
                    # what the guard caught: the text as it was, as text, marked by its style
                    cell = sheet.cell(row=number, column=column)
                    cell.value = value
                    cell.data_type = "s"
                    cell.quotePrefix = True
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
        for column, title in zip(sheet.columns, header, strict=False):
            letter = column[0].column_letter
            texts = [str(c.value or "") for c in column[1:200]]
            longest = max([len(title)] + [len(text) for text in texts])
            sheet.column_dimensions[letter].width = min(60, max(10, longest + 2))
            if longest > 60 or any("\n" in text for text in texts):
                for c in column[1:]:
                    c.alignment = Alignment(wrap_text=True, vertical="top")
        columns = list(sheet.columns)
        for date_column in DATE_COLUMNS.get(name, ()):
            for cell in columns[date_column] if date_column < len(columns) else ():
                if isinstance(cell.value, dt.date):
                    cell.number_format = DATE_FORMAT
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    # The file's creation time, in seconds, may differ between the two.
    parts["docProps/core.xml"] = re.sub(rb"<dcterms:(created|modified)[^<]*</dcterms:\w+>", b"",
                                        parts["docProps/core.xml"])
    return parts


def _same_as_openpyxl(tables) -> None:
    ours = _parts(workbook_bytes(tables, safe=safe_cell, progress=lambda done, total: None))
    theirs = _parts(_openpyxl_workbook(tables))
    assert list(ours) == list(theirs)
    for name in theirs:
        assert ours[name] == theirs[name], name


@pytest.mark.parametrize("workshop", [make_workshop, demo_workshop])
def test_rows_are_what_openpyxl_writes(workshop) -> None:
    _same_as_openpyxl(data_tables(workshop(), today=dt.date(2026, 1, 1)))


def test_every_kind_of_value_is_what_openpyxl_writes() -> None:
    long_text = "word " * 20
    values = ["", "  ", " leading", "trailing\n", "tab\tinside", "#N/A", "#REF!", "x&<>\"'y",
              "=SUM(A1)", "+1", "@home", "bell\x07=1", "\x00", "ŵ ŷ اردو 😀", "a" * 40_000, None,
              0, -3, 12, 10**20, 1.5, math.nan, True, False, dt.date(2027, 3, 1),
              dt.datetime(2027, 3, 1, 12, 30)]
    rows = [[value, long_text if i % 2 else None, value, dt.date(2027, 1, 1 + i % 28)]
            for i, value in enumerate(values)]
    rows.insert(3, [None, None, None, None])  # a row with nothing in it
    tables = {"cards": (["Id", "Long", "Any", "Date"], rows),
              "success": (["Nothing", "Yet"], []),
              "actions": (["A", "B", "C", "D", "E", "By when"],
                          [[v, v, v, v, v, d] for v, d in zip(values, [dt.date(2027, 5, 1),
                                                                        None, "soon", 3] * 7,
                                                                strict=False)])}
    _same_as_openpyxl(tables)


def test_no_cell_is_a_formula() -> None:
    tables = {"cards": (["Text"], [["=1+1"], ["\x07=HYPERLINK(\"x\")"]])}
    with zipfile.ZipFile(io.BytesIO(workbook_bytes(tables, safe=safe_cell,
                                                   progress=lambda d, t: None))) as book:
        sheet = book.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet and b"<t>=1+1</t>" in sheet and b"<t>=HYPERLINK" in sheet
    assert b"'=" not in sheet


GUARDED = ["-", "-10% staff turnover by March", "+We pay for outcomes", "+44 20 7946 0000",
           '=HYPERLINK("http://x")', "@home"]


def test_guarded_text_shows_as_typed_and_stays_text(tmp_path) -> None:
    """Excel showed the guard's apostrophe ("'-", "'+44 20…"): the cell now holds the text as
    typed, as text (no formula), with quotePrefix set, which Excel shows without a mark and
    keeps as text when the cell is edited. Text not guarded has no quote prefix."""
    from openpyxl import load_workbook

    rows = [[text, "I like it"] for text in GUARDED]
    path = tmp_path / "data.xlsx"
    path.write_bytes(workbook_bytes({"cards": (["How we'll know", "Words"], rows)},
                                    safe=safe_cell, progress=lambda d, t: None))
    sheet = load_workbook(path)["Cards"]
    guarded = [sheet.cell(row=r, column=1) for r in range(2, len(GUARDED) + 2)]
    assert [c.value for c in guarded] == GUARDED
    assert {c.data_type for c in guarded} == {"s"}
    assert all(c.quotePrefix for c in guarded)
    plain = [sheet.cell(row=r, column=2) for r in range(1, len(GUARDED) + 2)]
    assert [c.quotePrefix for c in plain] == [False] * len(plain)
