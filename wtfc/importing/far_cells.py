"""Finds a value in a far-off cell before calamine reads a sheet it would never survive.

calamine builds a sheet as one dense block from A1 to its last filled cell, about 32 bytes a
cell. One "x" typed in XFD1048576 (Ctrl+→, then a key) makes that 512 GiB; 4,000 statements
and an "x" in XFD4001 make 2 GB. A Rust allocation that fails ends the whole process, with no
exception Python could catch, so the app would vanish with the workshop open. The zip check
unpacks every part already: these scanners are fed its chunks and give the far cell.

Only cells holding something count: calamine leaves out empty formatted cells (formatting to
row 1,048,576 is common and cheap), and so does the scan. In a sheet's XML a value cell is a
start tag followed by a child (``<c r="B2" t="s"><v>3</v></c>``); a formatted empty cell is
``<c r="B2" s="1"/>``. calamine reads every part its workbook points to, whatever its name, from
its ``sheetData`` on; it takes any prefix, quote, spacing, case and length of a reference
(``<x:c  r='xfd99999999'>``) and places a cell with no ``r=`` one column after the cell before it
in its row. The cells Excel and the writers we know write (``r=`` first, in capitals, double
quotes, in order of their rows) are read by patterns over the whole chunk, 2 ms for 5,000
statements and 60 ms for 100,000 (a sheet with another attribute first is scanned more
slowly; formatted empty cells under the statements, Excel's ``<c r="B9" s="1"/>`` or
openpyxl's ``<c r="B9" s="1" t="n" />``, are passed over at the same speed). From the first tag
written any other way (or a value cell well below the last: one written out of order), every
row and cell tag is read one by one and placed as calamine places it, about 1.5 s for 100,000
rows; a reference that names no cell stops the import as damaged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wtfc.importing.errors import ImportFailed
from wtfc.importing.limits import (
    MAX_COLUMNS,
    MAX_DENSE_CELLS,
    MAX_ROWS,
    SHEET_LAST_COLUMN,
    SHEET_LAST_ROW,
)

_SHEET_DATA = re.compile(rb"<([^\s<>/:!?=\"']{1,64}:)?sheetData[\s/>]")
_TAIL = 4096  # longer than any tag the patterns read whole, with the next tag's opening
_MAX_TAG = 64 * 1024  # a row or cell start tag longer than this is no spreadsheet's
_PREFIX = rb"(?:[^\s<>/:!?=\"']{1,64}:)?"
# A row or cell start tag as calamine reads it (a ">" may stand inside quotes), whether it
# closes itself, and whether its end tag follows at once ("<c …></c>", empty)
_TAG = re.compile(rb"<" + _PREFIX + rb"""(row|c)((?:\s(?:[^>"']|"[^"]*"|'[^']*')*?)?)(/?)>"""
                  rb"(\s*</)?")
_TAG_START = re.compile(rb"<" + _PREFIX + rb"(?:row|c)[\s/>]")
_REF = re.compile(rb"""(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_CELL_REF = re.compile(rb"([A-Za-z]+)([0-9]+)")
_DIGITS = re.compile(rb"[0-9]{1,7}")
_MANY = 10**12  # a row or column number past any sheet's (longer ones are not worked out)
# The attributes other than r= as Excel writes them, in the form the fast patterns read past
_CELL_ATTR = rb'(?:s|t|cm|vm|ph)="[\w.]{0,16}"'
_ROW_ATTR = rb'(?!r=)[\w:]{1,32}="[^"<>/]{0,64}"'
_NAME = re.compile(rb"[^\s<>/:!?=\"']{1,64}")


def _sheet_data(data: bytes) -> re.Match[bytes] | None:
    """Where the cells begin, if here: calamine reads a part's cells from its sheetData on."""
    at = data.find(b"sheetData")
    while at >= 0:
        found = _SHEET_DATA.search(data, max(0, at - 66), at + 10)
        if found is not None:
            return found
        at = data.find(b"sheetData", at + 1)
    return None


@dataclass
class FarCells:
    """The value cells' reach in one sheet: the widest one and the lowest one, from 1.
    ``damaged``: a cell's place was written as no cell's, so calamine's reach is unknown."""

    widest: tuple[int, int] = (0, 0)  # (column, row) of a cell in the rightmost filled column
    lowest: tuple[int, int] = (0, 0)  # (row, column) of a cell in the lowest filled row
    damaged: bool = False

    def note(self, column: int, row: int) -> None:
        if column > self.widest[0]:
            self.widest = (column, row)
        if row > self.lowest[0]:
            self.lowest = (row, column)

    @property
    def cells(self) -> int:
        """The cells calamine would hold for this sheet (counted from A1: an upper bound)."""
        return self.widest[0] * self.lowest[0]

    @property
    def too_big(self) -> bool:
        return self.damaged or self.cells > MAX_DENSE_CELLS

    def check(self, shown: str, sheet: str = "", *, most: int = MAX_DENSE_CELLS) -> None:
        """Raise ImportFailed, naming the far cell, when the sheet is too big to read safely
        (more than ``most`` cells). ``sheet``: the sheet's name as messages say it, for a
        workbook of several ("")."""
        if not self.damaged and self.cells <= most:
            return
        of_sheet = f" of the sheet '{sheet}'" if sheet else ""
        column, row = self.widest
        if self.damaged or column > SHEET_LAST_COLUMN or self.lowest[0] > SHEET_LAST_ROW:
            # (no cell to go to with Ctrl+End: no spreadsheet program has one there)
            why = (f"the cells{of_sheet} are not written as a spreadsheet program writes them"
                   if self.damaged else f"a cell{of_sheet} is placed where no spreadsheet has "
                   "cells")
            raise ImportFailed(
                f"{shown} could not be read: the file is damaged ({why}), or made to harm the "
                "computer. If Excel or LibreOffice opens it, save it again there and import "
                "again.")
        if MAX_COLUMNS < column <= 2 * MAX_COLUMNS:  # more likely columns of data than a stray
            raise ImportFailed(
                f"{shown} has more than {MAX_COLUMNS} columns: the cells{of_sheet} reach column "
                f"{column_letters(column)}. Keep the columns with the statements, people and "
                "tags, delete the others, and import again."
            )
        if column > MAX_COLUMNS:
            where = "far to the right of the statements"
        elif self.lowest[0] > MAX_ROWS:
            row, column = self.lowest
            where = "far below the statements"
        else:  # a sheet within the limits both ways, but too big as a whole
            whose = f"the cells{of_sheet}" if sheet else "its cells"
            raise ImportFailed(
                f"{shown} is too big to read safely: {whose} reach column "
                f"{column_letters(column)} and row {self.lowest[0]:,}. Keep only the columns "
                "with the statements, people and tags, or split it into smaller files, and "
                "import again."
            )
        raise ImportFailed(
            f"{shown} has something in cell {column_letters(column)}{row}{of_sheet}, {where}. "
            "In Excel (or LibreOffice), press Ctrl+End to go to it, clear it, save, and import "
            "again."
        )


def column_letters(column: int) -> str:
    """Excel's name for a column counted from 1 (1 → A, 16384 → XFD)."""
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _column_number(letters: bytes) -> int:
    if len(letters) > 8:
        return _MANY
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - ord("A") + 1
    return number


def _row_number(digits: bytes) -> int:
    return int(digits) if len(digits) <= 12 else _MANY


class SheetScan:
    """Fed a part's chunks in turn; finds its value cells if it is a worksheet."""

    def __init__(self) -> None:
        self.found = FarCells()
        self._tail = b""
        self._wide: re.Pattern[bytes] | None = None  # set at the part's sheetData
        self._any: re.Pattern[bytes] | None = None
        self._odd_cell: re.Pattern[bytes] | None = None
        self._odd_row: re.Pattern[bytes] | None = None
        self._prefixed: re.Pattern[bytes] | None = None
        self._bare: re.Pattern[bytes] | None = None
        self._cell_start: bytes | None = None
        self._value = b""
        self._checked = 0  # where in the next chunk (its tail first) cells are still to check
        self._open = self._close = self._row_open = b""
        self._counting = False  # a tag written another way was seen: each is read from then on
        self._row = self._column = 0  # where calamine's count stands, as it counts

    def feed(self, chunk: bytes) -> None:
        if self.found.damaged:
            return
        data = self._tail + chunk
        if self._wide is None:
            begin = _sheet_data(data)
            if begin is None:  # not a worksheet (styles, shared strings, pictures), or not yet
                self._tail = data[-_TAIL:]
                return
            data = data[begin.start():]
            self._patterns(begin.group(1) or b"", data)
        if self._counting:
            self._count(data)
            return
        # The last tag is looked at whole with the next chunk (the tail holds it)
        last = data.rfind(b"<")
        whole = last if last >= 0 and len(data) - last < _TAIL else len(data)
        if self._written_otherwise(data, whole):
            self._count_from(data)
            return
        self._note_row(data, whole)
        # Columns of two or three letters (AA on) are where a stray cell sits; single letters
        # reach Z at most, so only their rows matter, and cells come in order of their rows
        # (``_beyond`` checks): the lowest value cell of the chunk is its last one.
        assert self._wide is not None
        wide = self._wide.findall(data)
        if wide:  # (one pass in C over a sheet with a two-letter column in every row)
            letters, rows = zip(*wide, strict=True)
            top = max(set(letters), key=lambda found: (len(found), found))
            self.found.note(_column_number(top), int(rows[letters.index(top)]))
        last_cell = self._last_value_cell(data)
        if last_cell is not None:
            self.found.note(_column_number(last_cell[0]), int(last_cell[1]))
        if self._beyond(data):
            self._count_from(data)
            return
        self._tail = data[-_TAIL:]
        self._checked = whole - (len(data) - len(self._tail))

    def _count_from(self, data: bytes) -> None:
        """Count cell by cell from here on (``data`` first)."""
        self._counting = True
        self._column = self.found.widest[0]  # (its row is taken to reach that far)
        self._count(data)

    def _patterns(self, prefix: bytes, data: bytes) -> None:
        p = re.escape(prefix)
        # A writer that puts another attribute before r= is read the slower way (3 times)
        anywhere = re.search(b"<" + p + rb"c (?!r=)\w", data) is not None
        before = rb"(?:" + _CELL_ATTR + rb" ){0,5}?" if anywhere else b""
        value = rb'"[^>/]*>\s*<(?!/)'  # the start tag, then a child element: not empty
        start = b"<" + p + b"c " + before
        self._wide = re.compile(start + rb'r="([A-Z]{2,3})([0-9]{1,7})' + value)
        self._any = re.compile(start + rb'r="([A-Z]{1,3})([0-9]{1,7})' + value)
        self._cell_start = start
        self._value = value
        self._open = b"<" + p + (b"c " if anywhere else b'c r="')
        self._close = b"</" + p + b"c>"
        self._row_open = b"<" + p + b'row r="'
        # A cell or row tag of the sheet's prefix not written as those patterns read it, and
        # one of another prefix (each search starts at a literal: a few ms a megabyte)
        self._odd_cell = re.compile(b"<" + p + rb'c(?! ' + before + rb'r="[A-Z]{1,3}[0-9]{1,7}"'
                                    + rb"(?: " + _CELL_ATTR + rb")* ?/?>)[\s/>]")
        self._odd_row = re.compile(b"<" + p + rb'row(?! r="[0-9]{1,7}"(?: ' + _ROW_ATTR
                                   + rb")*/?>)[\s/>]")
        self._prefixed = re.compile((b"(?<!<" + p[:-1] + b")" if p else b"")
                                    + rb":(?:c|row)[\s/>]")
        self._bare = re.compile(rb"<(?:c|row)[\s/>]") if p else None  # (no prefix, in x: cells)

    def _written_otherwise(self, data: bytes, whole: int) -> bool:
        """Whether a row or cell tag before ``whole`` is written otherwise than the patterns
        read (calamine reads it all the same)."""
        assert self._odd_cell is not None and self._odd_row is not None
        if self._odd_cell.search(data, 0, whole) or self._odd_row.search(data, 0, whole):
            return True
        if self._bare is not None and self._bare.search(data, 0, whole):
            return True
        assert self._prefixed is not None
        for colon in self._prefixed.finditer(data, 0, whole):  # ("<x:c" of another prefix)
            start = data.rfind(b"<", max(0, colon.start() - 65), colon.start())
            if start >= 0 and _NAME.fullmatch(data, start + 1, colon.start()):
                return True
        return False

    def _beyond(self, data: bytes) -> bool:
        """Whether a value cell not yet looked at lies more than a tenth below the lowest value
        cell yet: Excel writes cells in order of their rows, so none does unless one was written
        higher up later. Formatted empty cells under the statements hold nothing calamine keeps
        (counting them one by one cost 0.8 s for 10,000 formatted rows). One search in C, by
        its digits: under a tenth, what calamine holds is as counted."""
        digits = str(max(self.found.lowest[0], 1)).encode()
        below = rb"[0-9]{%d,}" % (len(digits) + 1)
        if digits[0] < 57:  # a first digit higher: "[4-9][0-9]{3}" under 3,000
            below += b"|[" + bytes([digits[0] + 1]) + rb"-9][0-9]{%d}" % (len(digits) - 1)
        if len(digits) > 1 and digits[1] < 57:  # the same first digit, a higher second
            below += b"|" + digits[:1] + b"[" + bytes([digits[1] + 1]) + rb"-9][0-9]{%d}" % (
                len(digits) - 2)
        assert self._cell_start is not None
        found = re.compile(self._cell_start + rb'r="[A-Z]{1,3}(?:' + below + rb')' + self._value)
        # Searched to the chunk's end, not to its last tag (the next chunk's search starts
        # there): a cell begun before it may have its child after it ("<c …><v" cut). A cell
        # cut inside its reference does not match; an empty "<c …></c>" cut after its "<" does,
        # and is only read the slower way.
        return found.search(data, self._checked) is not None

    def _note_row(self, data: bytes, whole: int) -> None:
        """Keep the last row's number: counting, if it starts in the next chunk, starts there."""
        start = data.rfind(self._row_open, 0, whole)  # (r= first: any other row is counted)
        if start >= 0:
            found = _DIGITS.match(data, start + len(self._row_open))
            if found is not None:
                self._row = int(found.group())

    def _count(self, data: bytes) -> None:
        """Place each cell as calamine does: at its r=, else one after the cell before it in
        its row; a row at its r=, else one below the last. A row begun in an earlier chunk is
        taken to reach as far as the widest cell yet (more, never less, than it holds)."""
        done = 0
        for start in _TAG_START.finditer(data):
            if start.start() < done:
                continue  # (inside the tag before: in quotes)
            tag = _TAG.match(data, start.start())
            if tag is None:  # cut at the chunk's end: read whole with the next
                if len(data) - start.start() > _MAX_TAG:
                    self.found.damaged = True
                    return
                done = start.start()
                break
            done = tag.end()
            self._place(*tag.groups())
            if self.found.damaged:
                return
        self._tail = data[max(done, len(data) - _TAIL):]

    def _place(self, name: bytes, attributes: bytes, closed: bytes, at_once: bytes | None
               ) -> None:
        refs = _REF.findall(attributes)
        ref = (refs[0][0] or refs[0][1]) if len(refs) == 1 else None
        if len(refs) > 1:
            self.found.damaged = True  # (which one calamine takes is its own affair)
            return
        if name == b"row":
            if ref is None:
                self._row += 1
            elif ref.isdigit() and int(ref):
                # (a row that closes itself may be passed over by calamine: never count back)
                self._row = max(self._row, _row_number(ref)) if closed else _row_number(ref)
            else:
                self.found.damaged = True
            self._column = 0
            return
        row = self._row
        if ref is None:
            self._column += 1
        else:
            cell = _CELL_REF.fullmatch(ref)
            if cell is None or not int(cell.group(2)):
                self.found.damaged = True
                return
            self._column = _column_number(cell.group(1))
            row = _row_number(cell.group(2))
        if not closed and not at_once:  # an empty cell holds nothing: calamine skips it
            self.found.note(self._column, row)

    def _last_value_cell(self, data: bytes) -> tuple[bytes, bytes] | None:
        # A value cell ends with its own end tag; a formatted empty one closes itself.
        end = data.rfind(self._close)
        if end < 0:
            return None
        assert self._any is not None
        found = self._any.match(data, max(0, data.rfind(self._open, 0, end)))
        if found is not None:
            return found.group(1), found.group(2)
        cells = self._any.findall(data, 0, end)  # it was an empty <c …></c>: look before it
        return cells[-1] if cells else None
