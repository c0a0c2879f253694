"""The import report's word on tag columns (Locality, Team, Area…) that may hold personal details.

A tag column's cells become the cards' tags, which the guard never holds back (it reads the
statements: a tag is not shown on the wall). But a "Team" of "Sarah Jones team" or an "Area" of
"14 Acacia Road LS6 2AB" could reach the data export, so the report names each such column, what
kind of detail is in it and what to do, never the words: the import dialog may be projected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from wtfc.importing.file_names import shown_name
from wtfc.importing.mapping import ColumnMapping, Field, column_names
from wtfc.importing.markup_cells import without_markup
from wtfc.importing.table import SourceTable
from wtfc.model.workshop import REDACTION_LABELS, PersonalDetail


def tag_columns_found(table: SourceTable, mapping: ColumnMapping, rows: Iterable[int],
                      details: Callable[[str], Sequence[PersonalDetail]]) -> str:
    """The tag columns where the guard finds a possible detail, with its kinds, as the report's
    note names them ("The Team ([name]) and Area ([address]) columns"; "" when none)
    (``ImportReport.tag_columns``). ``rows``: the spreadsheet's row numbers that gave
    statements; ``details``: the import's guard (which reads each words once)."""
    columns = mapping.columns(Field.TAG)
    if not columns:
        return ""
    names = column_names(table, mapping)
    indexes = sorted({row - 1 for row in rows})
    found = []
    for column in columns:
        cells = {cell for i in indexes if column < len(table.rows[i])
                 and (cell := without_markup(table.rows[i][column]).strip())}  # as the tag
        kinds = dict.fromkeys(d.category for cell in sorted(cells) for d in details(cell))
        if kinds:
            labels = ", ".join(REDACTION_LABELS.get(k, "[personal detail]") for k in kinds)
            found.append(f"{shown_name(names[column])} ({labels})")
    if not found:
        return ""
    return (f"The {found[0]} column" if len(found) == 1
            else f"The {', '.join(found[:-1])} and {found[-1]} columns")
