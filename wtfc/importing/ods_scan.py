"""Finds the far cells of an .ods before calamine reads it (``far_cells`` says why).

calamine reads every table of an .ods as it opens the file, and holds each cell of text as a
string of its own: about 135 bytes a cell by the time the chosen sheet is read (measured),
four times an .xlsx cell. So the tables are counted together, against a budget of their own
(``MAX_ODS_CELLS``). A cell's repeats (``number-columns-repeated``, ``number-rows-repeated``)
are counted as the cells they stand for: a 1.2 KB file can stand for a billion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wtfc.importing.errors import ImportFailed
from wtfc.importing.far_cells import FarCells, column_letters
from wtfc.importing.limits import MAX_ODS_CELLS

if TYPE_CHECKING:
    from xml.parsers.expat import XMLParserType


class OdsScan:
    """Fed an .ods ``content.xml`` in chunks; finds each table's value cells, repeats counted.
    A cell holds something when it says its kind of value (``office:value-type``), as
    LibreOffice and Excel write every filled cell, or has a value or a formula (calamine reads
    them so); formatted empty cells have none."""

    def __init__(self) -> None:
        self.tables: list[tuple[str, FarCells]] = []  # each table's name and reach
        self.damaged = False  # content.xml is not XML expat reads: its cells are unknown
        self._table = FarCells()
        self._row = self._repeat_rows = self._column = 0
        # the tables a table stands in (in a cell), each with where its count stood
        self._outer: list[tuple[FarCells, int, int, int]] = []
        from xml.parsers import expat  # (only for an .ods: not on the start-up path)

        self._errors: tuple[type[Exception], ...] = (expat.ExpatError, ValueError)
        parser = expat.ParserCreate()
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
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

    @property
    def total(self) -> int:
        """The cells calamine would hold for every table: it reads them all as it opens one."""
        return sum(far.cells for _, far in self.tables)

    def check(self, shown: str, sheet: str = "") -> None:
        """Raise ImportFailed when a table, or all of them together, would take more memory
        than is safe. ``sheet``: the biggest table's name as messages say it, for several."""
        if self.damaged:
            FarCells(damaged=True).check(shown)
        self.found.check(shown, sheet, most=MAX_ODS_CELLS)
        if self.total <= MAX_ODS_CELLS:
            return
        column, row = self.found.widest[0], self.found.lowest[0]
        raise ImportFailed(
            f"{shown} is too big to read safely: its {len(self.tables)} sheets hold "
            f"{self.total:,} cells between them, and an .ods is read whole, every sheet at "
            f"once. The biggest, the sheet '{sheet}', reaches column {column_letters(column)} "
            f"and row {row:,}. Save the sheet with the statements as a file of its own (or "
            "delete the other sheets), and import again.")

    def feed(self, chunk: bytes) -> None:
        if self._parser is None:
            return
        try:
            self._parser.Parse(chunk, False)
        except self._errors:
            # calamine reads what expat does not (a "<" in quotes, for one): unknown cells
            self._parser = None
            self.damaged = True

    def _refuse_doctype(self, *_args: object) -> None:
        raise ValueError("a DOCTYPE in content.xml")

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        if name == "table:table-cell" or name == "table:covered-table-cell":
            repeated = attributes.get("table:number-columns-repeated")
            self._column += _count(repeated) if repeated else 1
            if not _FILLED.isdisjoint(attributes):  # named at its first row, counted to its last
                self._table.note(self._column, self._row + 1)
                if self._repeat_rows > 1:
                    self._table.note(self._column, self._row + self._repeat_rows)
        elif name == "table:table-row":
            self._row += self._repeat_rows
            repeated = attributes.get("table:number-rows-repeated")
            self._repeat_rows = _count(repeated) if repeated else 1
            self._column = 0
        elif name == "table:table":
            self._outer.append((self._table, self._row, self._repeat_rows, self._column))
            self._table = FarCells()
            self.tables.append((attributes.get("table:name", ""), self._table))
            self._row = self._repeat_rows = 0

    def _end(self, name: str) -> None:
        # A table in a cell is no sheet of its own to calamine, which reads on past it: the
        # sheet around it is counted on from where it stood (and the inner one as well).
        if name == "table:table" and self._outer:
            self._table, self._row, self._repeat_rows, self._column = self._outer.pop()


# A cell calamine holds: one with a value, a value type (text in it) or a formula
_FILLED = frozenset({"office:value-type", "office:value", "office:string-value",
                     "office:date-value", "office:time-value", "office:boolean-value",
                     "table:formula"})


def _count(repeated: str) -> int:
    try:
        return max(1, int(repeated))
    except ValueError:
        return 1
