"""The import's preview grid under a finger (a touch screen, real QTest touch events): a swipe
sideways brings a wide sheet's later columns into sight and one up reads its later rows, and
neither chooses a cell. Left to Qt a finger was a mouse: a swipe chose the cells it passed and
never scrolled, so the later columns were only in reach of the scroll bar."""

from __future__ import annotations

import csv

import pytest
from collect_fixtures import collect_document
from import_fixtures import shown_dialog, wait_for
from PySide6.QtCore import QPoint

from tests.ui.settled import settle
from tests.ui.test_touch_scroll_lists import _on_screen, _tap
from tests.ui.wall.test_wall_touch import _swipe

KINDS = ("Working", "Not working", "Future")


@pytest.fixture
def doc():
    return collect_document()


@pytest.fixture
def grid(qtbot, doc, undo, tmp_path):
    """The mapping step's grid for a sheet of 24 people, each with a code, three statements and
    five more columns: wider and taller than the dialog on the 800-pixel offscreen screen."""
    path = tmp_path / "wide.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        rows = csv.writer(handle)
        rows.writerow(["Ref", "Statement", "Kind", "Area", "Team", "Visit", "Day", "Notes"])
        for person in range(24):
            rows.writerow([f"R{person:02d}", f"Person {person} says thing {person % 3}",
                           KINDS[person % 3], "North", "Blue", "Home", "Monday", "none"])
    dialog = shown_dialog(qtbot, doc, undo)
    dialog.load_file(path)
    wait_for(qtbot, dialog, "mapping")  # the columns Area… Notes are to be said
    dialog.move(0, 0)  # on the offscreen screen
    settle()
    grid = dialog.mapping_step.grid
    grid.clearSelection()
    assert grid.horizontalScrollBar().maximum() > 0 and grid.verticalScrollBar().maximum() > 0
    return grid


def _row_y(grid, row: int) -> int:
    return grid.visualRect(grid.model().index(row, 1)).center().y()


def test_a_swipe_sideways_brings_the_later_columns_and_chooses_no_cell(grid):
    y = _row_y(grid, 2)  # on the cells, not on the row of column boxes above them
    start, end = QPoint(grid.viewport().width() - 12, y), QPoint(12, y)
    assert _on_screen(grid, start) and _on_screen(grid, end)
    _swipe(grid, start, end)
    assert grid.horizontalScrollBar().value() > 0  # never scrolled
    assert grid.selectedIndexes() == []  # it chose every cell it passed


def test_a_swipe_up_reads_on_and_chooses_no_cell(grid):
    x = grid.columnViewportPosition(1) + 20
    start, end = QPoint(x, grid.viewport().height() - 6), QPoint(x, _row_y(grid, 1))
    assert _on_screen(grid, start) and _on_screen(grid, end)
    _swipe(grid, start, end)
    assert grid.verticalScrollBar().value() > 0
    assert grid.selectedIndexes() == []


def test_a_tap_still_chooses_the_cell(grid):
    _tap(grid, QPoint(grid.columnViewportPosition(1) + 20, _row_y(grid, 2)))
    assert [(i.row(), i.column()) for i in grid.selectedIndexes()] == [(2, 1)]
