"""Blanks under each person's code (merged cells saved as CSV) are filled from the row above
only when the facilitator chooses it, and only where the column clearly reads "a code, then
blanks"; the command line's --fill-down does the same, and refuses where it would guess. Never
in the wide layout, where each row is a person of its own."""

from __future__ import annotations

import csv

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.person_fill import fill_down
from wtfc.importing.table import SourceTable
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop

KINDS = ("Working", "Not working", "Future")
MERGED = ["P01", "", "", "P02", "", "", "P03", "", ""]


def _table(person_cells, *, blank_row_at=None):
    rows = [("Ref no.", "Kind", "Statement")]
    rows += [(cell, KINDS[i % 3], f"Said number {i}") for i, cell in enumerate(person_cells)]
    if blank_row_at is not None:
        rows.insert(blank_row_at, ())
    return SourceTable(rows=rows, source_name="reviews.csv")


def test_blanks_are_left_unless_chosen_then_each_takes_the_code_above():
    table = _table(MERGED, blank_row_at=3)  # a blank row inside P01's rows changes nothing
    mapping = guess_mapping(table)
    assert not mapping.fill_person_down
    found = fill_down(table, mapping)
    assert found is not None and found.count == 6 and found.heading == "Ref no."
    left = build_import(table, mapping, workshop=Workshop())
    assert [c.person for c in left.cards] == ["P01", "", "", "P02", "", "", "P03", "", ""]
    assert left.report.blank_person == 6 and left.report.blank_person_fillable
    filled = build_import(table, mapping.with_fill_person_down(True), workshop=Workshop())
    assert [c.person for c in filled.cards] == [p for p in ("P01", "P02", "P03") for _ in KINDS]
    assert filled.report.blank_person == 0 and filled.report.filled_person == 6
    assert ("“Ref no.” was blank on 6 rows below a person's code: each took the code from the "
            "row above, as chosen.") in filled.report.lines()


@pytest.mark.parametrize(("case", "cells"), [
    ("blanks before the first code", ["", "P01", "", "P02", "", ""]),
    ("a code written on each row, one gap", ["P01", "P01", "", "P02", "P02", "P02"]),
    ("the same code again below its blanks", ["P01", "", "P01", "", "P02", ""]),
    ("a stray gap among codes", ["P01", "P02", "P03", "", "P04", "P05", "P06", "P07"]),
    ("no blanks", ["P01", "P02", "P03"]),
])
def test_a_column_that_is_not_clearly_code_then_blanks_is_never_offered(case, cells):
    table = _table(cells)
    mapping = guess_mapping(table).with_fill_person_down(True)
    assert fill_down(table, mapping) is None, case
    people = [c.person for c in build_import(table, mapping, workshop=Workshop()).cards]
    assert people == cells, case  # chosen or not, nothing is filled


def _csv(path, cells):
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(_table(cells).rows)
    return path


def test_the_command_line_advises_fill_down_and_fill_down_fills(tmp_path, capsys):
    source = _csv(tmp_path / "reviews.csv", MERGED)
    assert main_import([str(source), "--into", str(tmp_path / "a.wtfc")]) == 0
    assert "then import the file again with --fill-down." in capsys.readouterr().out
    assert main_import([str(source), "--into", str(tmp_path / "b.wtfc"), "--fill-down"]) == 0
    assert "each took the code from the row above" in capsys.readouterr().out
    cards = load_workshop(tmp_path / "b.wtfc").workshop.cards
    assert [c.person for c in cards] == [p for p in ("P01", "P02", "P03") for _ in KINDS]


def test_fill_down_where_it_would_guess_imports_nothing(tmp_path, capsys):
    source = _csv(tmp_path / "reviews.csv", ["P01", "P01", "", "P02", "P02", "P02"])
    into = tmp_path / "a.wtfc"
    assert main_import([str(source), "--into", str(into), "--fill-down"]) == 2
    assert capsys.readouterr().err == (
        "Nothing was imported. --fill-down: “Ref no.” does not read as a code on each person's "
        "first row with blanks below it, so whose each blank is would be a guess. Write the "
        "code on each row, or leave out --fill-down.\n")
    assert not into.exists()


def _wide_rows():
    """Each row one person's review; every other review anonymous (no code)."""
    rows = [("Ref", "Working", "Not working", "Future")]
    for i in range(8):
        code = f"R{i // 2 + 1:02d}" if i % 2 == 0 else ""
        rows.append((code, f"Review {i + 1}: my carer is kind", f"Review {i + 1}: late visits",
                     f"Review {i + 1}: go to the club"))
    return rows


def test_a_wide_sheet_never_fills_an_anonymous_review_from_the_row_above():
    """Filled, review 2's three cards were counted as R01's, and the report advised it."""
    table = SourceTable(rows=_wide_rows(), source_name="reviews.csv")
    mapping = guess_mapping(table)
    assert mapping.layout == "wide"
    assert fill_down(table, mapping) is None
    plan = build_import(table, mapping.with_fill_person_down(True), workshop=Workshop())
    assert sum(1 for c in plan.cards if not c.person) == 12
    assert not plan.report.blank_person_fillable and not plan.report.filled_person
    said = plan.report.lines()[-1]
    assert said.startswith(
        "12 cards have no person: “Ref” is blank on their rows, so they are not counted by "
        "person. Each row here is one person's review, so a blank is a person with no code "
        "(perhaps someone who did not want to be known), not the person on the row above.")
    assert "merged" not in said and "fill" not in said.casefold()


def test_fill_down_with_a_wide_sheet_is_refused_and_the_report_never_advises_it(
        tmp_path, capsys):
    source = tmp_path / "reviews.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(_wide_rows())
    assert main_import([str(source), "--into", str(tmp_path / "a.wtfc")]) == 0
    assert "--fill-down" not in capsys.readouterr().out
    into = tmp_path / "b.wtfc"
    assert main_import([str(source), "--into", str(into), "--fill-down"]) == 2
    assert capsys.readouterr().err == (
        "Nothing was imported. --fill-down: each row here is one person's review (a column for "
        "each kind), so a blank “Ref” is a person with no code, perhaps someone who did not "
        "want to be known, never the person on the row above. Leave out --fill-down.\n")
    assert not into.exists()
