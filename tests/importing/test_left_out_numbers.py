"""A left-out column of numbers is named where its heading says they number someone or
something ("Mosaic ID", "NHS number", "Response ID"): a person's number not taken as the
person went unsaid, as it has no letters (review 34 R4 R5). Dates, ages and counts are not."""

from __future__ import annotations

from wtfc.importing.left_out import describe_left_out, left_out_columns
from wtfc.importing.mapping import Field, guess_mapping
from wtfc.importing.table import SourceTable

ROWS = [["Response ID", "Person ID", "NHS number", "Question", "Answer", "DOB", "Age", "Visits"],
        *[[str(88000 + n), f"P{n // 3:02d}", f"943 476 59{n:02d}", "What is working?",
           f"Answer {n}", "12/03/1938", "85", "3"] for n in range(9)]]


def test_numbers_under_a_heading_that_says_so_are_named():
    table = SourceTable(rows=ROWS, source_name="export.csv")
    said = describe_left_out(left_out_columns(table, guess_mapping(table)))
    assert said == ("Left out: Response ID (9 cells with numbers), NHS number (9 cells with "
                    "numbers).")


def test_counted_once_and_again_when_the_column_is_mapped_back():
    table = SourceTable(rows=ROWS, source_name="export.csv")
    counted: dict[tuple[int, int], int] = {}
    mapping = guess_mapping(table)
    assert len(left_out_columns(table, mapping, counted)) == 2
    assert len(left_out_columns(table, mapping.with_field(0, Field.TAG), counted)) == 1
