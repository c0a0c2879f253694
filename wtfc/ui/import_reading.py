"""What the import dialog's reading job gives back: a table with its guessed mapping and
``left_out_columns``' counts (these scan every row, so they are made in the background too),
or the refusal of a sheet that may hold the statements, for the page that offers the other."""

from __future__ import annotations

from collections.abc import Callable

from wtfc.importing.left_out import left_out_columns
from wtfc.importing.mapping import ColumnMapping, guess_mapping
from wtfc.importing.passed_sheets import SheetRefused
from wtfc.importing.table import SourceTable

Read = tuple[SourceTable, ColumnMapping, dict[tuple[int, int], int]]


def read_with_mapping(read: Callable[[], SourceTable]) -> Read | SheetRefused:
    try:
        table = read()
    except SheetRefused as refused:  # the facilitator chooses the other sheet, or not
        return refused
    mapping, counted = guess_mapping(table), dict[tuple[int, int], int]()
    left_out_columns(table, mapping, counted)
    return table, mapping, counted
