"""Cells written with no ``r=`` are placed as calamine places them (one column after the cell
before them in their row; a row with no ``r=`` one below the last), so a far one is named
before calamine reads it: 4,000 statements and a row 1,048,576 of 16,384 such cells ended the
app ("memory allocation of 549755813888 bytes failed") (review code-a3 #6)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from test_far_cells import _scanned_and_read, _statement_rows, _xlsx

from tests.child_env import child_env
from wtfc.importing.errors import ImportFailed
from wtfc.importing.sources import read_source


def _v(value: int) -> str:
    return f'<c t="n"><v>{value}</v></c>'


CASES = {
    "three in row 5": '<row r="5">' + _v(1) + _v(2) + _v(3) + "</row>",
    "after C1": '<row r="1"><c r="C1" t="n"><v>9</v></c>' + _v(1) + "</row>",
    "a row with no r=": '<row r="2">' + _v(1) + "</row><row>" + _v(2) + "</row>",
    "after empty cells": '<row r="1"><c s="1"/><c s="1"/>' + _v(7) + "</row>",
    "no r= anywhere": "<row>" + _v(1) + "</row><row>" + _v(2) + _v(3) + "</row>",
    "bare tags": '<row r="1"><c><v>4</v></c><c><v>5</v></c></row>',
    "after a jump": '<row r="3">' + _v(1) + '</row><row r="7">' + _v(2) + "</row><row>" + _v(3)
                    + "</row>",
    "after E1": '<row r="1">' + _v(1) + '<c r="E1" t="n"><v>9</v></c>' + _v(2) + "</row>",
}


@pytest.mark.parametrize("chunk", [60, 500, 1 << 20])
@pytest.mark.parametrize("name", list(CASES))
def test_cells_with_no_r_are_placed_as_calamine_places_them(tmp_path, name, chunk):
    path = _xlsx(tmp_path / "s.xlsx", CASES[name])
    scan, rows = _scanned_and_read(path, chunk)
    assert (scan.found.widest[0], scan.found.lowest[0]) == (len(rows[0]), len(rows))


def test_a_far_row_of_cells_with_no_r_is_named_not_the_end_of_the_app(tmp_path):
    cells = "".join('<c t="n"><v>1</v></c>' for _ in range(16384))
    path = _xlsx(tmp_path / "no_r_far.xlsx",
                 _statement_rows(4001) + f'<row r="1048576">{cells}</row>')
    script = ("from wtfc.importing.sources import read_source\n"
              "from wtfc.importing.errors import ImportFailed\n"
              f"try: read_source({str(path)!r})\nexcept ImportFailed as e: print('refused', e)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300, check=False, env=child_env())
    assert done.returncode == 0, done.stderr[:200]  # was rc 134: a Rust allocation failed
    assert done.stdout.startswith("refused no_r_far.xlsx has something in cell XFD1048576")


def test_statements_written_with_no_r_still_import(tmp_path):
    rows = ['<row><c t="inlineStr"><is><t>Person</t></is></c><c t="inlineStr"><is><t>What is '
            'working</t></is></c></row>']
    rows += [f'<row><c t="inlineStr"><is><t>P{r}</t></is></c><c t="inlineStr"><is><t>I like my '
             f'carer {r}</t></is></c></row>' for r in range(2, 40)]
    table = read_source(_xlsx(tmp_path / "plain.xlsx", "".join(rows)))
    assert len(table.rows) == 39 and table.rows[5] == ("P6", "I like my carer 6")
    with pytest.raises(ImportFailed):
        read_source(_xlsx(tmp_path / "far.xlsx", "".join(rows) + '<row r="1048576">'
                          + _v(1) * 20 + "</row>"))
