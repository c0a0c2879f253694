"""A council's workbook with borders and wrap set on A1:T10000 ahead of the year's reviews took
4-6 times as long to import (0.8 s for 5,000 statements, past the 1 s goal on a busy machine):
the far-cell scan read every formatted empty cell under the statements one by one, as if each
were a value written out of order, and took openpyxl's ``<c r="I9" s="1" t="n" />`` (a space
before "/>") for a tag written otherwise. Such cells hold nothing calamine keeps: they are now
passed over by the fast patterns, and a value cell written out of order far below among them is
still found, wherever the chunks are cut."""

from __future__ import annotations

import pytest

from tests.importing.test_far_cells import _cards, _inline, _statement_rows, _xlsx
from wtfc.importing.far_cells import SheetScan

STATEMENTS = 200
FORMATTED_TO = 2_000  # rows, 20 columns (A to T) each
_COLUMNS = "ABCDEFGHIJKLMNOPQRST"
EXCEL = '<c r="{}" s="1"/>'
OPENPYXL = '<c r="{}" s="1" t="n" />'


def _formatted_below(cell: str, statements: int = STATEMENTS, to: int = FORMATTED_TO) -> str:
    """The statements (their two columns), then the rest of A1:T``to`` formatted and empty."""
    rows = _statement_rows(statements).split("</row>")[:-1]
    rows = [row + "".join(cell.format(f"{c}{r}") for c in _COLUMNS[2:]) + "</row>"
            for r, row in enumerate(rows, start=1)]
    rows += [f'<row r="{r}">' + "".join(cell.format(f"{c}{r}") for c in _COLUMNS) + "</row>"
             for r in range(statements + 1, to + 1)]
    return "".join(rows)


@pytest.fixture
def no_cell_by_cell(monkeypatch):
    def slow(self, data):
        raise AssertionError("the far-cell scan read the sheet cell by cell")

    monkeypatch.setattr(SheetScan, "_count", slow)


@pytest.mark.parametrize("cell", [EXCEL, OPENPYXL], ids=["excel", "openpyxl"])
def test_formatting_under_the_statements_is_scanned_at_the_fast_patterns_speed(
        tmp_path, no_cell_by_cell, cell):
    path = _xlsx(tmp_path / "council.xlsx", _formatted_below(cell))
    assert _cards(path) == STATEMENTS - 1  # (under the heading row)


def _sheet(cell: str, extra: str) -> bytes:
    """A smaller sheet's XML (20 statements, formatted to row 40) with ``extra`` written inside
    row 10 (a cell out of order: statements, value cells, follow it)."""
    body = _formatted_below(cell, 20, 40)
    at = body.index(">", body.index('<row r="10"')) + 1
    return ('<worksheet xmlns="m"><sheetData>' + body[:at] + extra + body[at:]
            + "</sheetData></worksheet>").encode()


@pytest.mark.parametrize("cell", [EXCEL, OPENPYXL], ids=["excel", "openpyxl"])
def test_a_value_written_out_of_order_far_below_is_still_found_wherever_the_chunk_ends(cell):
    for far in ('<c r="B900000"><v>1</v></c>', _inline("B900000", "x")):
        xml = _sheet(cell, far)
        start = xml.index(b'<c r="B900000"')
        for cut in range(start - 2, start + len(far) + 2):  # the chunk cut at each byte of it
            scan = SheetScan()
            scan.feed(xml[:cut])
            scan.feed(xml[cut:])
            assert scan.found.lowest == (900_000, 2), (far, cut - start)
