"""Sheets looked at before the statements are let go before the next is read (R3, session 31).

calamine holds a sheet whole, from A1 to its last value cell, 32 bytes a cell; Import looks at
each sheet's first rows to find the statements. It kept the first sheet it looked at (to read
if none had statements) and the one before, so a 2 KB .xlsx of two sheets just under the
20 M-cell limit, and the statements after them, peaked at 1.25 GB against one sheet's 645 MB
(three of them 1.9 GB; measured). Read here in a child process under a memory cap.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.child_env import child_env
from wtfc.importing.sources import read_source

_CHILD = """
import json, sys
from wtfc.importing.sources import read_source
said = "imported %d rows" % len(read_source(sys.argv[1]).rows)
with open("/proc/self/status") as status:  # (ru_maxrss keeps the forking pytest's peak)
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(json.dumps([said, peak / 1024]))
"""


def _read_in_a_child(path: Path) -> tuple[str, float]:
    """What importing ``path`` says and the child's peak MB, read in a child whose memory is
    capped as test_hostile_sheets caps it (not its seconds: a loaded machine stretches them,
    and what the sheets kept cost was memory)."""
    def cap() -> None:
        import resource

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20))

    done = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True,
                          text=True, timeout=60, check=False, preexec_fn=cap,
                          env=child_env())
    assert done.returncode == 0, done.stderr[-500:]
    said, peak = json.loads(done.stdout.splitlines()[-1])
    return said, peak


def _book(path: Path, notes: list[str], *, statements: bool = True,
          far: str = "GR25000") -> Path:
    """Sheets ``notes``, each a word in A1 and one in ``far`` (5 M cells to calamine), then,
    if asked, a small sheet of statements."""
    book = Workbook()
    book.remove(book.active)
    for name in notes:
        sheet = book.create_sheet(name)
        sheet["A1"] = "Please read this first"
        sheet[far] = "x"
    if statements:
        sheet = book.create_sheet("Statements")
        sheet.append(["Person", "What is working"])
        for row in range(2, 12):
            sheet.append([f"P{row}", f"I like my carer {row}"])
    book.save(path)
    return path


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="the peak is Linux's")
def test_sheets_passed_over_are_not_held_while_the_next_is_read(tmp_path):
    said, peak = _read_in_a_child(_book(tmp_path / "reviews.xlsx", ["Notes", "Old"]))
    assert said == "imported 11 rows"
    assert peak < 260  # one 5 M-cell sheet at a time (~190 MB); was ~340


def test_with_no_statements_found_the_first_sheet_is_read_to_map_by_hand(tmp_path):
    path = _book(tmp_path / "notes.xlsx", ["Notes", "Old"], statements=False, far="C40")
    table = read_source(path)
    assert table.sheet == "Notes"
    assert table.rows[0][0] == "Please read this first" and table.rows[39][2] == "x"
    assert "The sheet 'Notes' was read. The workbook's other sheets were left out: 'Old'." \
        in table.sheet_note
