"""Blanks under a person's code, filled from the row above when the facilitator chooses it.

A sheet whose person cells were merged down each person's rows, saved as CSV, keeps the code on
each person's first row only: the rows below read as no one's. Filling them is offered only
when the column clearly reads that way (``fill_down``), and never done unasked: a blank can
also be a person who did not want to be known, and a guess would count them as someone else.
Never in the wide layout: there each row is one person's review, so a blank is always someone
else, never the person above.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wtfc.importing.mapping import ColumnMapping, Field, column_letter, column_names
from wtfc.importing.table import SourceTable


@dataclass(frozen=True)
class FillDown:
    """The person column's blanks and the code each takes from the rows above."""

    column: int
    heading: str  # the column's heading as ``column_names`` gives it
    cells: dict[int, str]  # row (from 0) -> the code above it, for each blank on a filled row
    # row (from 0) -> (the person cell above it, "A4", and its Excel error, "#N/A"), for each
    # blank below a person cell showing an error: that unknown person's rows, never filled
    errors: dict[int, tuple[str, str]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.cells)


def fill_down(table: SourceTable, mapping: ColumnMapping) -> FillDown | None:
    """The blanks the person column's codes would fill, or None when the column is not
    clearly "a code, then blanks" on the rows with something in them: its first such row has
    a code, some rows are blank, no code is written on two of its filled rows running (codes
    written on each row leave a blank that is no one's), and at least half the codes have a
    blank below them (the shape merged cells leave, not a stray gap). None in the wide
    layout, whose every row is a person of its own."""
    people = mapping.columns(Field.PERSON)
    if len(people) != 1 or mapping.layout == "wide":
        return None
    column = people[0]
    cells: dict[int, str] = {}
    errors: dict[int, tuple[str, str]] = {}
    above = ""  # the last code met
    error: tuple[str, str] | None = None  # the last code met is an error cell: where, what
    codes = codes_over_blanks = 0
    just_met = False  # the row before was that code's (so a blank now is the first below it)
    erring: bool | None = None  # whether the sheet has error cells (asked at the first blank)
    for index in range(mapping.first_data_row, len(table.rows)):
        row = table.rows[index]
        if not any(row):  # a blank row (or one hidden in Excel): no one's, and no break
            continue
        value = row[column] if column < len(row) else ""
        # a lookup's #N/A is someone unknown, a code of its own: calamine reads it as blank,
        # openpyxl as "#N/A", so both readers give the blanks below it to no one
        if not value or value[0] == "#":
            erring = table.has_excel_errors() if erring is None else erring
            if erring and (shows := table.excel_error((index, column))):
                codes += 1
                above, just_met = f"#{index}", True  # (no cell is written again as it)
                error = (f"{column_letter(column)}{index + 1}", shows)
                continue
        if value:
            if value == above:  # written again: a blank between may be someone else's
                return None
            codes += 1
            above, just_met, error = value, True, None
            continue
        if not above:  # blanks before the first code: whose they are cannot be told
            return None
        codes_over_blanks += just_met
        just_met = False
        if error:
            errors[index] = error
        else:
            cells[index] = above
    if not cells or codes_over_blanks * 2 < codes:
        return None
    return FillDown(column, column_names(table, mapping)[column], cells, errors)


def fill_person_cells(table: SourceTable, mapping: ColumnMapping) -> FillDown | None:
    """The person cells Import fills from the row above (and the blanks below an error
    cell): None unless the facilitator chose it (``ColumnMapping.fill_person_down``) and the
    column reads as ``fill_down`` asks."""
    return fill_down(table, mapping) if mapping.fill_person_down else None
