"""What every reader returns: the cells of one sheet as trimmed text, before any mapping."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Container
from dataclasses import dataclass, field

from wtfc.importing.collector import collector_paused
from wtfc.importing.errors import ImportFailed
from wtfc.importing.limits import MAX_COLUMNS, MAX_ROWS, MAX_ROWS_LOOKED_AT

# Control characters (NUL, BEL, …) that no one types but damaged exports carry; an .xlsx export
# of a card holding one fails. Tab, line ends and the other whitespace controls stay: the
# statement clean-up reads them as spaces.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b]")

# The source name of cells pasted from Excel: it starts a message ("Pasted text is empty");
# mid-sentence it is read as ``source_in_sentence`` says ("Imported from the pasted cells").
PASTED_TEXT = "Pasted text"


@dataclass(frozen=True)
class SourceTable:
    """The rows of one sheet or text, each cell as trimmed text ("" for an empty cell).

    ``encoding`` says how a text file was read ("UTF-8", "Windows-1252", …; "" for a workbook
    or pasted cells). ``delimiter`` is what split a text's cells ("," "\t" …; "" for a workbook).
    ``sheet_names`` lists every sheet of a workbook so the user can pick another one;
    ``hidden_sheets`` are those Excel hides (and chart sheets). ``sheet_note`` says which sheet
    was read and which were left out, when wtfc chose it ("" when the user did, or there is
    one sheet). ``hidden_rows`` are the rows, from 0, that Excel hides: their cells read as
    empty, and they are neither imported nor counted as blank. ``unsaved_formulas`` holds the
    (row, column) places, from 0, of cells that read as empty because their formula's result
    was never saved (looked for when asked); ``excel_error`` gives the error value ("#NAME?")
    Excel saved in a cell at such a place, "" for none (looked for likewise).
    """

    rows: list[tuple[str, ...]]
    source_name: str
    encoding: str = ""
    sheet: str = ""
    sheet_names: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())
    delimiter: str = ""
    hidden_sheets: tuple[str, ...] = ()
    sheet_note: str = ""
    passed_over: tuple[str, ...] = ()  # sheets left out unread for a far cell ("Notes")
    hidden_rows: frozenset[int] = frozenset()
    unsaved_formulas: Container[tuple[int, int]] = field(
        default=frozenset(), compare=False, repr=False
    )
    excel_error: Callable[[tuple[int, int]], str] = field(
        default=lambda _place: "", compare=False, repr=False
    )
    # whether any cell holds an error value (looked for when asked, as ``excel_error``)
    has_excel_errors: Callable[[], bool] = field(
        default=lambda: False, compare=False, repr=False
    )

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def source_in_sentence(source_name: str) -> str:
    """The source as named in the middle of a sentence: a file by its name, pasted cells as
    "the pasted cells" (never "Imported from Pasted text")."""
    return "the pasted cells" if source_name == PASTED_TEXT else source_name


def cell_text(value: object) -> str:
    """A cell's value as the text a person sees in the spreadsheet."""
    if type(value) is str:  # every cell of a text file, most of a workbook's: no more to ask
        return _CONTROLS.sub("", value).strip()
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
    return _CONTROLS.sub("", str(value)).strip()


def collect_rows(rows: object, *, source_name: str) -> list[tuple[str, ...]]:
    """Turn an iterable of raw rows into trimmed text rows, refusing absurd sizes early.

    Blank rows are only counted until a filled row follows them: a space or a formula giving ""
    copied far down a column makes rows that look blank, and they must neither count towards
    the row limit nor fill the memory.
    """
    with collector_paused():  # the rows are all kept: nothing for the collector to free
        return _collect_rows(rows, source_name)


def _collect_rows(rows: object, source_name: str) -> list[tuple[str, ...]]:
    result: list[tuple[str, ...]] = []
    blanks = 0
    for raw in rows:  # type: ignore[attr-defined]
        cells = [cell_text(v) for v in raw[: MAX_COLUMNS + 1]]
        if len(cells) > MAX_COLUMNS and any(cells[MAX_COLUMNS:]):
            raise ImportFailed(
                f"{source_name} has more than {MAX_COLUMNS} columns. Keep the columns with the "
                "statements, people and tags, and delete the others."
            )
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            blanks += 1
            if len(result) + blanks > MAX_ROWS_LOOKED_AT:
                raise ImportFailed(
                    f"{source_name} goes on for more than {MAX_ROWS_LOOKED_AT:,} rows, more "
                    "than Excel itself allows. Delete the empty rows below the statements and "
                    "import it again."
                )
            continue
        if len(result) + blanks >= MAX_ROWS:
            raise too_many_rows(source_name)
        result += [()] * blanks
        blanks = 0
        result.append(tuple(cells))
    return result


def too_many_rows(source_name: str) -> ImportFailed:
    return ImportFailed(
        f"{source_name} has more than {MAX_ROWS:,} rows, which is more than a workshop "
        "can use. Split it into smaller files, or delete the rows you do not need."
    )
