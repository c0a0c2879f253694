"""The mapping step's preview: the first rows as read, and what each would become."""

from __future__ import annotations

from dataclasses import dataclass

from wtfc.importing.mapping import ColumnMapping, Field, column_names
from wtfc.importing.person_fill import fill_person_cells
from wtfc.importing.skip_forecast import SkipForecast, forecast_skips
from wtfc.importing.statements import read_statements
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import Kind


@dataclass(frozen=True)
class PreviewRow:
    row: int  # as numbered in the spreadsheet
    cells: tuple[str, ...]
    cards: tuple[tuple[Kind, str], ...]  # the cards this row would give
    skipped: tuple[str, ...]  # why a row or cell gives no card, in words
    filled_person: str = ""  # the code a blank person cell takes from above, when chosen


@dataclass(frozen=True)
class Preview:
    column_names: list[str]
    fields: tuple[Field, ...]
    rows: list[PreviewRow]
    unknown_kind_values: list[str]  # kind values to ask the user about ("amber")
    problems: list[str]  # what stops the import; empty when it can go ahead
    skips: SkipForecast  # what the import would skip, over every row (not only these)


def make_preview(table: SourceTable, mapping: ColumnMapping, *, limit: int = 20) -> Preview:
    """The first `limit` rows below the headings (duplicates are judged only at import)."""
    names = column_names(table, mapping)
    fields = tuple(mapping.fields) + (Field.IGNORE,) * (len(names) - len(mapping.fields))
    problems = mapping.problems()
    first = mapping.first_data_row
    rows: list[PreviewRow] = []
    if problems:
        for index in range(first, min(len(table.rows), first + limit)):
            rows.append(PreviewRow(index + 1, table.rows[index], (), ()))
    else:
        read = read_statements(table, mapping, first=first, limit=limit)
        fill = fill_person_cells(table, mapping)
        filled = fill.cells if fill else {}
        for index in range(first, min(len(table.rows), first + limit)):
            number = index + 1
            cards = tuple((s.kind, s.text) for s in read.statements if s.row == number)
            skipped = tuple(s.describe() for s in read.skipped if s.row == number)
            rows.append(PreviewRow(number, table.rows[index], cards, skipped,
                                   filled.get(index, "")))
    skips = forecast_skips(table, mapping)
    return Preview(names, fields, rows, skips.asked, problems, skips)
