"""The collection template opened in Excel on a 1024×768 laptop: the instructions were merged
across A:K (2,170 px), so each wrapped only at that width and stayed one line, and the screen
(~960 px of grid) showed "…never a name. Ask for codes if you have none:" with the reason
("two care managers who both start at P01 would have their people counted as the same
people.") off to the right. Each instruction is now merged over A:F, which that screen shows,
wraps there, and its row is as high as its wrapped lines, so the reason is in sight, whole."""

from __future__ import annotations

import math
import textwrap
from io import BytesIO

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from wtfc.importing.template import INSTRUCTIONS, template_bytes

PX_PER_UNIT = 7  # Excel's column width unit, Calibri 11 at 100%, in pixels
SHOWN_PX = 1024 - 30 - 17 - 16  # the grid a 1024-wide Excel shows: row numbers, bar, frame
LINE_PT = 15  # a line of Calibri 11
REASON = ("two care managers who both start at P01 would have their people counted as the "
          "same people.")


@pytest.fixture(scope="module")
def sheet():
    return load_workbook(BytesIO(template_bytes(".xlsx"))).active


def _merged_px(sheet, row: int) -> int:
    merged = next(r for r in sheet.merged_cells.ranges if r.min_row == row)
    return sum(round(sheet.column_dimensions[get_column_letter(c)].width * PX_PER_UNIT)
               for c in range(merged.min_col, merged.max_col + 1))


@pytest.mark.parametrize("row", range(2, 2 + len(INSTRUCTIONS)))
def test_each_instruction_wraps_within_what_a_1024_screen_shows(sheet, row):
    cell = sheet.cell(row, 1)
    assert cell.value == INSTRUCTIONS[row - 2]
    assert cell.alignment.wrap_text and cell.alignment.vertical == "top"
    width = _merged_px(sheet, row)
    assert width <= SHOWN_PX
    # as many lines as its words take at a wide average letter (6.5 px: more lines than
    # Calibri's ~5.5), each line in the row's height: none cut off at the foot
    lines = len(textwrap.wrap(cell.value, width=math.floor(width / 6.5)))
    assert sheet.row_dimensions[row].height >= LINE_PT * lines


def test_the_reason_to_ask_for_codes_is_in_the_cell_whole_and_in_sight(sheet):
    cell = sheet["A2"]
    assert cell.value.endswith(f"Ask for codes if you have none: {REASON}")
    assert _merged_px(sheet, 2) <= SHOWN_PX  # it wraps where the screen shows it


def test_the_headings_are_still_where_the_import_finds_them(sheet):
    heading_row = 2 + len(INSTRUCTIONS) + 1
    assert sheet.cell(heading_row, 1).value == "Person"
    assert sheet.freeze_panes == f"A{heading_row + 1}"
