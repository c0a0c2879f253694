"""The columns an import leaves out that hold words, said in the preview and the report.

A statement column the headings did not name ("Top thing working") is left out by default;
left out without a word, every statement in it is lost and nobody is told. So whatever holds
words and is left out is named, with how many of its cells have words in them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from wtfc.importing.mapping import ColumnMapping, Field, column_names
from wtfc.importing.table import SourceTable

_LETTER = re.compile(r"[^\W\d_]")  # a letter in any script: dates and numbers are no words


@dataclass(frozen=True)
class LeftOutColumn:
    heading: str  # as column_names gives it ("Column C" when it has none)
    cells: int  # cells below the headings with words in them

    def describe(self, shown: Callable[[str], str] = str) -> str:
        cells = "1 cell" if self.cells == 1 else f"{self.cells:,} cells"
        return f"{shown(self.heading)} ({cells} with words)"


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
        if counted[first, column]:
            left_out.append(LeftOutColumn(names[column], counted[first, column]))
    return left_out


def describe_left_out(columns: list[LeftOutColumn], shown: Callable[[str], str] = str) -> str:
    """The words said: "Left out: Worker (4 cells with words), Top thing working (4 cells with
    words)." ("" for none). ``shown``: how a heading may be shown (one can be a name)."""
    if not columns:
        return ""
    return "Left out: " + ", ".join(c.describe(shown) for c in columns) + "."
