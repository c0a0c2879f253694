"""The data export's workbook (.xlsx), quick enough for a workshop of 10,000 cards.

openpyxl (in write-only mode) makes the workbook: its sheets, styles, column widths, frozen
heading rows and the headings. The rows below the headings, 80,000 cells for 10,000 cards, are
written here as the very text openpyxl writes for them (``tests/export/test_export_xlsx.py``
compares the two byte for byte) and put into each sheet's part of the file: openpyxl builds and
serialises an XML element for every cell, which was most of the export's time.

Every cell is made safe first: control characters the format cannot hold are dropped, then text
that could start a formula ("=…", "-", "+44 20…": ``data.safe_cell``) is written as it was, as
text, with the cell's quotePrefix style: no cell is a formula, Excel shows no mark and keeps the
cell text when someone edits it. (The CSV, which has no styles, keeps the guard's apostrophe.)
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

Row = list[Any]
Tables = dict[str, tuple[list[str], list[Row]]]

DATE_FORMAT = "d mmm yyyy"  # "3 Mar 2025"
# "By when", "Last checked", the next review, the day counted, the export's and workshop's:
# read as "3 Mar 2025"
DATE_COLUMNS = {"actions": (5, 11), "record": (4, 6), "counts": (4,), "about": (1,)}
SHEET_NAMES = {"record": "Workshop record", "card-themes": "Card themes",
               "about": "About this data"}  # the others: the table's name, "Cards"
WIDEST = 60  # a column is never wider than this; one with longer text wraps it
ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
MOST_CHARACTERS = 32_767  # a cell holds no more (openpyxl cuts text there too)
# ends a cell cut to fit, so a theme's tenth long comment is not missing with no word
CUT_NOTE = (" … [cut here: an Excel cell holds at most 32,767 characters; the CSV export has "
            "the whole text]")


class _Quoted(str):
    """Text the formula guard caught, written as it was in a text cell with quotePrefix set."""

    __slots__ = ()


def fitted(tables: Tables) -> Tables:
    """``tables`` with each text longer than a cell holds cut to fit and ending in
    ``CUT_NOTE``, before the formula guard sees it (else Excel cuts it there with no word)."""
    def fit(value: Any) -> Any:
        if isinstance(value, str) and len(value) > MOST_CHARACTERS:
            return value[:MOST_CHARACTERS - len(CUT_NOTE)].rstrip() + CUT_NOTE
        return value

    return {name: (header, [row if not any(isinstance(v, str) and len(v) > MOST_CHARACTERS
                                           for v in row) else [fit(v) for v in row]
                            for row in rows])
            for name, (header, rows) in tables.items()}


def workbook_bytes(tables: Tables, *, safe: Callable[[Any], Any],
                   progress: Callable[[int, int], None], title: str = "",
                   author: str = "", notes: dict[tuple[str, str], str] | None = None) -> bytes:
    """A sheet per table, its heading row in bold and frozen, with filter buttons on it.
    ``safe`` makes a value inert (the formula guard); it is applied after the illegal
    characters are dropped. ``title`` and ``author`` are the file's (File ▸ Info in Excel):
    openpyxl's own "openpyxl" is no author. ``notes``: (table, heading) → a note on that
    heading cell, which Excel shows when the pointer rests on it."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font

    def clean(value: Any) -> Any:
        # Dropped before the formula guard, so "\x07=SUM(…)" is still guarded.
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)
            guarded = safe(value)
            if guarded is value or guarded != "'" + value:  # not caught (most cells)
                return guarded
            # the guard's apostrophe would show in Excel ("'-"): the cell's style says it instead
            return _Quoted(value)
        return safe(value)

    def one_line(text: str) -> str:
        # A line break pasted from Word (U+000B) is not allowed in docProps XML: openpyxl and
        # pandas could no longer open the file. Breaks become spaces, other controls go.
        return ILLEGAL_CHARACTERS_RE.sub("", " ".join(text.split()))

    book = Workbook(write_only=True)
    if title:
        book.properties.title = one_line(title)
    if author:
        book.properties.creator = one_line(author)
    bold, wrapped = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    bodies: dict[Any, tuple[str, bytes]] = {}
    for done, (name, (header, rows)) in enumerate(tables.items(), start=1):
        sheet = book.create_sheet(SHEET_NAMES.get(name, name.capitalize()))
        rows = [[clean(v) for v in row] for row in rows]
        wrap = _set_widths(sheet, header, rows)
        sheet.freeze_panes = "A2"
        heading = [_cell(sheet, title, font=bold) for title in header]
        for cell, title in zip(heading, header, strict=True):
            if note := (notes or {}).get((name, title)):
                cell.comment = Comment(note, author or "wtfc")
        sheet.append(heading)
        alignments = [wrapped if w else None for w in wrap]
        body = _Body(sheet, alignments, DATE_COLUMNS.get(name, ()))
        size = f"A1:{body.letters[-1]}{len(rows) + 1}"
        sheet.auto_filter.ref = size  # Excel's filter buttons on the heading row
        bodies[sheet] = (size, body.xml(rows))
        progress(done, len(tables))
    buffer = io.BytesIO()
    book.save(buffer)  # sheets are numbered as they are saved
    return _with_bodies(buffer.getvalue(), {s.path.lstrip("/"): b for s, b in bodies.items()})


