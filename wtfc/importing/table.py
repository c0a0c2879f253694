"""What every reader returns: the cells of one sheet as trimmed text, before any mapping."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from wtfc.importing.errors import ImportFailed
from wtfc.importing.limits import MAX_COLUMNS, MAX_ROWS


@dataclass(frozen=True)
class SourceTable:
    """The rows of one sheet or text, each cell as trimmed text ("" for an empty cell).

    ``encoding`` says how a text file was read ("UTF-8", "Windows-1252", …; "" for a workbook).
    ``sheet_names`` lists every sheet of a workbook so the user can pick another one.
    """

    rows: list[tuple[str, ...]]
    source_name: str
    encoding: str = ""
    sheet: str = ""
    sheet_names: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def cell_text(value: object) -> str:
    """A cell's value as the text a person sees in the spreadsheet."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time(0, 0):
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    return str(value).strip()


def collect_rows(rows: object, *, source_name: str) -> list[tuple[str, ...]]:
    """Turn an iterable of raw rows into trimmed text rows, refusing absurd sizes early."""
    result: list[tuple[str, ...]] = []
    for raw in rows:  # type: ignore[attr-defined]
        if len(result) >= MAX_ROWS:
            raise ImportFailed(
                f"{source_name} has more than {MAX_ROWS:,} rows, which is more than a workshop "
                "can use. Split it into smaller files, or delete the rows you do not need."
            )
        cells = [cell_text(v) for v in raw[: MAX_COLUMNS + 1]]
        if len(cells) > MAX_COLUMNS and any(cells[MAX_COLUMNS:]):
            raise ImportFailed(
                f"{source_name} has more than {MAX_COLUMNS} columns. Keep the columns with the "
                "statements, people and tags, and delete the others."
            )
        while cells and not cells[-1]:
            cells.pop()
        result.append(tuple(cells))
    while result and not result[-1]:
        result.pop()
    return result
