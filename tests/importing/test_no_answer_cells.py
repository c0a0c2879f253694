"""A care system writes "N/A", "None", "-", "See above" or "Refer to previous review" into every
box left unanswered; each became a card on the wall, counted in its kind and in theming (review
34 R4 R2). Now a statement cell that is only such a phrase is skipped, with its reason, counted
beside Import and in the report; a real short answer ("No", "Nothing works") is kept."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from wtfc.importing.building import build_import
from wtfc.importing.cli import main_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.no_answer import no_answer
from wtfc.importing.preview import make_preview
from wtfc.importing.table import SourceTable
from wtfc.model.storage import load_workshop
from wtfc.model.workshop import Workshop

FILLERS = ["N/A", "None", "-", "See above", "Refer to previous review", "as above.",
           "Nothing to add", "No comment", "<p>N/A</p>", "n / a", "(N/A)", "?", "NIL"]
ANSWERS = ["None of them come on time", "No", "Nothing", "Nothing works", "I <3 my cat",
           "See above the door: a broken light", "NA meetings help me", "👍"]

# R4's E1 shape: answers by review, the fillers among them
ROWS = [("Review ID", "Question", "Answer"),
        *((f"RV{n:02d}", "What is working?", text) for n, text in enumerate(FILLERS, 1)),
        *((f"RW{n:02d}", "What is not working?", text) for n, text in enumerate(ANSWERS, 1))]


@pytest.mark.parametrize("cell", [*FILLERS[:8], "N.A.", "n/k", "no comments", "…", "'None'"])
def test_only_a_no_answer_phrase_is_no_answer(cell):
    assert no_answer(cell)


@pytest.mark.parametrize("cell", [*ANSWERS, "Nothing else", "Not sure", "None at all", "x", ""])
def test_a_short_answer_is_an_answer(cell):
    assert not no_answer(cell)


def test_fillers_are_skipped_with_their_reason_and_forecast_the_same():
    table = SourceTable(rows=list(ROWS), source_name="export.csv")
    mapping = guess_mapping(table)
    plan = build_import(table, mapping, workshop=Workshop())
    assert [c.text for c in plan.cards] == ANSWERS
    assert [s.describe() for s in plan.report.skipped][:3] == [
        "Row 2: no answer ('N/A')", "Row 3: no answer ('None')", "Row 4: no answer ('-')"]
    assert "Row 10: no answer ('N/A')" in [s.describe() for s in plan.report.skipped]  # <p>N/A
    assert f"Skipped as no answer: {len(FILLERS)}." in plan.report.lines()
    skips = make_preview(table, mapping).skips
    assert skips.no_answer == skips.total == len(plan.report.skipped) == len(FILLERS)
    assert skips.describe().startswith(
        "⚠ Import will skip 13 rows: 13 with no answer (such as “N/A” or “See above”).")


def test_a_wide_sheet_skips_the_filler_cell_only():
    table = SourceTable(rows=[("Person", "What's working 1", "What's not working 1"),
                              ("P01", "Lunch club", "N/A"), ("P02", "None", "Nothing works")],
                        source_name="export.csv")
    mapping = guess_mapping(table)
    assert mapping.layout == "wide"
    plan = build_import(table, mapping, workshop=Workshop())
    assert [c.text for c in plan.cards] == ["Lunch club", "Nothing works"]
    assert [s.describe() for s in plan.report.skipped] == [
        "Row 2, What's not working 1: no answer ('N/A')",
        "Row 3, What's working 1: no answer ('None')"]
    assert make_preview(table, mapping).skips.no_answer == 2


def test_wtfc_import_skips_them_and_says_so(tmp_path: Path, capsys):
    source = tmp_path / "E1.csv"
    with source.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(ROWS)
    into = tmp_path / "e1.wtfc"
    assert main_import([str(source), "--into", str(into)]) == 0
    assert [c.text for c in load_workshop(into).workshop.cards] == ANSWERS
    out = capsys.readouterr().out
    assert f"Skipped as no answer: {len(FILLERS)}." in out
    assert "Row 6: no answer ('Refer to previous review')" in out
