"""Code review M3 (session 34), a check of 0534f9f6 no test caught: a form saved twice is two
rows; two answers on the SAME row (a wide sheet's two 'What is working' columns, or one cell
split into answers) are two statements, even when they differ by a slip of the keys. Undone
(the other-row check in edited_later removed), the first answer was skipped as an earlier
version of the second: a person's card lost, said as a repeat."""

from __future__ import annotations

from wtfc.importing.building import build_import
from wtfc.importing.edited_words import retyped
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop

FIRST, SECOND = "The bus into town stopped today.", "The bus in to town stopped today."


def test_two_answers_on_one_row_differing_lightly_are_both_cards():
    assert retyped(FIRST.casefold(), SECOND.casefold()) or retyped(FIRST, SECOND)
    rows = [("Person", "Kind", "Statement"),
            ("P01", "Working", f"{FIRST}\n{SECOND}"),
            ("P02", "Working", "The day centre is lovely")]
    table = SourceTable(rows=rows, source_name="reviews.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert sorted(c.text for c in plan.cards) == sorted([FIRST, SECOND,
                                                         "The day centre is lovely"])
