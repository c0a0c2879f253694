"""Beside Import, the mapping step said "Import will skip 4 rows" of a sheet with 2 such rows:
each cell of two answers is a card each, and the count was of answers (code review A16 R0). A
facilitator checking the count against the sheet was misled. Now rows are counted as rows, and
the answers beside them where the two differ."""

from __future__ import annotations

from wtfc.importing.mapping import guess_mapping
from wtfc.importing.skip_forecast import forecast_skips
from wtfc.importing.table import SourceTable


def _said(rows: list[tuple[str, ...]]) -> str:
    table = SourceTable(rows=[("Person", "Colour", "Statement"), *rows], source_name="k.csv")
    return forecast_skips(table, guess_mapping(table)).describe()


def test_two_rows_of_two_answers_each_are_two_rows_and_four_answers():
    said = _said([("P01", "Red", "My carers are kind."),
                  ("P02", "Pink", "My carers are kind.\nThe bus stopped running."),
                  ("P03", "Amber", "Nobody talks to me.\nThe food is cold.")])
    assert said.startswith("⚠ Import will skip 4 answers from 2 rows: their kind (“Pink”, "
                           "“Amber”) is not known.")


def test_rows_of_one_answer_each_are_still_rows():
    said = _said([("P01", "Red", "My carers are kind."), ("P02", "Pink", "The bus stopped."),
                  ("P03", "Amber", "Nobody talks to me.")])
    assert said.startswith("⚠ Import will skip 2 rows: their kind")


def test_answers_skipped_for_different_reasons_count_each_row_once():
    said = _said([("P01", "Pink", "My carers are kind.\nThe bus stopped running."),
                  ("P02", "", "Nobody talks to me.\nThe food is cold."),
                  ("P03", "Amber", "N/A")])
    assert said.startswith("⚠ Import will skip 5 answers from 3 rows: 2 with a kind not known "
                           "yet (“Pink”), 2 with no kind, 1 with no answer")
