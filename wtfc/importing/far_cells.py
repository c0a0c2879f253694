"""Finds a value in a far-off cell before calamine reads a sheet it would never survive.

calamine builds a sheet as one dense block from A1 to its last filled cell, about 32 bytes a
cell. One "x" typed in XFD1048576 (Ctrl+→, then a key) makes that 512 GiB; 4,000 statements
and an "x" in XFD4001 make 2 GB. A Rust allocation that fails ends the whole process, with no
exception Python could catch, so the app would vanish with the workshop open. The zip check
unpacks every part already: these scanners are fed its chunks and give the far cell.

Only cells holding something count: calamine leaves out empty formatted cells (formatting to
row 1,048,576 is common and cheap), and so does the scan. In a sheet's XML a value cell is a
start tag followed by a child (``<c r="B2" t="s"><v>3</v></c>``); a formatted empty cell is
``<c r="B2" s="1"/>``. Excel and the writers we know put ``r=`` first, which keeps the scan to
a few milliseconds for 100,000 statements (a sheet with another attribute first is scanned more
slowly). .ods cells say how many columns (``number-columns-repeated``) and rows
(``number-rows-repeated``) they stand for. A cell with no ``r=`` (Excel writes none, but a
crafted file ended the app with one) stands where calamine puts it, one column after the cell
before it in its row: from the chunk that holds one, each cell and row is counted. Not looked
for: rows saved out of order; Excel writes none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wtfc.importing.errors import ImportFailed
from wtfc.importing.limits import MAX_COLUMNS, MAX_DENSE_CELLS, MAX_ROWS

if TYPE_CHECKING:
    from xml.parsers.expat import XMLParserType

_ROOT = re.compile(rb"<(\w{1,16}:)?worksheet\b")
_TAIL = 512  # longer than any cell's start tag and the next tag's opening: none is cut in two
# counted one by one where a cell has no r=: a row or cell start tag, its r= and whether it
# closes itself (or is closed at once: "<c …></c>"), as calamine places it
_TAG = re.compile(rb'<(?:\w{1,16}:)?(row|c)\b([^>]*?)(/?)>(\s*</)?')
_REF = re.compile(rb'\sr="([A-Z]{0,3})([0-9]{0,7})"')


@dataclass
class FarCells:
    """The value cells' reach in one sheet: the widest one and the lowest one, from 1."""

    widest: tuple[int, int] = (0, 0)  # (column, row) of a cell in the rightmost filled column
    lowest: tuple[int, int] = (0, 0)  # (row, column) of a cell in the lowest filled row

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
        return self.cells > MAX_DENSE_CELLS

    def check(self, shown: str, sheet: str = "") -> None:
        """Raise ImportFailed, naming the far cell, when the sheet is too big to read safely.
        ``sheet``: the sheet's name as messages say it, for a workbook of several ("")."""
        if not self.too_big:
            return
        of_sheet = f" of the sheet '{sheet}'" if sheet else ""
        column, row = self.widest
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
    number = 0
    for letter in letters:
        number = number * 26 + letter - ord("A") + 1
    return number


