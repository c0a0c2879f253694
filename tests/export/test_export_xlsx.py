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

    book = Workbook()
    book.remove(book.active)
    for name, (header, rows) in tables.items():
        sheet = book.create_sheet(SHEET_NAMES.get(name, name.capitalize()))
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([safe_cell(ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v)
                          for v in row])
        sheet.freeze_panes = "A2"
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
    assert b"<f>" not in sheet and b"'=1+1" in sheet and b"'=HYPERLINK" in sheet
