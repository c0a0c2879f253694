"""A table that says what it continues when it carries on to another sheet.

The action poster's sheets go up on a wall one by one, so a sheet that starts part-way through
a theme's actions must say which theme it is ("… continued") and which role the first row
belongs to; reportlab's own split only repeats the column headings.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, KeepTogether, Table


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
        done = len(first._cellvalues) - header  # rows on this sheet, a split row counted
        left = len(rest._cellvalues) - header
        start = len(self.groups) - left  # the first row of the rest, among this table's rows
        rest.groups, rest.heading, rest.label = self.groups[start:], self.heading, self.label
        name = self.groups[start]
        row_was_split = done + left > len(self.groups)
        if row_was_split or (start > 0 and self.groups[start - 1] == name):
            # In a list: a split row cuts cells that are lists, and drops a bare flowable.
            rest._cellvalues[header] = [[self.label(name)], *rest._cellvalues[header][1:]]
        # Kept with its heading, the rest starts a new sheet rather than the foot of this one.
        return [first, KeepTogether([*self.heading(), rest])]
