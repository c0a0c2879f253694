"""A tall report row split at the foot of a page carries at least three lines overleaf, at
whatever room the page has left. With the cells at 12 pt on a 15 pt leading, the least carried
over was still three lines at the old 13.5 pt: one row in ten started the next page with two
lines under "(continued)", cut mid-sentence ("areas see no more than four different carers a
month.", its start the last line of the page before)."""

from __future__ import annotations

from wtfc.export.report_sections import CELL_PADDING, PAGE, Styles, grid, p

TALL = " ".join(f"Line {i} of what we will do, said at length." for i in range(60))


def _table(s: Styles):
    rows = [[p("Who", s.cell_bold), p("What", s.cell_bold)],
            [p("Providers", s.cell), p("A short action.", s.cell)],
            [p("Health", s.cell), p(TALL, s.cell)]]
    table = grid(rows, [0.3, 0.7])
    table.wrap(PAGE[0], PAGE[1])
    return table


def _lines_carried(s: Styles, short_by: float) -> int:
    """The lines of the tall row's words on the next page, the page ending ``short_by``
    points above the row's end."""
    table = _table(s)
    rest = table.split(PAGE[0], sum(table._rowHeights) - short_by)[-1]
    cell = rest._cellvalues[1][1]
    cell = cell[0] if isinstance(cell, list | tuple) and cell else cell
    if not cell:
        return 3  # every word fitted: no row carried on
    cell.wrap(table._colWidths[1] - 2 * CELL_PADDING, 1e6)
    return len(cell.blPara.lines)


def test_never_fewer_than_three_lines_carried_over():
    s = Styles()
    few = [(tenth / 10, lines) for tenth in range(10, 1000, 5)  # the page 1 to 100 pt short
           if (lines := _lines_carried(s, tenth / 10)) < 3]
    assert not few, few
