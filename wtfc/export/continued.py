"""Pages and sheets that say what they carry on.

The action poster's sheets go up on a wall one by one, so a sheet that starts part-way through
a theme's actions must say which theme it is ("… continued") and which role the first row
belongs to; reportlab's own split only repeats the column headings. A report page that starts
part-way through a theme (or an appendix's kind of card) names it at its top (``CarriedOn``).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table
from reportlab.platypus.flowables import SetTopFlowables


class ContinuedTable(Table):
    """A table of rows in groups (one group per role), with ``repeatRows`` header rows.

    ``groups`` names each body row's group; ``heading()`` makes the flowables that go above
    the table on a continued sheet, and ``label(name)`` the first cell of a continued group.
    Rows split within themselves (``splitInRow``), so no row is too tall for a sheet.
    """

    groups: list[str]
    heading: Callable[[], list[Flowable]]
    label: Callable[[str], Flowable]

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = super().split(available_width, available_height)
        if len(parts) != 2 or not hasattr(self, "groups"):
            return parts
        first, rest = parts
        header = self.repeatRows
        frame = getattr(self, "_frame", None)
        after = len(first._cellvalues)  # the row after a split between rows
        if (
            frame is not None
            and len(first._cellvalues) + len(rest._cellvalues) - header == len(self._cellvalues)
            and sum(self._rowHeights[: header]) + self._rowHeights[after] > frame._height
        ):
            # reportlab splits between rows where it can; a next row taller than a page is
            # split anyway, so split it here rather than leave the foot of this page empty.
            parts = self._splitRows(available_height, doInRowSplit=True) or parts
            first, rest = parts
        done = len(first._cellvalues) - header  # rows on this sheet, a split row counted
        left = len(rest._cellvalues) - header
        start = len(self.groups) - left  # the first row of the rest, among this table's rows
        row_was_split = done + left > len(self.groups)
        if row_was_split and not any(rest._cellvalues[header]):
            # Only the split row's padding carried on: no row of its own (a label there
            # would be printed over the next row), as if the split were between rows.
            if left == 1:
                return [first]
            rest, start, row_was_split = _without_first_row(rest, available_width), start + 1, False
        rest.groups, rest.heading, rest.label = self.groups[start:], self.heading, self.label
        name = self.groups[start]
        if row_was_split or (start > 0 and self.groups[start - 1] == name):
            # In a list: a split row cuts cells that are lists, and drops a bare flowable.
            rest._cellvalues[header] = [[self.label(name)], *rest._cellvalues[header][1:]]
            # Measured again with its label: a split row keeps the height of what it carried
            # on, which may be a line where "Commissioners (continued)" takes two.
            rest._argH[header] = None
        heading = self.heading()
        if not heading:
            # Nothing to keep it with (a report page names the table with ``CarriedOn``): a
            # KeepTogether of a rest taller than the page under that name broke to a new
            # page again and again, leaving pages with only "Actions for … (continued)". The
            # break still starts the rest on a new page, not with its column headings again
            # under ``first`` (reportlab splits between rows where it can, leaving a gap).
            return [first, CondPageBreak(available_height), rest]
        # Kept with its heading, the rest starts a new sheet rather than the foot of this one.
        return [first, KeepTogether([*heading, rest])]


def _without_first_row(table: ContinuedTable, width: float) -> ContinuedTable:
    """``table`` less its first row under the header rows, its lines and tints kept in
    place: reportlab's own split between rows, just below that row."""
    table.wrap(width, 1e6)  # its rows measured (a split leaves them measured already)
    height = sum(table._rowHeights[: table.repeatRows + 1]) + 0.01
    _, rest = Table.split(table, width, height)
    return rest


class CarriedOn(SetTopFlowables):
    """From here in the story, each new page starts with ``heading`` (none: nothing) until the
    next ``CarriedOn``. Put it after what must not be carried on (a theme's title with its
    first cards), and end the part with ``CarriedOn([])`` before any space below it."""

    _ZEROSIZE = True  # taken even at the foot of a full page, so it is never a page late
    # and it passes the space after what is above it on, so it changes no gap on the page
    # (else the space after a paragraph and before the next heading both counted)
    _SPACETRANSFER = True

    def __init__(self, heading: list[Flowable]) -> None:
        super().__init__(heading)
