"""Which column to offer as the person when none was chosen: the first column left out
whose values are mostly codes ("P01"), never a place, time or room. Its own module so the
column guessing in mapping.py stays one job."""

from __future__ import annotations

from wtfc.importing.mapping import ColumnMapping, Field, column_values, heading_words
from wtfc.importing.person_columns import holds_dates, holds_person_codes
from wtfc.importing.table import SourceTable


def person_code_column(table: SourceTable, mapping: ColumnMapping) -> int | None:
    """With no person column chosen, the first column left out whose values are mostly codes
    with letters ("P01", "p7", "R12"), to offer as the person; None when there is none. Never
    one headed as a place, time or room ("Postcode area", "Quarter", "Room"), nor one of
    postcode districts or quarters ("LS6", "Q1") unless its heading says it is a code."""
    if Field.PERSON in mapping.fields:
        return None
    headings = table.rows[mapping.header_row] if mapping.header_row is not None else ()
    first = mapping.first_data_row
    undated: bool | None = None  # looked at once, and only for codes shaped like weeks
    for column in range(table.width):
        if column < len(mapping.fields) and mapping.fields[column] != Field.IGNORE:
            continue
        heading = heading_words(headings[column]) if column < len(headings) else ""
        values = column_values(table, column, first)
        if holds_person_codes(heading, values):
            return column
        if not holds_person_codes(heading, values, undated=True):
            continue
        if undated is None:  # "W1".."W6": people's codes only where no column holds dates
            undated = not any(holds_dates(column_values(table, c, first))
                              for c in range(table.width))
        if undated:
            return column
    return None