class SheetScan:
    """Fed an .xlsx part's chunks in turn; finds its value cells if it is a worksheet."""

    def __init__(self) -> None:
        self.found = FarCells()
        self._tail = b""
        self._wide: re.Pattern[bytes] | None = None
        self._any: re.Pattern[bytes] | None = None
        self._first = True
        self._open = self._close = self._row_open = b""
        self._probe: re.Pattern[bytes] | None = None
        self._counting = False  # a cell with no r= was seen: each tag is counted from then on
        self._row = self._column = 0  # where calamine's count stands, as it counts

    def feed(self, chunk: bytes) -> None:
        if self._first:
            self._first = False
            root = _ROOT.search(chunk, 0, 4096)
            if root is None:
                return  # not a worksheet: styles, shared strings, charts
            prefix = root.group(1) or b""
            # A writer that puts another attribute before r= is read the slower way (3 times)
            anywhere = re.search(b"<" + re.escape(prefix) + rb"c (?!r=)\w", chunk) is not None
            self._wide, self._any = _cell_patterns(prefix, anywhere)
            self._open = b"<" + prefix + (b"c " if anywhere else b'c r="')
            self._close = b"</" + prefix + b"c>"
            self._row_open = b"<" + prefix + b"row"
            # a cell tag not starting r=, in one pass in C; where r= comes later in every tag,
            # one whose attributes hold no r= (slower: that scan takes twice as long)
            self._probe = re.compile(b"<" + re.escape(prefix) + (
                rb'c(?=[\s>/])(?![^>]*\sr=")' if anywhere else rb'c(?: (?!r=")|>)'))
        if self._wide is None or self._any is None:
            return
        data = self._tail + chunk
        if self._counting or self._without_ref(data):
            self._count(data)
            return
        self._tail = data[-_TAIL:]
        self._note_row(data)
        # Columns of two or three letters (AA on) are where a stray cell sits; single letters
        # reach Z at most, so only their rows matter, and rows come in order (Excel writes
        # them so): the lowest value cell of the chunk is its last one.
        wide = self._wide.findall(data)
        if wide:  # (one pass in C over a sheet with a two-letter column in every row)
            letters, rows = zip(*wide, strict=True)
            top = max(set(letters), key=lambda found: (len(found), found))
            self.found.note(_column_number(top), int(rows[letters.index(top)]))
        last = self._last_value_cell(data)
        if last is not None:
            self.found.note(_column_number(last[0]), int(last[1]))

    def _without_ref(self, data: bytes) -> bool:
        """Whether ``data`` holds a cell start tag with no r=."""
        assert self._probe is not None
        end = data.rfind(b">") + 1  # a tag cut at the end is looked at whole, with the next
        found = self._probe.search(data, 0, end)
        if found is None:
            return False
        return any(_REF.search(tag.group(2)) is None
                   for tag in _TAG.finditer(data, found.start(), end) if tag.group(1) == b"c")

    def _note_row(self, data: bytes) -> None:
        """Keep the last row's number: a cell with no r= in the next chunk is in that row."""
        start = data.rfind(self._row_open)
        found = _TAG.match(data, start) if start >= 0 else None
        ref = _REF.search(found.group(2)) if found is not None else None
        if ref is not None and ref.group(2):
            self._row = int(ref.group(2))

    def _count(self, data: bytes) -> None:
        """Place each cell as calamine does: at its r=, else one after the cell before it in
        its row; a row at its r=, else one below the last. A row begun in an earlier chunk is
        taken to reach as far as the widest cell yet (more, never less, than it holds)."""
        if not self._counting:
            self._counting = True
            self._column = self.found.widest[0]
        end = data.rfind(b">") + 1
        self._tail = data[end:][-_TAIL:]  # a tag cut in two, read whole with the next chunk
        for name, attributes, closed, at_once in _TAG.findall(data, 0, end):
            ref = _REF.search(attributes)
            if name == b"row":
                self._row = int(ref.group(2)) if ref is not None and ref.group(2) else self._row + 1
                self._column = 0
                continue
            row = self._row
            if ref is not None and ref.group(1):
                self._column = _column_number(ref.group(1))
                row = int(ref.group(2)) if ref.group(2) else row
            else:
                self._column += 1
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


def _cell_patterns(prefix: bytes, anywhere: bool) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    start = rb"<" + re.escape(prefix) + rb"c "
    if anywhere:
        start += rb'(?:[\w:]{1,16}="[^"]{0,64}"\s+)*?'
    value = rb'"[^>/]*>\s*<(?!/)'  # the start tag, then a child element: not empty
    return (re.compile(start + rb'r="([A-Z]{2,3})([0-9]{1,7})' + value),
            re.compile(start + rb'r="([A-Z]{1,3})([0-9]{1,7})' + value))


class OdsScan:
    """Fed an .ods ``content.xml`` in chunks; finds each table's value cells, repeats counted.
    A cell holds something when it says its kind of value (``office:value-type``), as
    LibreOffice and Excel write every filled cell; formatted empty cells do not."""

    def __init__(self) -> None:
        self.tables: list[tuple[str, FarCells]] = []  # each table's name and reach
        self._table = FarCells()
        self._row = self._repeat_rows = self._column = 0
        from xml.parsers import expat  # (only for an .ods: not on the start-up path)

        self._errors: tuple[type[Exception], ...] = (expat.ExpatError, ValueError)
        parser = expat.ParserCreate()
        parser.StartElementHandler = self._start  # (start tags only: 4 times faster)
        parser.StartDoctypeDeclHandler = self._refuse_doctype  # no entities to expand
        self._parser: XMLParserType | None = parser

    @property
    def found(self) -> FarCells:
        """The reach of the table that would take calamine most cells."""
        return max((far for _, far in self.tables), key=lambda far: far.cells,
                   default=FarCells())

    @property
    def sheet(self) -> str:
        """The name of that table."""
        return next((name for name, far in self.tables if far is self.found), "")

    def feed(self, chunk: bytes) -> None:
        if self._parser is None:
            return
        try:
            self._parser.Parse(chunk, False)
        except self._errors:
            self._parser = None  # damaged or odd: calamine's own reading says so plainly

    def _refuse_doctype(self, *_args: object) -> None:
        raise ValueError("a DOCTYPE in content.xml")

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "table:table-cell" or name == "table:covered-table-cell":
            repeated = attributes.get("table:number-columns-repeated")
            self._column += _count(repeated) if repeated else 1
            if "office:value-type" in attributes:  # named at its first row, counted to its last
                self._table.note(self._column, self._row + 1)
                if self._repeat_rows > 1:
                    self._table.note(self._column, self._row + self._repeat_rows)
        elif name == "table:table-row":
            self._row += self._repeat_rows
            repeated = attributes.get("table:number-rows-repeated")
            self._repeat_rows = _count(repeated) if repeated else 1
            self._column = 0
        elif name == "table:table":
            self._table = FarCells()
            self.tables.append((attributes.get("table:name", ""), self._table))
            self._row = self._repeat_rows = 0


def _count(repeated: str) -> int:
    try:
        return max(1, int(repeated))
    except ValueError:
        return 1
