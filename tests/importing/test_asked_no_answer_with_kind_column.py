"""M3 survivor of 2c6dde89/182640a3: a care-system form export that writes the question into
each answer, beside a kind column that says the same question: 'What is working? - N/A' is no
one's answer and is skipped. Undone (only the whole text read for a no-answer phrase), the
question was taken off afterwards and 'N/A' went on the wall as a card."""

from __future__ import annotations

from wtfc.importing.building import build_import
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Workshop


def test_a_question_then_n_a_is_no_card():
    rows = [("Person", "Kind", "Statement"),
            ("P01", "What is working?", "What is working? - My carers come on time"),
            ("P02", "What is working?", "What is working? - N/A"),
            ("P03", "What is not working?", "What is not working? - See above")]
    table = SourceTable(rows=rows, source_name="form.csv")
    plan = build_import(table, guess_mapping(table), workshop=Workshop())
    assert [c.text for c in plan.cards] == ["My carers come on time"]
