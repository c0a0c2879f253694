"""What each column holds, told from its values where the headings do not say: the column of
longest text holds the statements, one of mostly kind words the kind, and the first of short
codes with letters in them ("P07") the person. Its own module so mapping.py's heading rules
stay one job."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from wtfc.importing.fields import Field
from wtfc.importing.kind_values import KindValues
from wtfc.importing.person_columns import is_lettered_code, names_something_else
from wtfc.importing.table import SourceTable

SAMPLE_ROWS = 200  # rows looked at to tell what a column holds from its values

# A person's number as a care system writes it ("1000231", "P07", "RV5001"): longer than the
# codes typed by hand (``is_code``), as a system's numbers run to seven digits or more
_NUMBER_OR_CODE = re.compile(r"[A-Za-z]{0,6}[-_ ]?\d{1,12}[A-Za-z]?")
# Fewer rows than this cannot show a column of numbers all different beside one that repeats
_LONG_SHEET = 6


def mostly(values: Sequence[str], test: Callable[[str], object]) -> bool:
    return sum(1 for v in values if test(v)) >= 0.8 * len(values)


def fields_from_values(
    table: SourceTable, first: int, kind_values: KindValues, headings: Sequence[str] = ()
) -> tuple[Field, ...]:
    """Without headings (or where they name no statements): the column of longest text holds
    the statements, a column whose values are mostly kind words holds the kind, and the first of
    mostly short codes with letters in them ("P07") the person, unless it is no one's
    (``_not_whose``). ``headings``: the heading row's words (lower case, words only), if any."""
    sample = table.rows[first : first + SAMPLE_ROWS]
    columns = [[row[c] for row in sample if c < len(row) and row[c]] for c in range(table.width)]
    fields = [Field.IGNORE] * table.width
    average_length: list[float] = []
    for column, values in enumerate(columns):
        if values and mostly(values, kind_values.kind_of):
            fields[column] = Field.KIND
            average_length.append(0.0)
            continue
        if (values and Field.PERSON not in fields and mostly(values, is_lettered_code)
                and not _not_whose(column, columns, headings)):
            fields[column] = Field.PERSON
            average_length.append(0.0)
            continue
        average_length.append(sum(len(v) for v in values) / len(values) if values else 0.0)
    if average_length and max(average_length) > 0:
        fields[average_length.index(max(average_length))] = Field.TEXT
    return tuple(fields)


def _not_whose(column: int, columns: Sequence[Sequence[str]], headings: Sequence[str]) -> bool:
    """Whether a column of codes is no one's: under a heading naming something else ("Review
    ID", "Answer ID": ``names_something_else``), or all different on a long sheet where another
    column of numbers or codes repeats ("RV5001", "RV5002"… one an answer, beside the person's
    "1000231" on each of their rows): a row's number, and taking it would make each card its
    own person."""
    heading = headings[column] if column < len(headings) else ""
    if heading and names_something_else(heading):
        return True
    values = columns[column]
    if len(values) < _LONG_SHEET or len(set(values)) < len(values):
        return False
    return any(other != column and _repeats(columns[other])
               for other in range(len(columns)))


def _repeats(values: Sequence[str]) -> bool:
    """Numbers or codes of which some repeat, and not one on every row (a team's)."""
    return (len(values) >= _LONG_SHEET and mostly(values, _NUMBER_OR_CODE.fullmatch)
            and 1 < len(set(values)) < len(values))
