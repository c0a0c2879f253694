"""Beside Import, the mapping step's short line said "Import will skip 4 rows" for 4 answers
from 2 rows (each cell two answers, a card each), while the note under the preview said "4
answers from 2 rows" (code review A16 R0 follow-up). A facilitator checking the sheet found 2
rows. Now the short line counts as the note does."""

from __future__ import annotations

from wtfc.importing.mapping import guess_mapping
from wtfc.importing.preview import make_preview
from wtfc.importing.table import SourceTable
from wtfc.ui.import_skip_note import counted_note


def _beside(rows: list[tuple[str, ...]]) -> str:
    table = SourceTable(rows=[("Person", "Colour", "Statement"), *rows], source_name="k.csv")
    mapping = guess_mapping(table)
    return counted_note(table, mapping, make_preview(table, mapping), {})


def test_two_rows_of_two_answers_each_are_four_answers_from_two_rows():
    said = _beside([("P01", "Red", "My carers are kind."),
                    ("P02", "Pink", "My carers are kind.\nThe bus stopped running."),
                    ("P03", "Amber", "Nobody talks to me.\nThe food is cold.")])
    assert said == "⚠ Import will skip 4 answers from 2 rows: see under the preview."


def test_rows_of_one_answer_each_are_still_counted_as_rows():
    said = _beside([("P01", "Red", "My carers are kind."), ("P02", "Pink", "The bus stopped."),
                    ("P03", "Amber", "Nobody talks to me.")])
    assert said == "⚠ Import will skip 2 rows: see under the preview."
