"""The columns an import leaves out that hold words, said in the preview and the report.

A statement column the headings did not name ("Top thing working") is left out by default;
left out without a word, every statement in it is lost and nobody is told. So whatever holds
words and is left out is named, with how many of its cells have words in them. A column of
people's names left out ("Client name", "Worker") is said to be watched for on the cards
(``name_columns``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from wtfc.importing.mapping import ColumnMapping, Field, column_names
from wtfc.importing.name_columns import holds_names
from wtfc.importing.table import SourceTable

_LETTER = re.compile(r"[^\W\d_]")  # a letter in any script: dates and numbers are no words
# A column of numbers left out is named too where its heading says they number someone or
# something ("Mosaic ID", "NHS number", "Response ID"): a person's number not taken as the
# person went unsaid (review 34 R4 R5). Dates, ages and counts are still not named.
_A_NUMBER = re.compile(r"\b(id|ids|identifier|ref|reference|no|number|num|nr|code)\b")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class LeftOutColumn:
    heading: str  # as column_names gives it ("Column C" when it has none)
    cells: int  # cells below the headings with words in them
    column: int = -1  # where it is in the sheet (0 for A)
    names: bool = False  # it holds people's names: watched for on the cards, never kept
    numbers: bool = False  # no words, but numbers under a heading that says so (_A_NUMBER)

    def describe(self, shown: Callable[[str], str] = str) -> str:
        cells = "1 cell" if self.cells == 1 else f"{self.cells:,} cells"
        return f"{shown(self.heading)} ({cells} with {'numbers' if self.numbers else 'words'})"


def cells_with_words(table: SourceTable, column: int, first_row: int) -> int:
    """How many cells of ``column``, from ``first_row`` down, have a letter in them."""
    cells = (row[column] for row in table.rows[first_row:] if column < len(row))
    return sum(1 for _ in filter(None, map(_LETTER.search, cells)))


def left_out_columns(
    table: SourceTable, mapping: ColumnMapping, counted: dict[tuple[int, int], int] | None = None
) -> list[LeftOutColumn]:
    """The columns the mapping leaves out that hold words, in the sheet's order.

    ``counted`` keeps each column's count by (first row, column) between calls: the preview
    asks at every correction, and a column of a 100,000-row sheet takes a tenth of a second.
    Whether a column holds names is kept there too, under (first row, -1 - column): 1 or 0,
    and a column of numbers' count under (-1 - first row, column).
    """
    counted = {} if counted is None else counted
    names = column_names(table, mapping)
    first = mapping.first_data_row
    left_out = []
    for column in range(table.width):
        field = mapping.fields[column] if column < len(mapping.fields) else Field.IGNORE
        if field != Field.IGNORE:
            continue
        if (first, column) not in counted:
            counted[first, column] = cells_with_words(table, column, first)
        if not counted[first, column]:  # a column of numbers, counted under (-1 - first, …)
            if (-1 - first, column) not in counted:
                counted[-1 - first, column] = _cells_with_numbers(table, mapping, column)
            if counted[-1 - first, column]:
                left_out.append(LeftOutColumn(names[column], counted[-1 - first, column],
                                              column, numbers=True))
            continue
        if counted[first, column]:
            if (first, -1 - column) not in counted:
                counted[first, -1 - column] = holds_names(table, mapping, column)
            left_out.append(LeftOutColumn(names[column], counted[first, column], column,
                                          bool(counted[first, -1 - column])))
    return left_out



def _cells_with_numbers(table: SourceTable, mapping: ColumnMapping, column: int) -> int:
    """How many cells of a column with no words have a digit, when its heading says it holds
    a number ("Mosaic ID", "NHS no."); 0 for any other heading, or none."""
    headings = table.rows[mapping.header_row] if mapping.header_row is not None else ()
    heading = headings[column] if column < len(headings) else ""
    if not _A_NUMBER.search(re.sub(r"[^a-z0-9]+", " ", heading.casefold())):
        return 0
    first = mapping.first_data_row
    cells = (row[column] for row in table.rows[first:] if column < len(row))
    return sum(1 for _ in filter(None, map(_DIGIT.search, cells)))


def describe_left_out(columns: list[LeftOutColumn], shown: Callable[[str], str] = str) -> str:
    """The words said: "Left out: Worker (4 cells with words), Top thing working (4 cells with
    words)." ("" for none), and the columns of names whose names the cards are checked against.
    ``shown``: how a heading may be shown (one can be a name)."""
    if not columns:
        return ""
    said = "Left out: " + ", ".join(c.describe(shown) for c in columns) + "."
    watched = [f"“{shown(c.heading)}”" for c in columns if c.names]
    if watched:
        which = watched[0] if len(watched) == 1 else ", ".join(watched[:-1]) + " and " \
            + watched[-1]
        said += (f" Cards are checked against the names in {which} (a card naming someone is "
                 "held back); the names are not kept.")
    return said
