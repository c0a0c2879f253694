"""Reads one sheet of a workbook (.xlsx, and .xls/.ods where python-calamine is there).

python-calamine (Rust) is the reader: it reads 100,000 rows in about 2.5 s where openpyxl's
read-only mode takes about a minute. openpyxl (read-only, values only, defusedxml installed)
stays as the fallback for machines without calamine. Both give cached formula values, never
formulas; a formula saved with no result reads as empty (see ``formula_cells``). Merged cells
get the merged value in every cell they cover, so a person's code merged down several rows
belongs to each of them. Rows Excel hides are left out, and said (``hidden_rows``).

calamine goes by a file's ending, so a workbook whose ending says another form than its first
bytes (an .xls or .ods renamed .xlsx, an .xlsx renamed .xls) is handed over as its bytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Container, Iterable, Mapping
from pathlib import Path
from typing import Any

from wtfc.importing.errors import ImportFailed
from wtfc.importing.far_cells import FarCells
from wtfc.importing.file_names import shown_file_name, shown_name
from wtfc.importing.formula_cells import UnsavedFormulas, sheet_part
from wtfc.importing.hidden_rows import hidden_rows, hidden_rows_note
from wtfc.importing.limits import MAX_ROWS
from wtfc.importing.mapping import HEADER_SEARCH_ROWS, guess_mapping
from wtfc.importing.passed_sheets import SheetRefused, may_hold_statements
from wtfc.importing.table import SourceTable, cell_text, collect_rows, too_many_rows

# Rows looked at to tell a sheet of statements from an instructions or cover sheet: the
# heading row is searched for in as many.
_PEEK_ROWS = 15
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The form calamine takes each ending for (other endings: it tries each form in turn).
_FORM_OF_ENDING = {".xls": "xls", ".xla": "xls", ".xlsx": "xlsx", ".xlsm": "xlsx",
                   ".xlam": "xlsx", ".ods": "ods"}
_OPENPYXL_ENDINGS = (".xlsx", ".xlsm", ".xltx", ".xltm")


def read_workbook(path: Path, *, sheet: str | None = None, shown: str = "",
                  marked: Container[str] | None = None,
                  too_big: Mapping[str, FarCells] | None = None) -> SourceTable:
    """The chosen sheet as a SourceTable. ``shown`` is the file's name as messages say it
    (``shown_file_name``, with the names to watch for); ``marked``, the zip's parts that mark
    something hidden, and ``too_big``, its sheets with a value too far off to read, as
    ``check_workbook_zip`` gives them (None: not looked at yet).

    With no `sheet` chosen, the first visible sheet whose first rows map to statements (an
    "Instructions" or cover sheet first is passed over, and a hidden old sheet), else the first
    visible one; the table's ``sheet_note`` then names the sheets left out.
    """
    shown = shown or shown_file_name(path)
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return _read_with_openpyxl(path, sheet=sheet, shown=shown, marked=marked)
    return _read_with_calamine(path, sheet=sheet, shown=shown, marked=marked,
                               too_big=too_big or {})


def _unreadable(shown: str) -> ImportFailed:
    # (the reader's own words, "BadZipFile: File is not a zip file", help no facilitator)
    return ImportFailed(f"{shown} could not be read as a spreadsheet: it may be damaged, or "
                        "saved in a form wtfc does not read. Open it in Excel, save it as "
                        ".xlsx, and try again.")


def _chosen_sheet(shown: str, names: list[str], sheet: str) -> str:
    for name in names:
        if name.casefold() == sheet.strip().casefold():
            return name
    raise ImportFailed(
        f"{shown} has no sheet called '{shown_name(sheet)}'. Its sheets are: "
        + ", ".join(f"'{shown_name(n)}'" for n in names)
        + "."
    )


def _read_with_calamine(path: Path, *, sheet: str | None, shown: str,
                        marked: Container[str] | None,
                        too_big: Mapping[str, FarCells]) -> SourceTable:
    import python_calamine

    try:
        if _ending_fits(path):
            workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        else:
            with path.open("rb") as handle:
                workbook = python_calamine.CalamineWorkbook.from_filelike(handle)
    except python_calamine.PasswordError as exc:
        raise _password_protected(shown) from exc
    except Exception as exc:  # calamine raises several types for damaged files
        raise _unreadable(shown) from exc
    try:
        names = list(workbook.sheet_names)
        hidden = [m.name for m in workbook.sheets_metadata
                  if m.visible != python_calamine.SheetVisibleEnum.Visible
                  or m.typ != python_calamine.SheetTypeEnum.WorkSheet]
        load = _safe_loader(workbook.get_sheet_by_name, path, shown, names, too_big)
        passed: dict[str, str] = {}
        if sheet is None:
            name, worksheet = _first_with_statements(
                shown, names, hidden, load,
                lambda worksheet: worksheet.to_python(skip_empty_area=False, nrows=_PEEK_ROWS),
                passed, lambda refused: may_hold_statements(path, refused, shown=shown,
                                                            first_rows=_PEEK_ROWS),
            )
        else:
            name = _chosen_sheet(shown, names, sheet)
            worksheet = load(name)
        raw = worksheet.to_python(skip_empty_area=False, nrows=MAX_ROWS + 1)
        for (top, left), (bottom, right) in worksheet.merged_cell_ranges or []:
            _fill_merged(raw, top, left, bottom, right)
        more_below = len(raw) > MAX_ROWS and _filled_below(worksheet, MAX_ROWS + 1)
    except ImportFailed:
        raise
    except Exception as exc:
        raise _unreadable(shown) from exc
    finally:
        workbook.close()
    if more_below:
        raise too_many_rows(shown)
    rows = collect_rows(raw, source_name=shown)
    return _table(path, rows, shown, name, names, hidden, chosen=sheet is None, marked=marked,
                  passed=passed)


def _safe_loader(sheet_by_name: Callable[[str], Any], path: Path, shown: str, names: list[str],
                 too_big: Mapping[str, FarCells]) -> Callable[[str], Any]:
    """``sheet_by_name``, first refusing a sheet with a value too far off for calamine to hold
    (``far_cells``); a stray cell on a sheet never read stops nothing."""
    def load(name: str) -> Any:
        if too_big:
            far = _far_cells_of(path, name, too_big)
            far.check(shown, shown_name(name) if len(names) > 1 else "")
        return sheet_by_name(name)
    return load


def _far_cells_of(path: Path, name: str, too_big: Mapping[str, FarCells]) -> FarCells:
    try:
        with zipfile.ZipFile(path) as archive:
            part = sheet_part(archive, name)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError):
        part = None
    if part is None:  # which part is the sheet's cannot be told: the worst stands for it
        return max(too_big.values(), key=lambda far: far.cells)
    return too_big.get(part, FarCells())


def _ending_fits(path: Path) -> bool:
    """Whether calamine, going by ``path``'s ending, reads it as the form its bytes are."""
    expected = _FORM_OF_ENDING.get(path.suffix.lower())
    if expected is None:
        return True
    with path.open("rb") as handle:
        if handle.read(8) == _OLE:
            return expected == "xls"
    try:
        with zipfile.ZipFile(path) as archive:
            parts = set(archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return True  # neither: calamine's own error says it cannot be read
    form = "xlsx" if "xl/workbook.xml" in parts else "ods" if "content.xml" in parts else ""
    return form in ("", expected)


def _table(path: Path, rows: list[tuple[str, ...]], shown: str, name: str, names: list[str],
           hidden: list[str], *, chosen: bool, marked: Container[str] | None,
           passed: Mapping[str, str] | None = None) -> SourceTable:
    left_out = _leave_out_hidden(rows, hidden_rows(path, name, marked))
    note = hidden_rows_note(left_out)
    formulas = UnsavedFormulas(path, name)
    return SourceTable(rows=rows, source_name=shown, sheet=name, sheet_names=tuple(names),
                       hidden_sheets=tuple(hidden),
                       sheet_note=sheet_note(name, names, hidden, passed) if chosen else "",
                       passed_over=tuple(passed or ()) if chosen else (),
                       notes=(note,) if note else (), hidden_rows=frozenset(left_out),
                       unsaved_formulas=formulas, excel_error=formulas.error,
                       has_excel_errors=formulas.has_errors)


def _leave_out_hidden(rows: list[tuple[str, ...]], hidden: frozenset[int]) -> list[int]:
    """Empty the hidden rows with something in them, so their words are never shown nor
    imported, and give their places. The heading row stays: a hidden heading row is still
    the headings, below a title row too. It is the row the mapping takes as the headings,
    read with the hidden rows in; with no headings it knows, no row is spared (a hidden
    first row of statements may be someone's withdrawn words)."""
    left_out = sorted(i for i in hidden if i < len(rows) and rows[i])
    if not left_out:
        return []
    top = rows[:HEADER_SEARCH_ROWS + 1]
    headings = guess_mapping(SourceTable(rows=top, source_name="")).header_row
    left_out = [i for i in left_out if i != headings]
    for index in left_out:
        rows[index] = ()
    return left_out


def _first_with_statements(
    shown: str,
    names: list[str],
    hidden: list[str],
    sheet_by_name: Callable[[str], Any],
    first_rows: Callable[[Any], Iterable[Iterable[object]]],
    passed: dict[str, str] | None = None,
    may_hold: Callable[[str], bool] = lambda _name: True,
) -> tuple[str, Any]:
    """(name, sheet) of the first visible sheet whose first rows map to statements, else of
    the first visible sheet (the first sheet when all are hidden). Each sheet looked at is let
    go before the next is read, as calamine holds a sheet whole (two sheets near the cell limit
    took 1.25 GB kept together, three 1.9 GB): the first is read again only when no sheet has
    statements. A sheet ``sheet_by_name`` refuses (a stray cell too far off
    to read) is passed over, its refusal kept in ``passed`` for the sheet note, when it is a
    "Notes" sheet: one that ``may_hold`` says holds no statements. Else, or when every sheet
    is refused, it stops the import (``SheetRefused`` names the sheet that would be read)."""
    if not names:
        raise ImportFailed(f"{shown} has no sheets to read.")
    visible = [n for n in names if n not in hidden] or names[:1]
    if len(visible) == 1:
        return visible[0], sheet_by_name(visible[0])
    first = ""  # the first sheet read: its name only
    refused: ImportFailed | None = None
    stops: tuple[str, ImportFailed] | None = None  # a refused sheet that may be the statements
    chosen: tuple[str, Any] | None = None
    for name in visible:
        try:
            worksheet = sheet_by_name(name)
        except ImportFailed as exc:
            refused = refused or exc
            if passed is not None:
                passed[name] = str(exc)
            if stops is None and may_hold(name):
                stops = (name, exc)
            continue
        first = first or name
        rows = collect_rows(first_rows(worksheet), source_name=shown)
        table = SourceTable(rows=rows, source_name=shown)
        if rows and guess_mapping(table).finds_statements():
            chosen = (name, worksheet)
            break
        del worksheet  # before the next is read, not when the next takes its place
    if not first:  # every sheet too big to read: the first one's refusal says why
        assert refused is not None
        raise refused
    if stops is not None:  # never another sheet in its place unasked (last round's words)
        raise SheetRefused(str(stops[1]), sheet=stops[0], instead=(chosen or (first,))[0])
    # no statements found: the first sheet read, to map by hand
    return chosen or (first, sheet_by_name(first))


def sheet_note(name: str, names: list[str], hidden: list[str],
               too_far: Mapping[str, str] | None = None) -> str:
    """What the report and the dialog say of a workbook's other sheets when wtfc chose the
    sheet to read ("" for a workbook of one sheet). Sheets named after someone read "[name]".
    ``too_far``: the sheets too big to look at, and why (said after the rest)."""
    others = [n for n in names if n != name]
    if not others:
        return ""
    listed = ", ".join(f"'{shown_name(n)}'" + (" (hidden)" if n in hidden else "")
                       for n in others)
    before = names.index(name)
    why = ""
    if before:
        passed = names[:before]
        if all(n in hidden for n in passed):
            why = " (the sheets before it are hidden)" if before > 1 else " (the first is hidden)"
        else:
            why = " (the first with statements in it)"
    too_big = "".join(f" The sheet '{shown_name(n)}' could not be looked at: {why_not}"
                      for n, why_not in (too_far or {}).items())
    return (f"The sheet '{shown_name(name)}' was read{why}. The workbook's other sheets were "
            f"left out: {listed}. To import one, choose it as the sheet to read.{too_big}")


def _filled_below(worksheet: Any, first: int) -> bool:
    """Whether a cell at or below row `first` (0-based) holds something.

    Only the first rows are read into memory; this looks at the rest one row at a time, so a
    column of spaces far below the statements passes and statements down there are not lost.
    iter_rows may start at the first used row, so positions are counted up from the last one.
    """
    last_filled = -1
    count = 0
    for count, row in enumerate(worksheet.iter_rows(), start=1):
        if any(cell_text(v) for v in row):
            last_filled = count - 1
    last_row = worksheet.end[0] if worksheet.end else count - 1
    return last_filled >= 0 and last_filled + (last_row + 1 - count) >= first


def _fill_merged(raw: list[list[Any]], top: int, left: int, bottom: int, right: int) -> None:
    if top >= len(raw):
        return
    value = raw[top][left] if left < len(raw[top]) else None
    for r in range(top, min(bottom, len(raw) - 1) + 1):
        row = raw[r]
        for c in range(left, min(right, len(row) - 1) + 1):
            if row[c] in ("", None):
                row[c] = value


def _read_with_openpyxl(path: Path, *, sheet: str | None, shown: str,
                        marked: Container[str] | None) -> SourceTable:
    import openpyxl

    try:
        # (openpyxl refuses a file whose ending is not its own; its bytes it reads all the same)
        source = path if path.suffix.lower() in _OPENPYXL_ENDINGS else io.BytesIO(
            path.read_bytes())
        workbook = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except Exception as exc:
        raise _unreadable(shown) from exc
    try:
        names = list(workbook.sheetnames)
        hidden = [ws.title for ws in workbook.worksheets if ws.sheet_state != "visible"]
        hidden += [ws.title for ws in workbook.chartsheets]
        if sheet is None:
            name, worksheet = _first_with_statements(
                shown, names, hidden, workbook.__getitem__,
                lambda worksheet: worksheet.iter_rows(max_row=_PEEK_ROWS, values_only=True),
            )
        else:
            name = _chosen_sheet(shown, names, sheet)
            worksheet = workbook[name]
        # Read-only mode trusts the sheet's stated size, which some exporters get wrong.
        worksheet.reset_dimensions()
        rows = collect_rows(worksheet.iter_rows(values_only=True), source_name=shown)
    except ImportFailed:
        raise
    except Exception as exc:
        raise _unreadable(shown) from exc
    finally:
        workbook.close()
    return _table(path, rows, shown, name, names, hidden, chosen=sheet is None, marked=marked)


def _password_protected(shown: str) -> ImportFailed:
    return ImportFailed(
        f"{shown} is protected with a password, so it cannot be read. Open it "
        "in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, "
        "and clear it), save, and import it again."
    )


def password_protected_error(shown: str) -> ImportFailed:
    """The error for an encrypted workbook, which sources.py spots before any reader runs."""
    return _password_protected(shown)
