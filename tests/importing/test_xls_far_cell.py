"""An old .xls whose cell record says column 65,536 (Excel stops at IV, the 256th; another
program's export may not) made calamine ask for gigabytes and end the app. It is read first in a
child process, so the dialog says so instead, and an ordinary .xls still imports."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from wtfc.importing.errors import ImportFailed
from wtfc.importing.sources import read_source

DATA = Path(__file__).parent / "data"
_LABELSST = b"\xfd\x00\x0a\x00"  # a cell holding a shared string: its record, 10 bytes long


def _with_last_cell_moved(path: Path, row: int, column: int) -> Path:
    data = bytearray((DATA / "statements.xls").read_bytes())
    at = data.rindex(_LABELSST)
    data[at + 4:at + 8] = struct.pack("<HH", row, column)
    path.write_bytes(data)
    return path


def test_an_xls_cell_far_to_the_right_is_refused_and_the_app_lives_on(tmp_path):
    path = _with_last_cell_moved(tmp_path / "reviews.xls", 65535, 65535)
    with pytest.raises(ImportFailed) as caught:
        read_source(path)
    assert str(caught.value) == (
        "reviews.xls could not be read: the spreadsheet reader stopped on it. It may have "
        "something in a cell far outside the statements. Open it in Excel, press Ctrl+End to "
        "go to the last cell, clear anything stray there, save it as .xlsx, and import that.")


def test_an_ordinary_xls_still_imports():
    table = read_source(DATA / "statements.xls")
    assert table.rows[0] == ("Person", "Kind", "Statement", "Locality") and len(table.rows) == 6
