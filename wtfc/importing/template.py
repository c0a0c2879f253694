"""The collection template: an .xlsx or .csv for care managers to fill in, one row per person,
which imports back with no mapping step (its headings are all recognised)."""

from __future__ import annotations

import csv
import io

TEMPLATE_HEADINGS = (
    "Person",
    "Role",
    "Locality",
    "Service",
    "Age band",
    "Working 1",
    "Working 2",
    "Not working 1",
    "Not working 2",
    "Future 1",
    "Future 2",
)

TITLE = "Working Together for Change: statements from reviews"
INSTRUCTIONS = (
    "One row for each person reviewed. In 'Person' put the codes your facilitator gave you "
    "(such as N01, N02 for North), never a name. Ask for codes if you have none: two care "
    "managers who both start at P01 would have their people counted as the same people.",
    "Write the top two things that are working and not working for the person, and two that "
    "are important for their future, in their own words (for example: 'I feel like a package, "
    "not a person').",
    "Leave out names, addresses, phone numbers, NHS numbers and dates of birth: write "
    "'my carer', not the carer's name.",
    "Role, Locality, Service and Age band are optional (for example: Older person, North, "
    "Home care, 75-84); they go to the person, not to each statement. Role is older person, "
    "family carer or staff. Leave a cell empty if there is nothing to say.",
)


WRAPPED_TO = 6  # the instructions' cells: A to F, 110 characters' width (~770 px)
LINE_PT = 15  # a line of Calibri 11, Excel's default


def column_width(column: int) -> int:
    """Column ``column``'s width (1 is A) in Excel's units, a digit's width each: the tags
    narrow, the statements wide."""
    return 14 if column <= 5 else 40


def wrapped_lines(text: str) -> list[str]:
    """``text`` in the lines it takes in the instructions' cells, counted generously (a
    letter taken as wide as a digit, a little spare): a row too high shows a blank line, one
    too low hides the end of the words."""
    import textwrap

    width = sum(column_width(c) for c in range(1, WRAPPED_TO + 1))
    return textwrap.wrap(text, width=width - 10)


def template_bytes(ending: str) -> bytes:
    """The template as the file's bytes, as a .csv for ``ending`` ".csv", else as a .xlsx:
    made in memory, so the app writes it whole or not at all, as it does an export."""
    return _csv_bytes() if ending.lower() == ".csv" else _xlsx_bytes()


def _xlsx_bytes() -> bytes:
    """A workbook: instructions above the headings, a frozen heading row, and every column
    formatted as Text (the cells above keep their own General format)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Statements"
    sheet.append([TITLE])
    sheet["A1"].font = Font(bold=True, size=14)
    for line in INSTRUCTIONS:
        sheet.append([line])
    sheet.append([])
    sheet.append(list(TEMPLATE_HEADINGS))
    heading_row = sheet.max_row
    last = len(TEMPLATE_HEADINGS)
    for row in range(1, heading_row - 1):
        # merged over the columns a 1024-wide screen shows (A:K was 2,170 px: each line ran
        # off to the right, "…Ask for codes if you have none:" and its reason out of sight)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=WRAPPED_TO)
        sheet.cell(row, 1).alignment = Alignment(wrap_text=True, vertical="top")
        # Excel does not grow a merged row to its words: as high as their wrapped lines
        lines = len(wrapped_lines(str(sheet.cell(row, 1).value))) if row > 1 else 1
        sheet.row_dimensions[row].height = 20 if row == 1 else LINE_PT * lines + 3
    fill = PatternFill("solid", fgColor="DDEBF7")
    for column in range(1, last + 1):
        cell = sheet.cell(heading_row, column)
        cell.font = Font(bold=True)
        cell.fill = fill
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = column_width(column)
        # Text, as Excel's own "format these columns as Text" does: a statement typed as
        # "-lonely", "=…" or "@home" stays words (General made it a formula, or #NAME?)
        sheet.column_dimensions[letter].number_format = "@"
    sheet.freeze_panes = sheet.cell(heading_row + 1, 1)
    made = io.BytesIO()
    workbook.save(made)
    return made.getvalue()


def _csv_bytes() -> bytes:
    """CSV in UTF-8 with a BOM, so Excel shows accents and Welsh letters."""
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow([TITLE])
    for line in INSTRUCTIONS:
        writer.writerow([line])
    writer.writerow([])
    writer.writerow(TEMPLATE_HEADINGS)
    return text.getvalue().encode("utf-8-sig")
