"""M3 survivor of 7f41497f: a column headed 'NHS number' (or 'CHI number') is never taken as the
person, so the number never becomes a card's person code (saved in the workshop file, printed
in the data export). With 'nhs|chi' removed from names_something_else no test failed."""

from __future__ import annotations

import pytest

from wtfc.importing.fields import Field
from wtfc.importing.mapping import guess_mapping
from wtfc.importing.person_columns import names_something_else
from wtfc.importing.table import SourceTable


@pytest.mark.parametrize("heading", ["nhs number", "nhs no", "chi number"])
def test_an_nhs_or_chi_heading_names_something_else(heading):
    assert names_something_else(heading)


def test_an_nhs_number_column_is_not_the_person():
    numbers = ["943 476 5919", "943 476 5870", "401 023 2137"]
    rows = [("NHS number", "Question", "Answer")]
    for i, answer in enumerate(["My carers are kind", "The bus is late", "I like the lunch club",
                                "Nobody rings back", "To stay at home", "The food is cold"]):
        rows.append((numbers[i % 3], "What is working?", answer))
    table = SourceTable(rows=rows, source_name="export.csv")
    assert guess_mapping(table).fields[0] != Field.PERSON


def test_an_nhs_number_is_never_offered_as_the_person():
    from wtfc.importing.person_code_guess import person_code_column

    questions = ["What is working?", "What is not working?",
                 "What is important to you for the future?"]
    rows = [["NHS number", "Team", "Question", "Comments"],
            *[[f"943476{5900 + n // 3}", "North", questions[n % 3],
               f"Answer {n} about my carers"] for n in range(30)]]
    table = SourceTable(rows=rows, source_name="export.csv")
    mapping = guess_mapping(table)
    assert Field.PERSON not in mapping.fields
    assert person_code_column(table, mapping) is None
