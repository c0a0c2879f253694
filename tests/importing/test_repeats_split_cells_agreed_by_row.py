"""Whether a file is an earlier import's file again is counted by its rows, not its answers
(session 35, daafa411 / A21 R2; mutation check M1): another sheet, with no person column, whose
only rows like the first sheet's are two cells of four answers each, and eight rows of its own,
is another sheet: counted by answers the two rows agreed 8 times of 10 rows, it was taken for
the first file again and its eight answers in those two cells were skipped as repeats, though
other people said them (how many people say a thing counts)."""

from __future__ import annotations

import csv
from pathlib import Path

from import_files import import_into

from wtfc.model.document import Document
from wtfc.model.workshop import Workshop

HOPES = ("To see my grandchildren more\nTo feel safe at night\nTo go to the seaside again\n"
         "To have the same carer every week")
PROBLEMS = ("The bus into town stopped; Calls are rushed and too short; Nobody rings back; "
            "The forms are too long")


def _sheet(path: Path, own: str) -> Path:
    rows = [["Kind", "Statement"], ["Future", HOPES], ["Not working", PROBLEMS],
            *[["Working", f"{own} number {n}"] for n in range(8)]]
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    return path


def test_another_sheet_sharing_only_two_split_cells_keeps_every_answer(tmp_path):
    doc = Document(Workshop())
    assert len(import_into(doc, _sheet(tmp_path / "north.csv", "Lunch club is good")).cards) == 16
    south = import_into(doc, _sheet(tmp_path / "south.csv", "The library van comes"))
    assert len(south.cards) == 16
    assert "taken as import 1's rows again" not in " ".join(south.report.lines())