def _set_widths(sheet: Any, header: list[str], rows: list[Row]) -> list[bool]:
    """Each column as wide as its heading or longest text among the first rows, between 10
    and 60 characters; says which columns have longer text, or text of several lines (a
    theme's comments, one a line), to wrap it: unwrapped, Excel runs the lines together."""
    from openpyxl.utils import get_column_letter

    wrap = []
    for column, title in enumerate(header):
        texts = [str(row[column] or "") for row in rows[:199]]
        longest = max([len(title)] + [len(text) for text in texts])
        width = min(WIDEST, max(10, longest + 2))
        sheet.column_dimensions[get_column_letter(column + 1)].width = width
        wrap.append(longest > WIDEST or any("\n" in text for text in texts))
    return wrap


def _cell(sheet: Any, value: Any, *, font: Any = None, alignment: Any = None,
          date_format: str | None = None, quoted: bool = False) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value)
    if quoted:
        cell.quotePrefix = True
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    if date_format is not None:
        cell.number_format = date_format
    return cell


class _Body:
    """The rows of one sheet below its heading, as SpreadsheetML."""

    def __init__(self, sheet: Any, alignments: list[Any], date_columns: tuple[int, ...]) -> None:
        from openpyxl.compat import safe_string
        from openpyxl.utils import get_column_letter
        from openpyxl.utils.datetime import to_excel

        self.sheet, self.alignments, self.date_columns = sheet, alignments, date_columns
        self.letters = [get_column_letter(i + 1) for i in range(len(alignments))]
        self._number = safe_string  # "%.16g", as openpyxl writes numbers
        self._serial = lambda day: to_excel(day, sheet.parent.epoch)  # a date as Excel counts
        self._styles: dict[tuple, str] = {}

    def xml(self, rows: list[Row]) -> bytes:
        out: list[str] = []
        for number, row in enumerate(rows, start=2):
            out.append(f'<row r="{number}">')
            out += [self._cell(f"{self.letters[column]}{number}", value, column)
                    for column, value in enumerate(row)]
            out.append("</row>")
        return "".join(out).encode()

    def _style(self, value: Any, column: int) -> str:
        """The cell's style attribute: openpyxl's own style number for a cell of this column
        and type (a date has a number format even where the column has no style)."""
        key = (column, type(value))
        if key not in self._styles:
            date = column in self.date_columns and isinstance(value, dt.date)
            # Made in row order, as openpyxl would make them, so the numbers are the same.
            cell = _cell(self.sheet, value, alignment=self.alignments[column],
                         date_format=DATE_FORMAT if date else None,
                         quoted=isinstance(value, _Quoted))
            self._styles[key] = f' s="{cell.style_id}"' if cell.has_style else ""
        return self._styles[key]

    def _cell(self, ref: str, value: Any, column: int) -> str:
        """One cell, as openpyxl writes it (``openpyxl.cell._writer.etree_write_cell``)."""
        s = self._style(value, column)
        if value is None:
            return f'<c r="{ref}"{s} t="n" />' if s else ""
        if isinstance(value, str):
            quoted, value = isinstance(value, _Quoted), value[:MOST_CHARACTERS]
            if not value:
                return f'<c r="{ref}"{s} t="inlineStr" />'
            if value in ERROR_CODES and not quoted:  # ``safe`` makes typed ones words
                return f'<c r="{ref}"{s} t="e"><v>{value}</v></c>'
            if len(value) > 1 and value.startswith("=") and not quoted:
                raise ValueError("a formula reached the data workbook")  # ``safe`` stops them
            stripped = value.strip()
            space = ' xml:space="preserve"' if stripped and stripped != value else ""
            return f'<c r="{ref}"{s} t="inlineStr"><is><t{space}>{escape(value)}</t></is></c>'
        if isinstance(value, bool):
            return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
        if isinstance(value, int | float):
            number = self._number(value)  # "" for not-a-number
        elif isinstance(value, dt.date):  # a datetime too
            number = self._number(self._serial(value))
        else:
            raise TypeError(f"The data workbook has no cell for {type(value).__name__} values.")
        return f'<c r="{ref}"{s} t="n"><v>{number}</v></c>' if number else (
            f'<c r="{ref}"{s} t="n"><v /></c>')


def _with_bodies(workbook: bytes, bodies: dict[str, tuple[str, bytes]]) -> bytes:
    """The workbook with each sheet's rows after its heading row, and the sheet's size stated
    as openpyxl states it when it writes the rows itself (a reader may trust it)."""
    out = io.BytesIO()
    with (zipfile.ZipFile(io.BytesIO(workbook)) as source,
          zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as target):
        for info in source.infolist():
            data = source.read(info)
            if info.filename in bodies:
                size, rows = bodies[info.filename]
                data = data.replace(b"</sheetPr>",
                                    f'</sheetPr><dimension ref="{size}" />'.encode(), 1)
                data = data.replace(b"</sheetData>", rows + b"</sheetData>", 1)
            target.writestr(info, data)
    return out.getvalue()
